// File RPCs: video uploads (whole, or in chunks bound to a project), and reads of a project's
// source, merged and output videos (with byte ranges) and of its draft folder as a zip.
import type * as grpc from "@grpc/grpc-js";
import { join } from "node:path";
import { SacvError } from "../common/errors.ts";
import {
  checkChunkHeader,
  type ChunkedUploads,
  diskFullError,
  isDiskFull,
} from "./chunked_upload.ts";
import { draftFolderOf, sendDraftZip } from "./draft_download.ts";
import { outputFileOf, receiveUpload, sendFile } from "./files.ts";
import { receiveBgm } from "./audio_options.ts";
import type { MediaClient } from "./clients.ts";
import { normaliseMediaPath } from "./media_path.ts";
import type { ProjectStore } from "./projects.ts";
import { invalid, type Req, required, type Rpc, str } from "./service_rpc.ts";

/** What these RPCs need. */
export interface FileDeps {
  projects: ProjectStore;
  /** Chunked uploads bound to projects. */
  uploads: ChunkedUploads;
  mediaRoot: string;
  /** Where whole uploads land (inside the media root). */
  uploadsDir: string;
  /** SACV_DATA_DIR (drafts' paths are relative to it). */
  dataDir: string;
  /** Probes uploaded background music (absent: UploadBgm answers UNAVAILABLE). */
  clients: { media?: Pick<MediaClient, "probe"> };
}

/** Builds the file handlers over `deps`. */
export function fileHandlers(deps: FileDeps, rpc: Rpc): grpc.UntypedServiceImplementation {
  const { projects, uploads, mediaRoot } = deps;

  /** Sends the media file a project's `field` names, honouring the request's byte range. */
  const sendProjectFile = (
    call: grpc.ServerWritableStream<Req, unknown>,
    rel: string,
    field: string,
  ) =>
    sendFile(
      call,
      join(mediaRoot, normaliseMediaPath(mediaRoot, rel, field)),
      Number(call.request.offset ?? 0),
      Number(call.request.length ?? 0),
    );

  return {
    UploadVideo: rpc.upload("UploadVideo", async (call) => {
      try {
        return await receiveUpload(call, deps.uploadsDir, mediaRoot, () => call.cancelled);
      } catch (err) {
        throw isDiskFull(err) ? diskFullError("the upload", err) : err;
      }
    }),

    UploadBgm: rpc.upload("UploadBgm", async (call) => {
      const media = deps.clients.media;
      if (!media) {
        throw new SacvError("UNAVAILABLE", "no media service to probe the music", {
          reason: "NO_MEDIA_SERVICE",
        });
      }
      try {
        return await receiveBgm(
          call as unknown as AsyncIterable<
            { project_id: string; filename: string; data: Uint8Array }
          >,
          {
            uploadsDir: deps.uploadsDir,
            mediaRoot,
            checkProject: (id) => void projects.get(id),
            media,
          },
          () => call.cancelled,
        );
      } catch (err) {
        throw isDiskFull(err) ? diskFullError("the upload", err) : err;
      }
    }),

    UploadProjectVideoChunk: rpc.upload("UploadProjectVideoChunk", async (call) => {
      const it = call[Symbol.asyncIterator]();
      const first = await it.next();
      if (first.done) throw invalid("project_id", "chunk stream had no messages");
      const m = first.value as Req;
      const h = {
        projectId: required(m, "project_id"),
        uploadId: str(m, "upload_id"),
        chunkIndex: Number(m.chunk_index ?? 0),
        totalChunks: Number(m.total_chunks ?? 0),
        fileName: str(m, "file_name"),
        fileSize: Number(m.file_size ?? 0),
        maxBytes: Number(m.max_bytes ?? 0),
      };
      checkChunkHeader(h);
      projects.get(h.projectId);
      async function* data(): AsyncGenerator<Uint8Array> {
        const head = m.data as Uint8Array | undefined;
        if (head?.length) yield head;
        for (;;) {
          const next = await it.next();
          if (next.done) return;
          const bytes = (next.value as Req).data as Uint8Array | undefined;
          if (bytes?.length) yield bytes;
        }
      }
      const res = await uploads.writeChunk(h, data(), () => call.cancelled);
      return {
        upload_id: h.uploadId,
        chunk_index: h.chunkIndex,
        chunk_size: res.size,
        uploaded_chunks: res.stored,
        total_chunks: h.totalChunks,
      };
    }),

    CompleteProjectVideoUpload: rpc.unary("CompleteProjectVideoUpload", async (req) => {
      const id = required(req, "project_id");
      projects.get(id);
      const done = await uploads.complete(id, str(req, "upload_id"), {
        fileName: str(req, "file_name"),
        fileSize: Number(req.file_size ?? 0),
        totalChunks: Number(req.total_chunks ?? 0),
      });
      const project = projects.addVideo(id, done.path, done.fileName);
      return {
        video_path: done.path,
        file_name: done.fileName,
        size: done.size,
        upload_time: new Date().toISOString(),
        project,
      };
    }),

    ReadOutputVideo: rpc.download("ReadOutputVideo", async (call) => {
      const project = projects.get(required(call.request, "project_id"));
      if (!project.output_video_path) {
        throw new SacvError("NOT_FOUND", `project ${project.id} has no output video yet`, {
          reason: "NO_OUTPUT",
          details: { project_id: project.id },
        });
      }
      const video = join(
        mediaRoot,
        normaliseMediaPath(mediaRoot, project.output_video_path, "output_video_path"),
      );
      await sendFile(
        call,
        outputFileOf(video, str(call.request, "file"), project.id),
        Number(call.request.offset ?? 0),
        Number(call.request.length ?? 0),
      );
    }),

    ReadProjectVideo: rpc.download("ReadProjectVideo", async (call) => {
      const project = projects.get(required(call.request, "project_id"));
      const kind = str(call.request, "kind") || "source";
      if (kind !== "source" && kind !== "merged") {
        throw invalid("kind", `kind must be source or merged: got ${JSON.stringify(kind)}`);
      }
      const rel = kind === "source" ? project.video_path : project.merged_video_path;
      if (!rel) {
        throw new SacvError("NOT_FOUND", `project ${project.id} has no ${kind} video`, {
          reason: "NO_VIDEO",
          details: { project_id: project.id },
        });
      }
      await sendProjectFile(call, rel, kind === "source" ? "video_path" : "merged_video_path");
    }),

    ReadDraftZip: rpc.download("ReadDraftZip", async (call) => {
      const dir = await draftFolderOf(
        { projects, dataDir: deps.dataDir, mediaRoot },
        required(call.request, "project_id"),
        str(call.request, "draft_dir"),
      );
      await sendDraftZip(call, dir);
    }),
  };
}
