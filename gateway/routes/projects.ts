// Our project routes: create, list, get, delete, replace the script. The Project shape is the
// superset both surfaces read, so these paths serve the superAIAutoCutVideo frontend too.
import { createRoute } from "@hono/zod-openapi";
import { type App, ok, type RouteDeps } from "../envelope.ts";
import { projectJson } from "../convert.ts";
import { jsonBody } from "../body.ts";
import { envelope, errors, json, z } from "../openapi.ts";
import { IdParams, Project, Script } from "../schemas.ts";

const TAG = "projects";

const CreateBody = z.object({
  name: z.string().trim().min(1),
  video_path: z.string().optional().openapi({
    description: "relative to the media root (from POST /api/uploads/video); optional when the " +
      "video comes later by chunked upload",
  }),
  script: Script.optional(),
  description: z.string().max(10_000).optional(),
  narration_type: z.enum(["短剧解说", "电影解说"]).optional(),
  project_type: z.enum(["subtitle", "visual"]).optional(),
}).openapi("CreateProject");

/** Registers `/api/projects` CRUD and `/api/projects/:id/script`. */
export function registerProjectRoutes(app: App, deps: RouteDeps): void {
  const { orchestrator } = deps;
  const body = (optional = false) => jsonBody({ optional, maxBytes: deps.jsonMaxBytes });

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/projects",
      tags: [TAG],
      summary: "Create a project",
      middleware: [body()],
      request: {
        body: { content: { "application/json": { schema: CreateBody } }, required: true },
      },
      responses: { 200: json(envelope(Project)), ...errors(400, 404, 413, 415, 422) },
    }),
    async (c) => {
      const b = c.req.valid("json");
      const project = await orchestrator.createProject({
        name: b.name,
        video_path: b.video_path ?? "",
        script_json: b.script === undefined ? "" : JSON.stringify(b.script),
        description: b.description ?? "",
        narration_type: b.narration_type ?? "",
        project_type: b.project_type ?? "",
      });
      return ok(c, projectJson(project), "project created");
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/projects",
      tags: [TAG],
      summary: "List projects, oldest first",
      responses: { 200: json(envelope(z.array(Project))) },
    }),
    async (c) => ok(c, (await orchestrator.listProjects()).map(projectJson)),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/projects/{id}",
      tags: [TAG],
      summary: "Get a project",
      request: { params: IdParams },
      responses: { 200: json(envelope(Project)), ...errors(404) },
    }),
    async (c) => ok(c, projectJson(await orchestrator.getProject(c.req.valid("param").id))),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/projects/{id}",
      tags: [TAG],
      summary: "Delete a project and its task history (refused while a task runs)",
      request: { params: IdParams },
      responses: {
        200: json(envelope(z.object({ deleted: z.boolean() }))),
        ...errors(404, 409),
      },
    }),
    async (c) => {
      const deleted = await orchestrator.deleteProject(c.req.valid("param").id);
      return ok(c, { deleted }, "project deleted");
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/projects/{id}/script",
      tags: [TAG],
      summary: "Replace the project's script; answers the saved script",
      description: "Every segment is checked; a bad script is 422 naming every bad segment.",
      middleware: [body()],
      request: {
        params: IdParams,
        body: {
          content: { "application/json": { schema: z.object({ script: Script }) } },
          required: true,
        },
      },
      responses: { 200: json(envelope(Script)), ...errors(404, 413, 415, 422) },
    }),
    async (c) => {
      const { script } = c.req.valid("json");
      const project = await orchestrator.updateScript(
        c.req.valid("param").id,
        JSON.stringify(script),
      );
      // The stored script (normalised by the orchestrator), as the frontend's editor shows it.
      return ok(c, projectJson(project).script as z.infer<typeof Script>, "script saved");
    },
  );
}
