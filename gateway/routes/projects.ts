// Project routes: create, list, get, delete, replace the script.
import type { Hono } from "hono";
import { ok, type RouteDeps } from "../envelope.ts";
import { projectJson } from "../convert.ts";
import { optionalScript, readJsonBody, requireString } from "../validate.ts";
import { HttpError } from "../errors.ts";

/** Registers `/api/projects` CRUD and `/api/projects/:id/script`. */
export function registerProjectRoutes(app: Hono, { orchestrator }: RouteDeps): void {
  app.post("/api/projects", async (c) => {
    const body = await readJsonBody(c);
    const name = requireString(body, "name");
    const videoPath = requireString(body, "video_path");
    const script = optionalScript(body);
    const project = await orchestrator.createProject({
      name,
      video_path: videoPath,
      script_json: script === undefined ? "" : JSON.stringify(script),
    });
    return ok(c, projectJson(project), "project created");
  });

  app.get("/api/projects", async (c) => {
    const projects = await orchestrator.listProjects();
    return ok(c, projects.map(projectJson));
  });

  app.get("/api/projects/:id", async (c) => {
    return ok(c, projectJson(await orchestrator.getProject(c.req.param("id"))));
  });

  app.delete("/api/projects/:id", async (c) => {
    const deleted = await orchestrator.deleteProject(c.req.param("id"));
    return ok(c, { deleted }, "project deleted");
  });

  app.post("/api/projects/:id/script", async (c) => {
    const body = await readJsonBody(c);
    const script = optionalScript(body);
    if (script === undefined) {
      throw new HttpError(422, "'script' is required", "MISSING_FIELD", { field: "script" });
    }
    const project = await orchestrator.updateScript(c.req.param("id"), JSON.stringify(script));
    return ok(c, projectJson(project), "script saved");
  });
}
