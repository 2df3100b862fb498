// Task routes: submit generate-video / generate-jianying-draft, cancel, running, latest, task detail.
import type { Context, Hono } from "hono";
import { ok, type RouteDeps } from "../envelope.ts";
import { taskJson, tasksByScope } from "../convert.ts";
import {
  type Body,
  optionalNumber,
  optionalObject,
  optionalString,
  readJsonBody,
  requireScope,
  TASK_SCOPES,
} from "../validate.ts";
import { HttpError } from "../errors.ts";
import type { OrchestratorApi } from "../orchestrator.ts";
import type { TtsOptionsMsg } from "../types.ts";

const OVERFLOW_POLICIES = ["trim", "extend", "freeze"];

function stringMap(obj: Body, field: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
      throw new HttpError(422, `'${field}.${k}' must be a string`, "INVALID_FIELD", {
        field: `${field}.${k}`,
      });
    }
    out[k] = String(v);
  }
  return out;
}

function ttsOptions(body: Body): TtsOptionsMsg | undefined {
  const tts = optionalObject(body, "tts");
  if (!tts) return undefined;
  return {
    provider: optionalString(tts, "provider", "tts.") ?? "",
    voice: optionalString(tts, "voice", "tts.") ?? "",
    speed: optionalNumber(tts, "speed", "tts.", { min: 0.1 }) ?? 0,
    options: stringMap(optionalObject(tts, "options", "tts.") ?? {}, "tts.options"),
  };
}

function overflowPolicy(body: Body): string {
  const v = optionalString(body, "overflow") ?? "";
  if (v !== "" && !OVERFLOW_POLICIES.includes(v)) {
    throw new HttpError(
      422,
      `'overflow' must be one of ${OVERFLOW_POLICIES.join(", ")}: got ${v}`,
      "INVALID_FIELD",
      { field: "overflow" },
    );
  }
  return v;
}

async function submit(c: Context, orchestrator: OrchestratorApi, scope: string): Promise<Response> {
  const body = await readJsonBody(c, true);
  const draftDir = scope === "generate_jianying_draft" ? optionalString(body, "draft_dir") : "";
  const { task, existing } = await orchestrator.submitTask({
    project_id: c.req.param("id")!,
    scope,
    tts: ttsOptions(body),
    draft_dir: draftDir ?? "",
    overflow: overflowPolicy(body),
  });
  const message = existing
    ? `task already exists for this project in ${scope}: ${task.task_id} (${task.status})`
    : "task queued";
  return ok(c, { task_id: task.task_id, scope: task.scope || scope, existing }, message);
}

/** Registers the task routes. */
export function registerTaskRoutes(app: Hono, { orchestrator }: RouteDeps): void {
  app.post("/api/projects/:id/generate-video", (c) => submit(c, orchestrator, "generate_video"));
  app.post(
    "/api/projects/:id/generate-jianying-draft",
    (c) => submit(c, orchestrator, "generate_jianying_draft"),
  );

  app.post("/api/projects/:id/tasks/cancel", async (c) => {
    const body = await readJsonBody(c);
    const scope = requireScope(body.scope, TASK_SCOPES);
    const taskId = optionalString(body, "task_id") ?? "";
    const res = await orchestrator.cancelTask(c.req.param("id"), scope, taskId);
    return ok(
      c,
      { scope: res.scope || scope, task_id: res.task_id, cancelled: res.cancelled },
      res.cancelled ? "task cancelled" : "nothing to cancel",
    );
  });

  for (const filter of ["running", "latest"] as const) {
    app.get(`/api/projects/:id/tasks/${filter}`, async (c) => {
      const id = c.req.param("id");
      // The project lookup turns an unknown id into 404 rather than an empty answer.
      const [, tasks] = await Promise.all([
        orchestrator.getProject(id),
        orchestrator.listTasks(id, filter),
      ]);
      const relevant = filter === "running"
        ? tasks.filter((t) => t.status === "queued" || t.status === "processing")
        : tasks;
      return ok(c, tasksByScope(relevant));
    });
  }

  app.get("/api/tasks/:task_id", async (c) => {
    return ok(c, taskJson(await orchestrator.getTask(c.req.param("task_id"))));
  });
}
