// The orchestrator's proto messages as the gateway receives them (proto-loader: snake_case, defaults on).

/** `sacv.common.v1.ErrorDetail`. */
export interface ErrorDetailMsg {
  code: string;
  reason: string;
  message: string;
  segment_id: string;
  index: number;
  stage: string;
  provider: string;
}

/** `sacv.orchestrator.v1.Project`. */
export interface ProjectMsg {
  id: string;
  name: string;
  video_path: string;
  script_json: string;
  output_video_path: string;
  jianying_draft_dirs: string[];
  created_at: string;
  updated_at: string;
}

/** `sacv.orchestrator.v1.TaskSegment`. */
export interface TaskSegmentMsg {
  segment_id: string;
  index: number;
  kind: string;
  status: string;
  strategy: string;
  provider: string;
  attempts: number;
  duration: number;
  tts_duration: number;
  error: string;
}

/** `sacv.orchestrator.v1.Task`. */
export interface TaskMsg {
  task_id: string;
  project_id: string;
  scope: string;
  status: string;
  progress: number;
  phase: string;
  message: string;
  error?: ErrorDetailMsg | null;
  file_path: string;
  created_at: string;
  started_at: string;
  finished_at: string;
  segments: TaskSegmentMsg[];
}

/** `sacv.orchestrator.v1.Event`. */
export interface EventMsg {
  type: string;
  scope: string;
  project_id: string;
  task_id: string;
  phase: string;
  status: string;
  progress: number;
  message: string;
  timestamp: string;
  data_json: string;
}

/** `sacv.orchestrator.v1.ConcurrencyState`. */
export interface ConcurrencyStateMsg {
  config: Record<string, { max_workers: number; override: boolean }>;
  effective: Record<string, { max_workers: number; source: string }>;
}

/** `sacv.orchestrator.v1.ScopeConfigPatch` (unset optional fields are omitted). */
export interface ScopeConfigPatch {
  max_workers?: number;
  override?: boolean;
}

/** `sacv.common.v1.TtsOptions`. */
export interface TtsOptionsMsg {
  provider: string;
  voice: string;
  speed: number;
  /** Provider-specific knobs (e.g. the fake provider's latency_ms). */
  options?: Record<string, string>;
}

/** `sacv.orchestrator.v1.SubmitTaskRequest`. */
export interface SubmitTaskRequest {
  project_id: string;
  scope: string;
  tts?: TtsOptionsMsg;
  draft_dir?: string;
  overflow?: string;
}

/** `sacv.orchestrator.v1.FileChunk`. */
export interface FileChunkMsg {
  data: Uint8Array;
  total_size: number;
  offset: number;
  filename: string;
}

/** `sacv.orchestrator.v1.CheckReadyResponse`. */
export interface CheckReadyMsg {
  ready: boolean;
  dependencies: { name: string; ready: boolean; detail: string }[];
}

/** `sacv.tts.v1.ListProvidersResponse` (fields passed through as they come). */
export interface ListProvidersMsg {
  providers: Record<string, unknown>[];
  default_provider: string;
}
