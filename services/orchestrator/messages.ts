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
  description: string;
  /** "短剧解说" or "电影解说". */
  narration_type: string;
  /** "subtitle" or "visual". */
  project_type: string;
  /** draft, processing, completed or failed. */
  status: string;
  /** Every uploaded source video, relative to the media root, in upload order. */
  video_paths: string[];
  /** Original file name of each entry of `video_paths`. */
  video_names: Record<string, string>;
  merged_video_path: string;
  /** The newest entry of `jianying_draft_dirs` ("" when none). */
  jianying_draft_last_dir: string;
  /** Client-owned fields kept as given, as a JSON object's text. */
  extra_json: string;
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

/** `sacv.orchestrator.v1.TtsConfig`: a stored TTS configuration, secrets masked. */
export interface TtsConfig {
  config_id: string;
  /** Our provider name ("tencent", "local", ...). */
  provider: string;
  /** "***" when set, "" otherwise. */
  secret_id: string;
  /** "***" when set, "" otherwise. */
  secret_key: string;
  region: string;
  description: string;
  enabled: boolean;
  active_voice_id: string;
  speed_ratio: number;
  /** A JSON object's text. */
  extra_params_json: string;
  /** "***" when set, "" otherwise. */
  api_key: string;
  base_url: string;
  updated_at: string;
}

/** `sacv.orchestrator.v1.ListTtsConfigsResponse`. */
export interface ListTtsConfigsResponse {
  configs: TtsConfig[];
  /** "" when none is active. */
  active_config_id: string;
}

/** `sacv.orchestrator.v1.TestTtsConfigResponse`. */
export interface TestTtsConfigResponse {
  success: boolean;
  config_id: string;
  provider: string;
  message: string;
  duration_ms: number;
}

/** `sacv.orchestrator.v1.PreviewTtsVoiceResponse`. */
export interface PreviewTtsVoiceResponse {
  audio: Uint8Array;
  codec: string;
  duration_ms: number;
  provider: string;
  voice: string;
  cached: boolean;
}

/** `sacv.orchestrator.v1.JianyingDraftPath`. */
export interface JianyingDraftPath {
  /** "" when unset. */
  path: string;
  exists: boolean;
  /** Where drafts go when a request names no draft_dir. */
  effective: string;
}

/** `sacv.orchestrator.v1.ProjectVideoChunkResponse`. */
export interface ProjectVideoChunkResponse {
  upload_id: string;
  chunk_index: number;
  chunk_size: number;
  uploaded_chunks: number;
  total_chunks: number;
}

/** `sacv.orchestrator.v1.CompleteProjectVideoUploadResponse`. */
export interface CompleteProjectVideoUploadResponse {
  video_path: string;
  file_name: string;
  size: number;
  upload_time: string;
  project: Project;
}

/** `sacv.orchestrator.v1.GetSubtitleResponse`. */
export interface GetSubtitleResponse {
  content: string;
  file_path: string;
  project: Project;
}
