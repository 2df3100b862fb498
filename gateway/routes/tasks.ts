// Task routes: submit generate-video / generate-jianying-draft, cancel, running, latest, detail.
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { type App, ok, type RouteDeps } from "../envelope.ts";
import { taskJson, tasksByScope } from "../convert.ts";
import { jsonBody } from "../body.ts";
import { envelope, errors, json, z } from "../openapi.ts";
import { IdParams, Task, TasksByScope, TaskScope, TtsOptions } from "../schemas.ts";
import type { OrchestratorApi } from "../orchestrator.ts";
import type { TtsOptionsMsg } from "../types.ts";

const TAG = "tasks";

const CommonBody = z.object({
  tts: TtsOptions.optional(),
  overflow: z.enum(["trim", "slow", "freeze", "extend"]).optional().openapi({
    description: "narration longer than its slot beyond the tempo window: trim (MP4 default), " +
      "or keep all speech and lengthen the slot: slow (the draft default), freeze, extend",
  }),
  max_tempo: z.number().min(1).max(2).optional().openapi({
    description: "tempo window and speed-up ceiling (default 1.15)",
  }),
});

const Subtitles = z.object({
  burn: z.boolean().openapi({ description: "render the subtitles into the picture" }),
  font_size: z.number().int().min(8).max(400).optional().openapi({
    description: "text height in output pixels (default 5.5% of the frame height)",
  }),
  position: z.enum(["bottom", "top", "middle"]).optional(),
  outline: z.number().min(0).max(40).optional().openapi({
    description: "outline width in output pixels (default font_size / 14)",
  }),
}).openapi("SubtitleStyle", {
  description: "burned-in subtitles (Noto Sans CJK SC); the .srt is written either way",
});

/** Even (4:2:0 video), 16 to 7680 pixels. */
const side = z.number().int().min(16).max(7680).multipleOf(2);

const Output = z.object({
  aspect: z.enum(["16:9", "9:16", "1:1"]).optional().openapi({
    description: "the frame's shorter side stays the source's shorter side",
  }),
  width: side.optional().openapi({ description: "exact width (wins over aspect)" }),
  height: side.optional().openapi({ description: "exact height (wins over aspect)" }),
  fit: z.enum(["fit", "fill"]).optional().openapi({
    description: "fit (default): whole picture over a blurred copy; fill: cover and crop",
  }),
  fps: z.number().min(1).max(120).optional(),
}).openapi("OutputFrame", {
  description: "output size/aspect/fps; any of them re-encodes the whole video",
});

const Loudness = z.object({
  enabled: z.boolean().optional().openapi({ description: "default true" }),
  target_lufs: z.number().min(-40).max(-5).optional().openapi({
    description: "integrated loudness target, LUFS (default -16)",
  }),
  true_peak_db: z.number().min(-9).max(0).optional().openapi({
    description: "true-peak ceiling, dBTP (default -1.5)",
  }),
}).strict().openapi("Loudness", {
  description: "two-pass EBU R128 normalisation of the MP4's audio; on by default",
});

const Bgm = z.object({
  path: z.string().min(1).max(4096).openapi({
    description: "an audio file in the media root, e.g. bgm_path from POST " +
      "/api/projects/{id}/upload/bgm",
  }),
  volume_db: z.number().min(-60).max(12).optional().openapi({
    description: "gain applied to the music as uploaded, dB (default -20)",
  }),
  duck_db: z.number().min(-40).max(0).optional().openapi({
    description: "how far the music dips under narration, dB (default -15; 0: no ducking)",
  }),
  loop: z.boolean().optional().openapi({
    description: "repeat the music to fill the video (default true); false plays it once",
  }),
}).strict().openapi("BackgroundMusic", {
  description: "background music under the whole video, ducked under narration",
});

const VideoBody = CommonBody.extend({
  subtitles: Subtitles.optional(),
  output: Output.optional(),
  loudness: Loudness.optional(),
  bgm: Bgm.optional(),
}).openapi("SubmitVideo");

const DraftBody = CommonBody.extend({
  draft_dir: z.string().optional().openapi({
    description: "drafts directory inside the data dir or media root; default: the Jianying " +
      "draft-path setting, else <data>/jianying_drafts",
  }),
  editor: z.enum(["jianying", "capcut"]).optional(),
  editor_drafts_root: z.string().max(4096).optional().openapi({
    description:
      "the editor's drafts folder on the editor's machine, written into the draft's meta",
  }),
}).openapi("SubmitDraft");

const Submitted = z.object({
  task_id: z.string(),
  scope: TaskScope,
  existing: z.boolean().openapi({ description: "the project already had this scope's task" }),
});

const CancelBody = z.object({
  scope: TaskScope,
  task_id: z.string().nullable().optional(),
}).openapi("CancelTask");

function ttsOptions(tts: z.infer<typeof TtsOptions> | undefined): TtsOptionsMsg | undefined {
  if (!tts) return undefined;
  const options: Record<string, string> = {};
  for (const [k, v] of Object.entries(tts.options ?? {})) options[k] = String(v);
  return { provider: tts.provider ?? "", voice: tts.voice ?? "", speed: tts.speed ?? 0, options };
}

async function submit(
  c: Context,
  orchestrator: OrchestratorApi,
  scope: z.infer<typeof TaskScope>,
  b: z.infer<typeof DraftBody> & Partial<z.infer<typeof VideoBody>>,
) {
  const { task, existing } = await orchestrator.submitTask({
    project_id: c.req.param("id")!,
    scope,
    tts: ttsOptions(b.tts),
    draft_dir: b.draft_dir ?? "",
    overflow: b.overflow ?? "",
    max_tempo: b.max_tempo ?? 0,
    editor: b.editor ?? "",
    editor_drafts_root: b.editor_drafts_root ?? "",
    subtitles: b.subtitles ?? null,
    output: b.output ?? null,
    // Absent: the orchestrator's default (on); given: on unless `enabled` is false.
    loudness: b.loudness ? { ...b.loudness, enabled: b.loudness.enabled ?? true } : null,
    bgm: b.bgm ?? null,
  });
  const message = existing
    ? `task already exists for this project in ${scope}: ${task.task_id} (${task.status})`
    : "task queued";
  return ok(c, { task_id: task.task_id, scope, existing }, message);
}

/** Registers the task routes. */
export function registerTaskRoutes(app: App, deps: RouteDeps): void {
  const { orchestrator } = deps;
  const body = (optional = false) => jsonBody({ optional, maxBytes: deps.jsonMaxBytes });
  const submitted = {
    200: json(envelope(Submitted), "queued, or the project's existing task in the scope"),
    ...errors(404, 409, 413, 415, 422),
  };

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/projects/{id}/generate-video",
      tags: [TAG],
      summary: "Queue a narrated-video task (body optional)",
      middleware: [body(true)],
      request: {
        params: IdParams,
        body: { content: { "application/json": { schema: VideoBody } } },
      },
      responses: submitted,
    }),
    (c) => submit(c, orchestrator, "generate_video", c.req.valid("json")),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/projects/{id}/generate-jianying-draft",
      tags: [TAG],
      summary: "Queue a Jianying draft task (body optional)",
      middleware: [body(true)],
      request: {
        params: IdParams,
        body: { content: { "application/json": { schema: DraftBody } } },
      },
      responses: submitted,
    }),
    (c) => submit(c, orchestrator, "generate_jianying_draft", c.req.valid("json")),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/projects/{id}/tasks/cancel",
      tags: [TAG],
      summary: "Cancel the project's task in a scope (or one task by id)",
      middleware: [body()],
      request: {
        params: IdParams,
        body: { content: { "application/json": { schema: CancelBody } }, required: true },
      },
      responses: {
        200: json(envelope(z.object({
          scope: z.string(),
          task_id: z.string(),
          cancelled: z.boolean(),
        }))),
        ...errors(400, 404, 413, 415, 422),
      },
    }),
    async (c) => {
      const b = c.req.valid("json");
      const res = await orchestrator.cancelTask(c.req.valid("param").id, b.scope, b.task_id ?? "");
      return ok(
        c,
        { scope: res.scope || b.scope, task_id: res.task_id, cancelled: res.cancelled },
        res.cancelled ? "task cancelled" : "nothing to cancel",
      );
    },
  );

  for (const filter of ["running", "latest"] as const) {
    app.openapi(
      createRoute({
        method: "get",
        path: `/api/projects/{id}/tasks/${filter}`,
        tags: [TAG],
        summary: filter === "running"
          ? "The project's queued or running task per scope"
          : "The project's newest task per scope, whatever its status",
        request: { params: IdParams },
        responses: { 200: json(envelope(TasksByScope)), ...errors(404) },
      }),
      async (c) => {
        const id = c.req.valid("param").id;
        // The project lookup turns an unknown id into 404 rather than an empty answer.
        const [, tasks] = await Promise.all([
          orchestrator.getProject(id),
          orchestrator.listTasks(id, filter),
        ]);
        const relevant = filter === "running"
          ? tasks.filter((t) => t.status === "queued" || t.status === "processing")
          : tasks;
        return ok(c, tasksByScope(relevant));
      },
    );
  }

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/tasks/{task_id}",
      tags: [TAG],
      summary: "A task with per-segment detail",
      request: { params: z.object({ task_id: z.string().min(1) }) },
      responses: { 200: json(envelope(Task)), ...errors(404) },
    }),
    async (c) => ok(c, taskJson(await orchestrator.getTask(c.req.valid("param").task_id))),
  );
}
