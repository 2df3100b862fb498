// Media routes: streamed video upload with a size limit, output video with Range support.
import type { Context, Hono } from "hono";
import { ok, type RouteDeps } from "../envelope.ts";
import { boundaryOf, limitBytes, readFilePart } from "../multipart.ts";
import { HttpError } from "../errors.ts";
import { type ByteRange, parseRange, resolveRange } from "../range.ts";
import type { OrchestratorApi } from "../orchestrator.ts";
import type { FileChunkMsg } from "../types.ts";

/** Room for multipart headers and boundaries on top of the file's own size. */
const MULTIPART_OVERHEAD = 64 * 1024;

async function fileSize(orchestrator: OrchestratorApi, projectId: string): Promise<number> {
  const ac = new AbortController();
  try {
    for await (const chunk of orchestrator.readOutputVideo(projectId, 0, 1, ac.signal)) {
      return chunk.total_size;
    }
    return 0;
  } finally {
    ac.abort();
  }
}

function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

async function outputVideo(
  c: Context,
  orchestrator: OrchestratorApi,
  attachment: boolean,
): Promise<Response> {
  const projectId = c.req.param("id")!;
  const spec = parseRange(c.req.header("range"));
  let range: ByteRange | undefined;
  let total: number | undefined;
  if (spec) {
    total = await fileSize(orchestrator, projectId);
    const r = resolveRange(spec, total);
    if (r === "unsatisfiable") {
      c.header("content-range", `bytes */${total}`);
      throw new HttpError(
        416,
        `range ${c.req.header("range")} is outside the ${total}-byte video`,
        "RANGE_NOT_SATISFIABLE",
      );
    }
    range = r;
  }
  const ac = new AbortController();
  const length = range ? range.end - range.start + 1 : 0;
  const it = orchestrator.readOutputVideo(projectId, range?.start ?? 0, length, ac.signal)[
    Symbol.asyncIterator
  ]();
  let first: IteratorResult<FileChunkMsg>;
  try {
    first = await it.next();
  } catch (err) {
    ac.abort();
    throw err;
  }
  total ??= first.done ? 0 : first.value.total_size;
  const filename = (!first.done && first.value.filename) || `${projectId}.mp4`;
  let pending: Uint8Array | undefined = first.done ? undefined : first.value.data;
  let finished = first.done === true;
  const body = new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      if (pending) {
        const chunk = pending;
        pending = undefined;
        if (chunk.length > 0) return ctrl.enqueue(new Uint8Array(chunk));
      }
      if (finished) return ctrl.close();
      const next = await it.next();
      if (next.done) {
        finished = true;
        return ctrl.close();
      }
      ctrl.enqueue(new Uint8Array(next.value.data));
    },
    cancel() {
      ac.abort();
    },
  });
  const headers: Record<string, string> = {
    "content-type": "video/mp4",
    "accept-ranges": "bytes",
    "content-length": String(range ? length : total),
  };
  if (range) headers["content-range"] = `bytes ${range.start}-${range.end}/${total}`;
  if (attachment) headers["content-disposition"] = contentDisposition(filename);
  return c.body(body, range ? 206 : 200, headers);
}

/** Registers `/api/uploads/video` and the output video routes. */
export function registerMediaRoutes(app: Hono, deps: RouteDeps): void {
  const { orchestrator, uploadMaxBytes } = deps;

  app.post("/api/uploads/video", async (c) => {
    const declared = Number(c.req.header("content-length") ?? "0");
    if (declared > uploadMaxBytes + MULTIPART_OVERHEAD) {
      throw new HttpError(
        413,
        `upload is larger than the limit of ${uploadMaxBytes} bytes`,
        "PAYLOAD_TOO_LARGE",
        {
          max_bytes: uploadMaxBytes,
        },
      );
    }
    const boundary = boundaryOf(c.req.header("content-type"));
    const stream = c.req.raw.body;
    if (!stream) throw new HttpError(400, "request has no body", "MALFORMED_MULTIPART");
    const part = await readFilePart(stream, boundary);
    if (part.filename.trim() === "" || part.filename === "." || part.filename === "..") {
      throw new HttpError(422, "'file' must have a file name", "INVALID_FIELD", { field: "file" });
    }
    // A client that goes away makes the body read throw, which cancels the upload;
    // request.signal is not used because Deno aborts it after successful responses too.
    const res = await orchestrator.uploadVideo(
      part.filename,
      limitBytes(part.data, uploadMaxBytes),
      new AbortController().signal,
    );
    return ok(c, { video_path: res.video_path, size: res.size }, "video uploaded");
  });

  app.get("/api/projects/:id/output-video", (c) => outputVideo(c, orchestrator, false));
  app.get("/api/projects/:id/output-video/download", (c) => outputVideo(c, orchestrator, true));
}
