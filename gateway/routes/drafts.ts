// Draft download: a project's Jianying/CapCut draft folder as a zip, streamed as it is built.
import { createRoute } from "@hono/zod-openapi";
import type { App, RouteDeps } from "../envelope.ts";
import { errors, z } from "../openapi.ts";
import { IdParams } from "../schemas.ts";
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

/** Registers `GET /api/projects/:id/jianying-draft/download` (`?draft_dir=` picks one draft). */
export function registerDraftRoutes(app: App, deps: RouteDeps): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/projects/{id}/jianying-draft/download",
      tags: ["media"],
      summary: "The project's draft folder as a zip to unpack into the editor's drafts folder",
      request: {
        params: IdParams,
        query: z.object({
          draft_dir: z.string().max(4096).optional().openapi({
            description: "one of the project's drafts (default: the newest)",
          }),
        }),
      },
      responses: {
        200: {
          description: "the zip, streamed as it is built",
          content: { "application/zip": { schema: z.string().openapi({ format: "binary" }) } },
        },
        ...errors(404, 422),
      },
    }),
    async (c) => {
      const projectId = c.req.valid("param").id;
      const draftDir = c.req.valid("query").draft_dir ?? "";
      const ac = new AbortController();
      const it = deps.orchestrator.readDraftZip(projectId, draftDir, ac.signal)[
        Symbol.asyncIterator
      ]();
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
    },
  );
}
