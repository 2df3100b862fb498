// The HTTP shapes shared by our API and the superAIAutoCutVideo surface, as zod schemas: they
// type the handlers, validate requests and generate /openapi.json. One Project shape serves
// both surfaces (it is a superset of what each reads).
import { z } from "./openapi.ts";

/** The scopes of project-level task queues. */
export const TASK_SCOPES = ["generate_video", "generate_jianying_draft"] as const;
/** Scopes in the concurrency config (task scopes plus the TTS gate). */
export const CONCURRENCY_SCOPES = [...TASK_SCOPES, "tts"] as const;

export const TaskScope = z.enum(TASK_SCOPES).openapi("TaskScope");

const AnyObject = z.object({}).catchall(z.unknown());

/** A script: `{segments: [...]}` (unknown keys kept) or a bare array of LLM-style items. */
export const Script = z.union([
  z.object({ segments: z.array(AnyObject) }).catchall(z.unknown()),
  z.array(AnyObject),
]).openapi("Script", {
  description:
    "`{segments: [{id, start_time, end_time, text, OST?, subtitle?}]}` or LLM-style `[{_id, timestamp, narration, OST}]`; unknown keys are kept",
  example: {
    segments: [
      { id: "1", start_time: 0, end_time: 4, text: "这是一段解说。" },
      { id: "2", start_time: 4, end_time: 8, text: "播放原片", OST: 1 },
    ],
  },
});

export const ProjectId = z.string().min(1).openapi({ param: { name: "id", in: "path" } });
export const IdParams = z.object({ id: ProjectId });

/** A project: our fields plus the superAIAutoCutVideo ones; client-owned extras pass through. */
export const Project = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  narration_type: z.string().openapi({ example: "短剧解说" }),
  project_type: z.enum(["subtitle", "visual"]),
  status: z.enum(["draft", "processing", "completed", "failed"]),
  video_path: z.string().nullable().openapi({ description: "relative to the media root" }),
  video_paths: z.array(z.string()),
  video_names: z.record(z.string(), z.string()),
  video_current_name: z.string().nullable(),
  merged_video_path: z.string().nullable(),
  script: z.unknown().openapi({ description: "the stored script, or null" }),
  output_video_path: z.string().nullable(),
  jianying_draft_dirs: z.array(z.string()),
  jianying_draft_last_dir: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
}).catchall(z.unknown()).openapi("Project");
export type Project = z.infer<typeof Project>;

export const TaskSegment = z.object({
  segment_id: z.string(),
  index: z.number().int(),
  kind: z.string(),
  status: z.string(),
  strategy: z.string().optional(),
  provider: z.string().optional(),
  attempts: z.number().int().optional(),
  duration: z.number().optional(),
  tts_duration: z.number().optional(),
  error: z.string().optional(),
}).openapi("TaskSegment");

export const TaskError = z.object({
  code: z.string(),
  message: z.string(),
  reason: z.string().optional(),
  stage: z.string().optional(),
  segment_id: z.string().optional(),
  index: z.number().int().optional(),
  provider: z.string().optional(),
}).openapi("TaskError");

export const Task = z.object({
  task_id: z.string(),
  project_id: z.string(),
  scope: z.string(),
  status: z.enum(["queued", "processing", "completed", "failed", "cancelled", "interrupted"]),
  progress: z.number().openapi({ description: "0-100" }),
  phase: z.string(),
  message: z.string(),
  created_at: z.string(),
  started_at: z.string().optional(),
  finished_at: z.string().optional(),
  file_path: z.string().optional(),
  error: TaskError.optional(),
  segments: z.array(TaskSegment).optional(),
  type: z.enum(["progress", "completed", "error", "cancelled"]).openapi({
    description:
      "the task's state as an event type: queued/processing → progress, failed/interrupted → error",
  }),
  timestamp: z.string().openapi({ description: "when the task last changed" }),
}).openapi("Task");
export type Task = z.infer<typeof Task>;

/** `{generate_video, generate_jianying_draft, ...}`: one task or null per scope. */
export const TasksByScope = z.object({
  generate_video: Task.nullable(),
  generate_jianying_draft: Task.nullable(),
  generate_copywriting: z.null().openapi({ description: "not run by this backend" }),
  generate_script: z.null(),
  extract_scene: z.null(),
}).openapi("TasksByScope");

export const TtsOptions = z.object({
  provider: z.string().optional(),
  voice: z.string().optional(),
  speed: z.number().min(0.1).optional(),
  options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional()
    .openapi({ description: "provider-specific knobs (the fake provider reads latency_ms, ...)" }),
}).openapi("TtsOptions");

const ScopeConfig = z.object({ max_workers: z.number().int(), override: z.boolean() });
const ScopeEffective = z.object({ max_workers: z.number().int(), source: z.string() });
export const Concurrency = z.object({
  config: z.record(z.string(), ScopeConfig),
  effective: z.record(z.string(), ScopeEffective),
}).openapi("Concurrency");

/** A WebSocket event (`/ws`). */
export const Event = z.object({
  type: z.enum(["progress", "completed", "error", "cancelled", "heartbeat", "pong"]),
  scope: z.string(),
  project_id: z.string(),
  task_id: z.string(),
  phase: z.string(),
  status: z.string(),
  progress: z.number(),
  message: z.string(),
  timestamp: z.string(),
  data: z.record(z.string(), z.unknown()).optional(),
}).openapi("Event");
