// superAIAutoCutVideo's uploads bound to a project: chunked video upload (5 MB multipart chunks,
// then "complete") and SRT subtitles (upload, read as segments, save edits, delete).
import { createRoute } from "@hono/zod-openapi";
import { type App, ok, type RouteDeps } from "../envelope.ts";
import { jsonBody, readLimited } from "../body.ts";
import { HttpError } from "../errors.ts";
import { boundaryOf, limitBytes, readFilePart } from "../multipart.ts";
import { envelope, errors, issueError, json, multipart, z } from "../openapi.ts";
import { checkDeclaredLength, readUpload } from "../routes/media.ts";
import { IdParams } from "../schemas.ts";
import type { ProjectMsg } from "../types.ts";
import { COMPAT_TAG } from "./envelope.ts";
import { formatSrt, parseSrt } from "./srt.ts";

/** Largest subtitle file accepted. */
export const MAX_SUBTITLE_BYTES = 4 * 1024 * 1024;

const ChunkFields = z.object({
  upload_id: z.string().min(1),
  chunk_index: z.coerce.number().int().min(0),
  total_chunks: z.coerce.number().int().min(1),
  file_name: z.string().min(1),
  file_size: z.coerce.number().int().min(0),
});

const Uploaded = z.object({
  file_path: z.string(),
  file_name: z.string(),
  file_size: z.number().int(),
  upload_time: z.string(),
}).openapi("UploadedFile");

const Segment = z.object({
  id: z.string().optional(),
  start_time: z.number(),
  end_time: z.number(),
  text: z.string(),
});

const Subtitle = z.object({
  segments: z.array(Segment),
  subtitle_meta: z.object({
    file_path: z.string().nullable(),
    source: z.string().nullable(),
    status: z.string().nullable(),
    updated_by_user: z.boolean(),
    updated_at: z.string().nullable(),
    format: z.string().nullable(),
  }),
}).openapi("Subtitle");

function subtitleJson(content: string, p: ProjectMsg | null): z.infer<typeof Subtitle> {
  if (!p) throw new HttpError(500, "internal error", "INTERNAL");
  const extra = JSON.parse(p.extra_json || "{}") as Record<string, unknown>;
  const s = (k: string) => (typeof extra[k] === "string" ? extra[k] as string : null);
  return {
    segments: parseSrt(content),
    subtitle_meta: {
      file_path: s("subtitle_path"),
      source: s("subtitle_source"),
      status: s("subtitle_status"),
      updated_by_user: extra.subtitle_updated_by_user === true,
      updated_at: s("subtitle_updated_at"),
      format: s("subtitle_format"),
    },
  };
}

/** Registers the routes. */
export function registerCompatUploads(app: App, deps: RouteDeps): void {
  const { orchestrator, uploadMaxBytes } = deps;

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/projects/{id}/upload/video/chunk",
      tags: [COMPAT_TAG],
      summary: "Upload one chunk of a video (fields before the `chunk` file part)",
      request: {
        params: IdParams,
        body: multipart({
          upload_id: "the upload's id (letters, digits, _ and -)",
          chunk_index: "0-based",
          total_chunks: "number of chunks",
          file_name: "the original file name (a video extension)",
          file_size: "the whole file's size in bytes",
          chunk: "this chunk's bytes",
        }, "chunk"),
      },
      responses: {
        200: json(envelope(z.object({
          upload_id: z.string(),
          chunk_index: z.number().int(),
          chunk_size: z.number().int(),
          uploaded_chunks: z.number().int(),
          total_chunks: z.number().int(),
        }))),
        ...errors(400, 404, 413, 415, 422, 507),
      },
    }),
    async (c) => {
      const id = c.req.valid("param").id;
      const part = await readUpload(c.req.raw, uploadMaxBytes, "chunk");
      const parsed = ChunkFields.safeParse(part.fields);
      if (!parsed.success) throw issueError(parsed.error.issues[0], part.fields, "form");
      const f = parsed.data;
      if (f.file_size > uploadMaxBytes) {
        throw new HttpError(
          413,
          `upload is larger than the limit of ${uploadMaxBytes} bytes: file_size is ${f.file_size}`,
          "PAYLOAD_TOO_LARGE",
          { max_bytes: uploadMaxBytes, field: "file_size" },
        );
      }
      const res = await orchestrator.uploadChunk(
        { project_id: id, ...f, max_bytes: uploadMaxBytes },
        part.data,
        new AbortController().signal,
      );
      return ok(c, res, "chunk uploaded");
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/projects/{id}/upload/video/complete",
      tags: [COMPAT_TAG],
      summary: "Join an upload's chunks into the project's video",
      middleware: [jsonBody({ maxBytes: deps.jsonMaxBytes })],
      request: {
        params: IdParams,
        body: {
          content: {
            "application/json": {
              schema: z.object({
                upload_id: z.string().min(1),
                file_name: z.string().min(1),
                file_size: z.number().int().min(0),
                total_chunks: z.number().int().min(1),
              }),
            },
          },
          required: true,
        },
      },
      responses: { 200: json(envelope(Uploaded)), ...errors(400, 404, 409, 413, 415, 422, 507) },
    }),
    async (c) => {
      const b = c.req.valid("json");
      const done = await orchestrator.completeUpload({ project_id: c.req.valid("param").id, ...b });
      return ok(c, {
        file_path: done.video_path,
        file_name: done.file_name,
        file_size: done.size,
        upload_time: done.upload_time,
      }, "video uploaded");
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/projects/{id}/upload/subtitle",
      tags: [COMPAT_TAG],
      summary: "Upload an SRT subtitle (marks the project's subtitle ready)",
      request: { params: IdParams, body: multipart({ file: "the .srt file" }) },
      responses: { 200: json(envelope(Uploaded)), ...errors(400, 404, 413, 415, 422, 507) },
    }),
    async (c) => {
      const id = c.req.valid("param").id;
      checkDeclaredLength(c.req.header("content-length"), MAX_SUBTITLE_BYTES);
      if (!c.req.raw.body) throw new HttpError(400, "request has no body", "MALFORMED_MULTIPART");
      const part = await readFilePart(c.req.raw.body, boundaryOf(c.req.header("content-type")));
      if (!part.filename.toLowerCase().endsWith(".srt")) {
        throw new HttpError(
          422,
          `'file' must be an .srt file: got ${JSON.stringify(part.filename)}`,
          "INVALID_FIELD",
          {
            field: "file",
          },
        );
      }
      const stream = ReadableStream.from(limitBytes(part.data, MAX_SUBTITLE_BYTES));
      const bytes = await readLimited(stream, MAX_SUBTITLE_BYTES);
      const content = new TextDecoder().decode(bytes);
      const p = await orchestrator.saveSubtitle({
        project_id: id,
        content,
        source: "user",
        file_name: part.filename,
      });
      const extra = JSON.parse(p.extra_json || "{}") as Record<string, unknown>;
      return ok(c, {
        file_path: String(extra.subtitle_path ?? ""),
        file_name: part.filename,
        file_size: bytes.length,
        upload_time: String(extra.subtitle_updated_at ?? new Date().toISOString()),
      }, "subtitle uploaded");
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/projects/{id}/subtitle",
      tags: [COMPAT_TAG],
      summary: "The project's subtitle as segments",
      request: { params: IdParams },
      responses: { 200: json(envelope(Subtitle)), ...errors(404) },
    }),
    async (c) => {
      const s = await orchestrator.getSubtitle(c.req.valid("param").id);
      return ok(c, subtitleJson(s.content, s.project), "subtitle");
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/projects/{id}/subtitle",
      tags: [COMPAT_TAG],
      summary: "Save an edited subtitle (segments, or SRT text as `content`)",
      middleware: [jsonBody({ maxBytes: deps.jsonMaxBytes })],
      request: {
        params: IdParams,
        body: {
          content: {
            "application/json": {
              schema: z.object({
                segments: z.array(Segment).max(5000).nullish(),
                content: z.string().max(2_000_000).nullish(),
              }),
            },
          },
          required: true,
        },
      },
      responses: { 200: json(envelope(Subtitle)), ...errors(404, 413, 415, 422, 507) },
    }),
    async (c) => {
      const b = c.req.valid("json");
      const content = b.content?.trim()
        ? b.content
        : b.segments?.length
        ? formatSrt(b.segments)
        : "";
      if (!content) {
        throw new HttpError(422, "give 'segments' or 'content'", "MISSING_FIELD", {
          field: "segments",
        });
      }
      const id = c.req.valid("param").id;
      await orchestrator.saveSubtitle({ project_id: id, content, source: "edited", file_name: "" });
      const s = await orchestrator.getSubtitle(id);
      return ok(c, subtitleJson(s.content, s.project), "subtitle saved");
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/projects/{id}/delete/subtitle",
      tags: [COMPAT_TAG],
      summary: "Remove the project's subtitle",
      request: { params: IdParams },
      responses: { 200: json(envelope(z.object({ removed: z.boolean() }))), ...errors(404) },
    }),
    async (c) => {
      await orchestrator.deleteSubtitle(c.req.valid("param").id);
      return ok(c, { removed: true }, "subtitle removed");
    },
  );
}
