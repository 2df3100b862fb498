// Media routes: streamed video upload with a size limit, output video with Range support.
import { createRoute } from "@hono/zod-openapi";
import { type App, ok, type RouteDeps } from "../envelope.ts";
import { boundaryOf, type FilePart, limitBytes, readFilePart } from "../multipart.ts";
import { HttpError } from "../errors.ts";
import { fileResponse } from "../file_response.ts";
import { envelope, errors, json, multipart, rangedFile, z } from "../openapi.ts";
import { IdParams } from "../schemas.ts";

const TAG = "media";

/** Room for multipart headers and boundaries on top of the file's own size. */
export const MULTIPART_OVERHEAD = 64 * 1024;

/** Largest background-music upload (also capped by the video upload limit). */
export const MAX_BGM_BYTES = 200 * 1024 * 1024;

/** 413 unless the declared length fits `maxBytes` of file plus multipart framing. */
export function checkDeclaredLength(header: string | undefined, maxBytes: number): void {
  if (Number(header ?? "0") > maxBytes + MULTIPART_OVERHEAD) {
    throw new HttpError(
      413,
      `upload is larger than the limit of ${maxBytes} bytes`,
      "PAYLOAD_TOO_LARGE",
      { max_bytes: maxBytes },
    );
  }
}

/**
 * Reads an upload's file part `field` after the checks every upload makes: the declared
 * length fits `maxBytes` (413), the request is multipart (415) and has a body (400). The
 * part's data fails with 413 once more than `maxBytes` have been read.
 */
export async function readUpload(
  req: Request,
  maxBytes: number,
  field = "file",
): Promise<FilePart> {
  checkDeclaredLength(req.headers.get("content-length") ?? undefined, maxBytes);
  const boundary = boundaryOf(req.headers.get("content-type") ?? undefined);
  if (!req.body) throw new HttpError(400, "request has no body", "MALFORMED_MULTIPART");
  const part = await readFilePart(req.body, boundary, field);
  return { ...part, data: limitBytes(part.data, maxBytes) };
}

/** 422 unless the file part has a usable name. */
function requireFileName(part: FilePart): void {
  if (part.filename.trim() === "" || part.filename === "." || part.filename === "..") {
    throw new HttpError(422, "'file' must have a file name", "INVALID_FIELD", { field: "file" });
  }
}

const SRT_TYPE = "application/x-subrip; charset=utf-8";

/** Registers `/api/uploads/video`, the music upload, and the output video and subtitles routes. */
export function registerMediaRoutes(app: App, deps: RouteDeps): void {
  const { orchestrator, uploadMaxBytes } = deps;

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/uploads/video",
      tags: [TAG],
      summary: "Upload a source video (multipart field `file`), streamed to the media root",
      request: { body: multipart({ file: "the video" }) },
      responses: {
        200: json(envelope(z.object({ video_path: z.string(), size: z.number().int() }))),
        ...errors(400, 413, 415, 422, 507),
      },
    }),
    async (c) => {
      const part = await readUpload(c.req.raw, uploadMaxBytes);
      requireFileName(part);
      // A client that goes away makes the body read throw, which cancels the upload;
      // request.signal is not used because Deno aborts it after successful responses too.
      const res = await orchestrator.uploadVideo(
        part.filename,
        part.data,
        new AbortController().signal,
      );
      return ok(c, { video_path: res.video_path, size: res.size }, "video uploaded");
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/projects/{id}/upload/bgm",
      tags: [TAG],
      summary: "Upload background music for a project (multipart field `file`; probed: audio " +
        "only). Pass the answer's bgm_path as `bgm.path` to generate-video",
      request: { params: IdParams, body: multipart({ file: "the music (mp3, m4a, wav, ...)" }) },
      responses: {
        200: json(envelope(z.object({
          bgm_path: z.string(),
          size: z.number().int(),
          duration: z.number(),
          channels: z.number().int(),
          sample_rate: z.number().int(),
        }))),
        ...errors(400, 404, 413, 415, 422, 507),
      },
    }),
    async (c) => {
      const id = c.req.valid("param").id;
      const part = await readUpload(c.req.raw, Math.min(uploadMaxBytes, MAX_BGM_BYTES));
      requireFileName(part);
      const res = await orchestrator.uploadBgm(
        id,
        part.filename,
        part.data,
        new AbortController().signal,
      );
      return ok(c, {
        bgm_path: res.bgm_path,
        size: res.size,
        duration: res.duration,
        channels: res.channels,
        sample_rate: res.sample_rate,
      }, "background music uploaded");
    },
  );

  for (const attachment of [false, true]) {
    app.openapi(
      createRoute({
        method: "get",
        path: attachment
          ? "/api/projects/{id}/output-video/download"
          : "/api/projects/{id}/output-video",
        tags: [TAG],
        summary: attachment
          ? "Download the narrated MP4 as an attachment"
          : "The narrated MP4 (Range supported)",
        request: { params: IdParams },
        responses: rangedFile("video/mp4"),
      }),
      (c) => {
        const id = c.req.valid("param").id;
        return fileResponse(
          c,
          (offset, length, signal) => orchestrator.readOutputVideo(id, offset, length, signal),
          { attachment, fallbackName: `${id}.mp4`, contentType: "video/mp4" },
        );
      },
    );
  }

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/projects/{id}/subtitles.srt",
      tags: [TAG],
      summary: "The narration subtitles of the MP4 (SubRip, UTF-8) as an attachment",
      description: "Written beside the MP4 by every generate_video task (the task result's " +
        "`srt_path`); cue times are in the MP4's timeline. Range supported.",
      request: { params: IdParams },
      responses: rangedFile(SRT_TYPE),
    }),
    (c) => {
      const id = c.req.valid("param").id;
      return fileResponse(
        c,
        (offset, length, signal) =>
          orchestrator.readOutputVideo(id, offset, length, signal, "subtitles"),
        { attachment: true, fallbackName: `${id}.srt`, contentType: SRT_TYPE },
      );
    },
  );
}
