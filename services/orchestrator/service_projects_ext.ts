// RPCs for the project fields and files of the superAIAutoCutVideo surface: partial updates,
// chunked uploads bound to a project, source/merged video reads and subtitles.
import type * as grpc from "@grpc/grpc-js";
import { join } from "node:path";
import { SacvError, toGrpcError } from "../common/errors.ts";
import { checkChunkHeader, ChunkedUploads, diskFullError, isDiskFull } from "./chunked_upload.ts";
import { sendFile } from "./files.ts";
import { normaliseMediaPath } from "./media_path.ts";
import {
  NARRATION_TYPES,
  PROJECT_STATUSES,
  PROJECT_TYPES,
  type ProjectPatch,
  type ProjectStore,
} from "./projects.ts";

type Req = Record<string, unknown>;
/** A unary handler factory (the service's error mapping and logging). */
export type UnaryFactory = (
  name: string,
  fn: (req: Req) => unknown,
) => (call: grpc.ServerUnaryCall<Req, unknown>, cb: grpc.sendUnaryData<unknown>) => void;

/** What these RPCs need. */
export interface ProjectExtDeps {
  projects: ProjectStore;
  uploads: ChunkedUploads;
  mediaRoot: string;
  /** Parses and re-serialises a script, throwing INVALID_ARGUMENT naming bad segments. */
  scriptText(json: string): string;
}

/** Extras only the server writes (a client could otherwise point them at any file). */
const SERVER_OWNED_EXTRAS: readonly string[] = ["subtitle_path"];
/** The only shape of a subtitle path the server writes. */
const SUBTITLE_PATH = /^subtitles\/[A-Za-z0-9_-]+\.srt$/;

/** Largest subtitle accepted (SRT text). */
export const MAX_SUBTITLE_CHARS = 4 * 1024 * 1024;

function invalid(field: string, message: string): SacvError {
  return new SacvError("INVALID_ARGUMENT", message, {
    reason: "INVALID_FIELD",
    details: { field },
  });
}

function str(req: Req, field: string): string {
  const v = req[field];
  return typeof v === "string" ? v.trim() : "";
}

function required(req: Req, field: string): string {
  const v = str(req, field);
  if (v === "") {
    throw new SacvError("INVALID_ARGUMENT", `${field} is required`, {
      reason: "MISSING_FIELD",
      details: { field },
    });
  }
  return v;
}

/** A value of `allowed` for an optional proto field, or undefined when unset. */
function oneOf(req: Req, field: string, allowed: readonly string[]): string | undefined {
  if (req[`_${field}`] !== field) return undefined;
  const v = str(req, field);
  if (!allowed.includes(v)) {
    throw invalid(field, `${field} must be one of ${allowed.join(", ")}: got ${JSON.stringify(v)}`);
  }
  return v;
}

function optional(req: Req, field: string): string | undefined {
  return req[`_${field}`] === field ? String(req[field] ?? "") : undefined;
}

function parseExtra(json: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch (err) {
    throw invalid("extra_json", `extra_json is not valid JSON: ${(err as Error).message}`);
  }
  if (v === null || typeof v !== "object" || Array.isArray(v)) {
    throw invalid("extra_json", "extra_json must be a JSON object");
  }
  return v as Record<string, unknown>;
}

/** Builds the handlers; `unary` is the service's wrapper. */
export function projectExtHandlers(
  deps: ProjectExtDeps,
  unary: UnaryFactory,
): grpc.UntypedServiceImplementation {
  const { projects, uploads, mediaRoot } = deps;
  const media = (path: string, field: string) =>
    path === "" ? "" : normaliseMediaPath(mediaRoot, path, field);

  return {
    UpdateProject: unary("UpdateProject", (req) => {
      const id = required(req, "project_id");
      projects.get(id);
      const patch: ProjectPatch = {
        narrationType: oneOf(req, "narration_type", NARRATION_TYPES),
        projectType: oneOf(req, "project_type", PROJECT_TYPES),
        status: oneOf(req, "status", PROJECT_STATUSES),
      };
      const name = optional(req, "name");
      if (name !== undefined) {
        if (name.trim() === "") throw invalid("name", "name must not be empty");
        patch.name = name.trim();
      }
      patch.description = optional(req, "description");
      const videoPath = optional(req, "video_path");
      if (videoPath !== undefined) patch.videoPath = media(videoPath, "video_path");
      const merged = optional(req, "merged_video_path");
      if (merged !== undefined) patch.mergedVideoPath = media(merged, "merged_video_path");
      const list = req.video_paths as { values?: string[] } | null | undefined;
      if (list) {
        patch.videoPaths = (list.values ?? []).map((p, i) => media(p, `video_paths[${i}]`));
      }
      const script = optional(req, "script_json");
      if (script !== undefined) patch.scriptJson = script === "" ? "" : deps.scriptText(script);
      const extra = optional(req, "extra_json");
      if (extra !== undefined) {
        patch.extra = parseExtra(extra);
        for (const key of SERVER_OWNED_EXTRAS) delete patch.extra[key];
      }
      return projects.update(id, patch);
    }),

    UploadProjectVideoChunk(
      call: grpc.ServerReadableStream<Req, unknown>,
      cb: grpc.sendUnaryData<unknown>,
    ) {
      const run = async () => {
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
      };
      run().then((res) => cb(null, res), (err) => cb(toGrpcError(err) as grpc.ServiceError));
    },

    CompleteProjectVideoUpload: unary("CompleteProjectVideoUpload", async (req) => {
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

    ReadProjectVideo(call: grpc.ServerWritableStream<Req, unknown>) {
      const run = async () => {
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
        const field = kind === "source" ? "video_path" : "merged_video_path";
        const path = join(mediaRoot, normaliseMediaPath(mediaRoot, rel, field));
        await sendFile(
          call,
          path,
          Number(call.request.offset ?? 0),
          Number(call.request.length ?? 0),
        );
      };
      run().then(() => call.end(), (err) => call.emit("error", toGrpcError(err)));
    },

    SaveSubtitle: unary("SaveSubtitle", async (req) => {
      const id = required(req, "project_id");
      const project = projects.get(id);
      const content = String(req.content ?? "");
      if (content.trim() === "") throw invalid("content", "subtitle content is empty");
      if (content.length > MAX_SUBTITLE_CHARS) {
        throw invalid("content", `subtitle is longer than ${MAX_SUBTITLE_CHARS} characters`);
      }
      const source = str(req, "source") || "user";
      if (source !== "user" && source !== "edited") {
        throw invalid("source", `source must be user or edited: got ${JSON.stringify(source)}`);
      }
      const extra = JSON.parse(project.extra_json) as Record<string, unknown>;
      const old = typeof extra.subtitle_path === "string" ? extra.subtitle_path : "";
      const rel = `subtitles/${id}_${Date.now()}.srt`;
      await Deno.mkdir(join(mediaRoot, "subtitles"), { recursive: true });
      const tmp = join(mediaRoot, `${rel}.${crypto.randomUUID()}.tmp`);
      try {
        await Deno.writeTextFile(tmp, content, { createNew: true });
        await Deno.rename(tmp, join(mediaRoot, rel));
      } catch (err) {
        await Deno.remove(tmp).catch(() => {});
        if (isDiskFull(err)) throw diskFullError("the subtitle", err);
        throw err;
      }
      if (SUBTITLE_PATH.test(old) && old !== rel) {
        await Deno.remove(join(mediaRoot, old)).catch(() => {});
      }
      const edited = source === "edited";
      return projects.update(id, {
        extra: {
          subtitle_path: rel,
          subtitle_source: edited ? (extra.subtitle_source ?? "user") : "user",
          subtitle_status: "ready",
          subtitle_updated_by_user: edited,
          subtitle_updated_at: new Date().toISOString(),
          subtitle_format: "srt",
          subtitle_file_name: str(req, "file_name") || null,
        },
      });
    }),

    GetSubtitle: unary("GetSubtitle", async (req) => {
      const project = projects.get(required(req, "project_id"));
      const extra = JSON.parse(project.extra_json) as Record<string, unknown>;
      const rel = typeof extra.subtitle_path === "string" ? extra.subtitle_path : "";
      if (!SUBTITLE_PATH.test(rel)) {
        throw new SacvError("NOT_FOUND", `project ${project.id} has no subtitle`, {
          reason: "NO_SUBTITLE",
          details: { project_id: project.id },
        });
      }
      const path = join(mediaRoot, normaliseMediaPath(mediaRoot, rel, "subtitle_path"));
      return { content: await Deno.readTextFile(path), file_path: rel, project };
    }),

    DeleteSubtitle: unary("DeleteSubtitle", async (req) => {
      const project = projects.get(required(req, "project_id"));
      const extra = JSON.parse(project.extra_json) as Record<string, unknown>;
      const rel = typeof extra.subtitle_path === "string" ? extra.subtitle_path : "";
      if (SUBTITLE_PATH.test(rel)) await Deno.remove(join(mediaRoot, rel)).catch(() => {});
      return projects.update(project.id, {
        extra: {
          subtitle_path: null,
          subtitle_source: null,
          subtitle_status: "none",
          subtitle_updated_by_user: false,
          subtitle_updated_at: new Date().toISOString(),
          subtitle_format: null,
          subtitle_file_name: null,
        },
      });
    }),
  };
}
