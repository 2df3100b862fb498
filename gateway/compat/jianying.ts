// superAIAutoCutVideo's Jianying drafts-directory setting: read, change, detect. Drafts of
// tasks that name no draft_dir go there; the directory must be inside the data dir or the
// media root (nothing is written elsewhere), so a server cannot write into a desktop folder.
import { createRoute } from "@hono/zod-openapi";
import { type App, type RouteDeps } from "../envelope.ts";
import { jsonBody } from "../body.ts";
import { errors, json, z } from "../openapi.ts";
import type { JianyingDraftPathMsg } from "../types.ts";
import { COMPAT_TAG, success, successEnvelope } from "./envelope.ts";

const DraftPath = z.object({
  path: z.string().nullable().openapi({ description: "null when unset (the default is used)" }),
  exists: z.boolean(),
  effective: z.string().openapi({ description: "where drafts go when a request names none" }),
}).openapi("JianyingDraftPath");

function pathJson(p: JianyingDraftPathMsg): z.infer<typeof DraftPath> {
  return { path: p.path || null, exists: p.exists, effective: p.effective };
}

/** Registers the routes. */
export function registerCompatJianying(app: App, deps: RouteDeps): void {
  const { orchestrator } = deps;

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/jianying/draft-path",
      tags: [COMPAT_TAG],
      summary: "The Jianying drafts directory",
      responses: { 200: json(successEnvelope(DraftPath)) },
    }),
    async (c) => success(c, pathJson(await orchestrator.getJianyingDraftPath()), "draft path"),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/jianying/draft-path",
      tags: [COMPAT_TAG],
      summary: 'Set the Jianying drafts directory ("" resets it)',
      middleware: [jsonBody({ maxBytes: deps.jsonMaxBytes })],
      request: {
        body: {
          content: { "application/json": { schema: z.object({ path: z.string().max(4096) }) } },
          required: true,
        },
      },
      responses: { 200: json(successEnvelope(DraftPath)), ...errors(400, 413, 415, 422) },
    }),
    async (c) => {
      const p = await orchestrator.setJianyingDraftPath(c.req.valid("json").path);
      return success(c, pathJson(p), "saved");
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/jianying/detect-draft-path",
      tags: [COMPAT_TAG],
      summary: "Candidate drafts directories on this server",
      responses: {
        200: json(successEnvelope(z.object({
          candidates: z.array(z.string()),
          selected: z.string().nullable(),
        }))),
      },
    }),
    async (c) => {
      const d = await orchestrator.detectJianyingDraftPaths();
      return success(
        c,
        { candidates: d.candidates, selected: d.selected || null },
        d.candidates.length ? `${d.candidates.length} candidates` : "no candidates",
      );
    },
  );
}
