// Draft download: a project's Jianying/CapCut draft folder as a zip, streamed as it is built.
import type { Context, Hono } from "hono";
import type { RouteDeps } from "../envelope.ts";
import { HttpError } from "../errors.ts";
import type { FileChunkMsg } from "../types.ts";

/**
 * `attachment` with an ASCII fallback name and the exact UTF-8 name as
 * RFC 5987 `filename*` (Chinese and emoji draft names survive).
 */
export function attachmentHeader(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

async function download(c: Context, deps: RouteDeps): Promise<Response> {
  const projectId = c.req.param("id")!;
  const draftDir = c.req.query("draft_dir") ?? "";
  if (draftDir.length > 4096) {
    throw new HttpError(422, "'draft_dir' must be at most 4096 characters", "INVALID_FIELD", {
      field: "draft_dir",
    });
  }
  const ac = new AbortController();
  const it = deps.orchestrator.readDraftZip(projectId, draftDir, ac.signal)[Symbol.asyncIterator]();
  let first: IteratorResult<FileChunkMsg>;
  try {
    // The first chunk (or the error: no such project or draft) decides the status.
    first = await it.next();
  } catch (err) {
    ac.abort();
    throw err;
  }
  const filename = (!first.done && first.value.filename) || `${projectId}.zip`;
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
  return c.body(body, 200, {
    "content-type": "application/zip",
    "content-disposition": attachmentHeader(filename),
    "cache-control": "no-store",
  });
}

/** Registers `GET /api/projects/:id/jianying-draft/download` (`?draft_dir=` picks one draft). */
export function registerDraftRoutes(app: Hono, deps: RouteDeps): void {
  app.get("/api/projects/:id/jianying-draft/download", (c) => download(c, deps));
}
