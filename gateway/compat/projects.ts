// superAIAutoCutVideo's project routes that ours lack: partial update (POST /api/projects/:id),
// delete by POST, copywriting storage, the video list, and source/merged video previews.
import { createRoute } from "@hono/zod-openapi";
import { type App, ok, type RouteDeps } from "../envelope.ts";
import { jsonBody } from "../body.ts";
import { projectJson } from "../convert.ts";
import { fileResponse } from "../file_response.ts";
import { envelope, errors, json, rangedFile, z } from "../openapi.ts";
import { IdParams, Project, Script } from "../schemas.ts";
import type { UpdateProjectMsg } from "../types.ts";
import { COMPAT_TAG } from "./envelope.ts";

const LANGUAGES: Record<string, "zh" | "en"> = {
  zh: "zh",
  "zh-cn": "zh",
  中文: "zh",
  cn: "zh",
  chinese: "zh",
  en: "en",
  "en-us": "en",
  英文: "en",
  us: "en",
  english: "en",
};

/** Fields the system acts on. */
const Typed = {
  name: z.string().trim().min(1).optional(),
  description: z.string().max(10_000).nullish(),
  narration_type: z.enum(["短剧解说", "电影解说"]).optional(),
  project_type: z.enum(["subtitle", "visual"]).optional(),
  status: z.enum(["draft", "processing", "completed", "failed"]).optional(),
  video_path: z.string().nullish(),
  video_paths: z.array(z.string()).optional(),
  merged_video_path: z.string().nullish(),
  script: Script.nullish(),
};

/** Fields the frontend owns; stored as given (a null removes one). */
const Extras = {
  script_length: z.string().max(100).nullish(),
  original_ratio: z.number().int().min(0).max(100).nullish(),
  script_language: z.string().refine((v) => v.trim().toLowerCase() in LANGUAGES, {
    message: "must be zh or en",
  }).nullish(),
  copywriting_word_count: z.number().int().min(0).nullish(),
  narration_copywriting: z.object({ content: z.string() }).catchall(z.unknown()).nullish(),
  narration_copywriting_path: z.string().max(1000).nullish(),
  narration_film_context: z.string().max(200_000).nullish(),
  narration_reference_copywriting: z.string().max(200_000).nullish(),
  subtitle_source: z.enum(["user", "extracted"]).nullish(),
  subtitle_status: z.enum(["none", "extracting", "ready", "failed"]).nullish(),
  subtitle_updated_by_user: z.boolean().nullish(),
  asr_provider: z.string().max(50).nullish(),
  asr_model_key: z.string().max(200).nullish(),
  asr_language: z.string().max(50).nullish(),
};

const UpdateBody = z.object({ ...Typed, ...Extras }).openapi("UpdateProject", {
  description: "Only the fields given change; unknown fields are ignored.",
});

/** Registers the routes. */
export function registerCompatProjects(app: App, deps: RouteDeps): void {
  const { orchestrator } = deps;
  const body = (optional = false) => jsonBody({ optional, maxBytes: deps.jsonMaxBytes });

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/projects/{id}",
      tags: [COMPAT_TAG],
      summary: "Update a project partially",
      middleware: [body()],
      request: {
        params: IdParams,
        body: { content: { "application/json": { schema: UpdateBody } }, required: true },
      },
      responses: { 200: json(envelope(Project)), ...errors(400, 404, 413, 415, 422) },
    }),
    async (c) => {
      const b = c.req.valid("json");
      const req: UpdateProjectMsg = { project_id: c.req.valid("param").id };
      if (b.name !== undefined) req.name = b.name;
      if (b.description !== undefined) req.description = b.description ?? "";
      if (b.narration_type !== undefined) req.narration_type = b.narration_type;
      if (b.project_type !== undefined) req.project_type = b.project_type;
      if (b.status !== undefined) req.status = b.status;
      if (b.video_path !== undefined) req.video_path = b.video_path ?? "";
      if (b.video_paths !== undefined) req.video_paths = { values: b.video_paths };
      if (b.merged_video_path !== undefined) req.merged_video_path = b.merged_video_path ?? "";
      if (b.script !== undefined) {
        req.script_json = b.script === null ? "" : JSON.stringify(b.script);
      }
      const extra: Record<string, unknown> = {};
      for (const key of Object.keys(Extras) as (keyof typeof Extras)[]) {
        if (b[key] !== undefined) extra[key] = b[key];
      }
      if (typeof extra.script_language === "string") {
        extra.script_language = LANGUAGES[extra.script_language.trim().toLowerCase()];
      }
      if (Object.keys(extra).length > 0) req.extra_json = JSON.stringify(extra);
      return ok(c, projectJson(await orchestrator.updateProject(req)), "project updated");
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/projects/{id}/delete",
      tags: [COMPAT_TAG],
      summary: "Delete a project (answers {success})",
      request: { params: IdParams },
      responses: {
        200: json(z.object({ message: z.string(), success: z.boolean(), timestamp: z.string() })),
        ...errors(404, 409),
      },
    }),
    async (c) => {
      const deleted = await orchestrator.deleteProject(c.req.valid("param").id);
      return c.json(
        { message: "project deleted", success: deleted, timestamp: new Date().toISOString() },
        200,
      );
    },
  );

  const Copywriting = z.object({ content: z.string().trim().min(1) }).catchall(z.unknown());
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/projects/{id}/copywriting",
      tags: [COMPAT_TAG],
      summary: "Save the narration copywriting (text the user wrote; no LLM involved)",
      middleware: [body()],
      request: {
        params: IdParams,
        body: {
          content: { "application/json": { schema: z.object({ copywriting: Copywriting }) } },
          required: true,
        },
      },
      responses: { 200: json(envelope(Copywriting)), ...errors(404, 413, 415, 422) },
    }),
    async (c) => {
      const { copywriting } = c.req.valid("json");
      await orchestrator.updateProject({
        project_id: c.req.valid("param").id,
        extra_json: JSON.stringify({ narration_copywriting: copywriting }),
      });
      return ok(c, copywriting, "copywriting saved");
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/projects/{id}/delete/video",
      tags: [COMPAT_TAG],
      summary: "Remove a video from the project (all of them without file_path)",
      middleware: [body(true)],
      request: {
        params: IdParams,
        body: {
          content: {
            "application/json": { schema: z.object({ file_path: z.string().nullish() }) },
          },
        },
      },
      responses: {
        200: json(envelope(z.object({ removed: z.boolean(), project: Project }))),
        ...errors(404, 413, 415, 422),
      },
    }),
    async (c) => {
      const id = c.req.valid("param").id;
      const target = c.req.valid("json").file_path ?? "";
      const p = await orchestrator.getProject(id);
      const paths = target ? p.video_paths.filter((v) => v !== target) : [];
      const removed = paths.length !== p.video_paths.length || (!target && !!p.video_path);
      const video = paths.includes(p.video_path) ? p.video_path : paths[0] ?? "";
      const updated = await orchestrator.updateProject({
        project_id: id,
        video_paths: { values: paths },
        video_path: video,
      });
      return ok(c, { removed, project: projectJson(updated) }, "video removed");
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/projects/{id}/videos/order",
      tags: [COMPAT_TAG],
      summary: "Reorder the project's videos",
      middleware: [body()],
      request: {
        params: IdParams,
        body: {
          content: {
            "application/json": { schema: z.object({ ordered_paths: z.array(z.string()) }) },
          },
          required: true,
        },
      },
      responses: { 200: json(envelope(Project)), ...errors(400, 404, 413, 415, 422) },
    }),
    async (c) => {
      const updated = await orchestrator.updateProject({
        project_id: c.req.valid("param").id,
        video_paths: { values: c.req.valid("json").ordered_paths },
      });
      return ok(c, projectJson(updated), "order saved");
    },
  );

  for (const [path, kind] of [["video/stream", "source"], ["merged-video", "merged"]] as const) {
    app.openapi(
      createRoute({
        method: "get",
        path: `/api/projects/{id}/${path}`,
        tags: [COMPAT_TAG],
        summary: `The project's ${kind} video for preview (Range supported)`,
        request: { params: IdParams },
        responses: rangedFile("video/mp4"),
      }),
      (c) => {
        const id = c.req.valid("param").id;
        return fileResponse(
          c,
          (offset, length, signal) =>
            orchestrator.readProjectVideo(id, kind, offset, length, signal),
          { fallbackName: `${id}.mp4` },
        );
      },
    );
  }
}
