// Wire shapes of sacv.orchestrator.v1 messages as proto-loader delivers them (snake_case,
// defaults filled, free-form JSON as text in `*_json` fields). The one TypeScript definition
// of the messages of proto/sacv/orchestrator/v1/orchestrator.proto that more than one module
// uses: the orchestrator (which narrows some string fields to its own unions), the gateway's
// orchestrator client and the cross-service tests. HTTP/WebSocket JSON shapes live with the gateway.

/** `sacv.common.v1.ErrorDetail`: locates a failure (carried in {@linkcode Task.error}). */
export interface ErrorDetail {
  /** gRPC status name, e.g. "INVALID_ARGUMENT". */
  code: string;
  /** Stable machine-readable reason. */
  reason: string;
  message: string;
  /** The failing segment ("" when the failure is not a segment's). */
  segment_id: string;
  index: number;
  stage: string;
  provider: string;
}

/** `sacv.orchestrator.v1.Project`. */
export interface Project {
  id: string;
  name: string;
  /** Relative to the media root. */
  video_path: string;
  /** The script as JSON text ("" when none). */
  script_json: string;
  output_video_path: string;
  jianying_draft_dirs: string[];
  created_at: string;
  updated_at: string;
}

/** `sacv.orchestrator.v1.TaskSegment`: one segment's progress within a task. */
export interface TaskSegment {
  segment_id: string;
  index: number;
  /** "narration", "original" or "mixed". */
  kind: string;
  status: string;
  strategy: string;
  provider: string;
  attempts: number;
  /** Seconds. */
  duration: number;
  /** Seconds of synthesized speech. */
  tts_duration: number;
  error: string;
}

/** `sacv.orchestrator.v1.Task`. */
export interface Task {
  task_id: string;
  project_id: string;
  /** "generate_video" or "generate_jianying_draft". */
  scope: string;
  /** queued, processing, completed, failed, cancelled, interrupted. */
  status: string;
  /** 0..1. */
  progress: number;
  phase: string;
  message: string;
  /** Unset (null) unless the task failed or was interrupted. */
  error?: ErrorDetail | null;
  file_path: string;
  created_at: string;
  started_at: string;
  finished_at: string;
  segments: TaskSegment[];
}

/** `sacv.orchestrator.v1.Event`: what WatchEvents streams. */
export interface Event {
  /** progress, completed, error, cancelled, heartbeat. */
  type: string;
  scope: string;
  project_id: string;
  task_id: string;
  phase: string;
  status: string;
  progress: number;
  message: string;
  timestamp: string;
  /** Phase-specific data as JSON text ("" when none). */
  data_json: string;
}

/** `sacv.orchestrator.v1.ScopeConfig`: a scope's stored setting. */
export interface ScopeConfig {
  max_workers: number;
  override: boolean;
}

/** `sacv.orchestrator.v1.ScopeEffective`: a scope's value in force. */
export interface ScopeEffective {
  max_workers: number;
  /** "user", "env" or "recommended". */
  source: string;
}

/** `sacv.orchestrator.v1.ConcurrencyState`: what GetConcurrency returns, keyed by scope. */
export interface ConcurrencyState {
  config: Record<string, ScopeConfig>;
  effective: Record<string, ScopeEffective>;
}

/**
 * `sacv.orchestrator.v1.ScopeConfigPatch`: a change to one scope (proto3 `optional`
 * fields, omitted when unset); a patch naming only max_workers also sets override.
 */
export interface ScopeConfigPatch {
  max_workers?: number;
  override?: boolean;
}

/** `sacv.orchestrator.v1.FileChunk`: one piece of a ReadOutputVideo stream. */
export interface FileChunk {
  data: Uint8Array;
  /** Size of the whole file; set on the first chunk only (0 after). */
  total_size: number;
  /** Byte offset of `data` in the file. */
  offset: number;
  /** The file's name; set on the first chunk only ("" after). */
  filename: string;
}

/** `sacv.orchestrator.v1.DependencyStatus`: readiness of one service the orchestrator needs. */
export interface DependencyStatus {
  name: string;
  ready: boolean;
  /** "SERVING", or why not. */
  detail: string;
}

/** `sacv.orchestrator.v1.CheckReadyResponse`. */
export interface CheckReadyResponse {
  ready: boolean;
  dependencies: DependencyStatus[];
}
