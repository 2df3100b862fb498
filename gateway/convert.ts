// Converts orchestrator proto messages into the HTTP shapes of gateway/schemas.ts.
import type { EventMsg, ProjectMsg, TaskMsg, TaskSegmentMsg } from "./types.ts";
import type { Project, Task } from "./schemas.ts";

/** Parses JSON text carried in a `*_json` field; "" is null, unparsable text is kept raw. */
export function parseJsonField(text: string | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function extras(p: ProjectMsg): Record<string, unknown> {
  const v = parseJsonField(p.extra_json);
  return v !== null && typeof v === "object" && !Array.isArray(v)
    ? v as Record<string, unknown>
    : {};
}

/**
 * A Project as the HTTP API returns it. Client-owned extras (subtitle_*,
 * narration_copywriting, ...) come first so they can never mask a field the
 * system owns.
 */
export function projectJson(p: ProjectMsg): Project {
  const names = p.video_names ?? {};
  const effective = p.merged_video_path || p.video_path;
  return {
    ...extras(p),
    id: p.id,
    name: p.name,
    description: p.description ?? "",
    narration_type: p.narration_type || "短剧解说",
    project_type: p.project_type === "visual" ? "visual" : "subtitle",
    status:
      (["processing", "completed", "failed"].includes(p.status) ? p.status : "draft") as Project[
        "status"
      ],
    video_path: p.video_path || null,
    video_paths: p.video_paths ?? [],
    video_names: names,
    video_current_name: effective ? names[effective] ?? effective.split("/").pop()! : null,
    merged_video_path: p.merged_video_path || null,
    script: parseJsonField(p.script_json),
    output_video_path: p.output_video_path || null,
    jianying_draft_dirs: p.jianying_draft_dirs ?? [],
    jianying_draft_last_dir: p.jianying_draft_last_dir || null,
    created_at: p.created_at,
    updated_at: p.updated_at,
  };
}

function segmentJson(s: TaskSegmentMsg): NonNullable<Task["segments"]>[number] {
  const out: NonNullable<Task["segments"]>[number] = {
    segment_id: s.segment_id,
    index: s.index,
    kind: s.kind,
    status: s.status,
  };
  if (s.strategy) out.strategy = s.strategy;
  if (s.provider) out.provider = s.provider;
  if (s.attempts) out.attempts = s.attempts;
  if (s.duration) out.duration = s.duration;
  if (s.tts_duration) out.tts_duration = s.tts_duration;
  if (s.error) out.error = s.error;
  return out;
}

/**
 * The task's state as a superAIAutoCutVideo event type: a queued or running
 * task is "progress" (active), an interrupted one "error" (finished).
 */
export function taskType(status: string): Task["type"] {
  switch (status) {
    case "completed":
      return "completed";
    case "cancelled":
      return "cancelled";
    case "failed":
    case "interrupted":
      return "error";
    default:
      return "progress";
  }
}

/** A Task as the HTTP API returns it; empty optional fields are omitted. */
export function taskJson(t: TaskMsg, withSegments = true): Task {
  const out: Task = {
    task_id: t.task_id,
    project_id: t.project_id,
    scope: t.scope,
    status: t.status as Task["status"],
    progress: t.progress,
    phase: t.phase,
    message: t.message,
    created_at: t.created_at,
    type: taskType(t.status),
    timestamp: t.finished_at || t.started_at || t.created_at,
  };
  const e = t.error;
  if (e && (e.code || e.message || e.reason)) {
    const err: NonNullable<Task["error"]> = { code: e.code, message: e.message };
    if (e.reason) err.reason = e.reason;
    if (e.stage) err.stage = e.stage;
    if (e.segment_id) {
      err.segment_id = e.segment_id;
      err.index = e.index;
    }
    if (e.provider) err.provider = e.provider;
    out.error = err;
  }
  if (t.file_path) out.file_path = t.file_path;
  if (t.started_at) out.started_at = t.started_at;
  if (t.finished_at) out.finished_at = t.finished_at;
  if (withSegments && t.segments?.length) out.segments = t.segments.map(segmentJson);
  return out;
}

/** An event as WebSocket clients receive it (`data` parsed, omitted when empty). */
export function eventJson(e: EventMsg): Record<string, unknown> {
  const out: Record<string, unknown> = {
    type: e.type,
    scope: e.scope,
    project_id: e.project_id,
    task_id: e.task_id,
    phase: e.phase,
    status: e.status,
    progress: e.progress,
    message: e.message,
    timestamp: e.timestamp,
  };
  const data = parseJsonField(e.data_json);
  if (data !== null) out.data = data;
  return out;
}

/** One task (newest) or null per scope, with null for the scopes this backend does not run. */
export function tasksByScope(tasks: TaskMsg[]) {
  const out: Record<"generate_video" | "generate_jianying_draft", Task | null> = {
    generate_video: null,
    generate_jianying_draft: null,
  };
  for (const t of tasks) {
    if (t.scope !== "generate_video" && t.scope !== "generate_jianying_draft") continue;
    // Lists come newest last or newest first depending on the filter; keep the newest.
    const prev = out[t.scope];
    if (prev === null || prev.created_at <= t.created_at) out[t.scope] = taskJson(t, false);
  }
  return { ...out, generate_copywriting: null, generate_script: null, extract_scene: null };
}
