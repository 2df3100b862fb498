// Draft download: a project's Jianying/CapCut draft folder as a zip, streamed as it is built.
import { createRoute } from "@hono/zod-openapi";
import type { App, RouteDeps } from "../envelope.ts";
import { contentDisposition, openChunks } from "../file_response.ts";
import { binary, errors, z } from "../openapi.ts";
import { IdParams } from "../schemas.ts";

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
        200: binary("application/zip", "the zip, streamed as it is built"),
        ...errors(404, 422),
      },
    }),
    async (c) => {
      const projectId = c.req.valid("param").id;
      const draftDir = c.req.valid("query").draft_dir ?? "";
      // The first chunk (or the error: no such project or draft) decides the status.
      const { first, body } = await openChunks((signal) =>
        deps.orchestrator.readDraftZip(projectId, draftDir, signal)
      );
      const filename = first?.filename || `${projectId}.zip`;
      return c.body(body, 200, {
        "content-type": "application/zip",
        "content-disposition": contentDisposition(filename),
        "cache-control": "no-store",
      });
    },
  );
}
