// Converts orchestrator proto messages into the JSON shapes of DESIGN §3 and §5.
import type { EventMsg, ProjectMsg, TaskMsg, TaskSegmentMsg } from "./types.ts";

/** Parses JSON text carried in a `*_json` field; "" is null, unparsable text is kept raw. */
export function parseJsonField(text: string | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A Project as the HTTP API returns it. */
export function projectJson(p: ProjectMsg): Record<string, unknown> {
  return {
    id: p.id,
    name: p.name,
    video_path: p.video_path,
    script: parseJsonField(p.script_json),
    output_video_path: p.output_video_path || null,
    jianying_draft_dirs: p.jianying_draft_dirs ?? [],
    created_at: p.created_at,
    updated_at: p.updated_at,
  };
}

function segmentJson(s: TaskSegmentMsg): Record<string, unknown> {
  const out: Record<string, unknown> = {
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

/** A Task as the HTTP API returns it; empty optional fields are omitted. */
export function taskJson(t: TaskMsg, withSegments = true): Record<string, unknown> {
  const out: Record<string, unknown> = {
    task_id: t.task_id,
    project_id: t.project_id,
    scope: t.scope,
    status: t.status,
    progress: t.progress,
    phase: t.phase,
    message: t.message,
    created_at: t.created_at,
  };
  const e = t.error;
  if (e && (e.code || e.message || e.reason)) {
    const err: Record<string, unknown> = { code: e.code, message: e.message };
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

/** `{generate_video: Task|null, generate_jianying_draft: Task|null}` from a task list. */
export function tasksByScope(tasks: TaskMsg[]): Record<string, Record<string, unknown> | null> {
  const out: Record<string, Record<string, unknown> | null> = {
    generate_video: null,
    generate_jianying_draft: null,
  };
  for (const t of tasks) {
    // Lists come newest last or newest first depending on the filter; keep the newest.
    const prev = out[t.scope];
    if (prev === undefined) continue;
    if (prev === null || String(prev.created_at) <= t.created_at) out[t.scope] = taskJson(t, false);
  }
  return out;
}
