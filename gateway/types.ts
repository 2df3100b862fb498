// The orchestrator's proto messages as the gateway receives them (proto-loader: snake_case, defaults on).
// Shapes shared with the orchestrator are defined once in services/orchestrator/messages.ts and
// re-exported here under the names the gateway uses.

export type {
  CheckReadyResponse as CheckReadyMsg,
  CompleteProjectVideoUploadResponse as CompleteUploadMsg,
  ConcurrencyState as ConcurrencyStateMsg,
  ErrorDetail as ErrorDetailMsg,
  Event as EventMsg,
  FileChunk as FileChunkMsg,
  GetSubtitleResponse as SubtitleMsg,
  JianyingDraftPath as JianyingDraftPathMsg,
  ListTtsConfigsResponse as TtsConfigsMsg,
  PreviewTtsVoiceResponse as PreviewMsg,
  Project as ProjectMsg,
  ProjectVideoChunkResponse as ChunkMsg,
  ScopeConfigPatch,
  Task as TaskMsg,
  TaskSegment as TaskSegmentMsg,
  TestTtsConfigResponse as TestTtsMsg,
  TtsConfig as TtsConfigMsg,
} from "../services/orchestrator/messages.ts";

/** `sacv.orchestrator.v1.UpdateProjectRequest` (unset fields unchanged). */
export interface UpdateProjectMsg {
  project_id: string;
  name?: string;
  description?: string;
  narration_type?: string;
  project_type?: string;
  status?: string;
  video_path?: string;
  video_paths?: { values: string[] };
  merged_video_path?: string;
  script_json?: string;
  /** A JSON object merged into the project's extras (null removes a key). */
  extra_json?: string;
}

/** `sacv.orchestrator.v1.UpdateTtsConfigRequest` (unset fields unchanged). */
export interface UpdateTtsConfigMsg {
  config_id: string;
  provider?: string;
  secret_id?: string;
  secret_key?: string;
  region?: string;
  description?: string;
  enabled?: boolean;
  active_voice_id?: string;
  speed_ratio?: number;
  extra_params_json?: string;
  api_key?: string;
  base_url?: string;
}

/** The header of one chunk of a chunked upload (`ProjectVideoChunk`, first message). */
export interface ChunkHeaderMsg {
  project_id: string;
  upload_id: string;
  chunk_index: number;
  total_chunks: number;
  file_name: string;
  file_size: number;
  max_bytes: number;
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

/** `sacv.tts.v1.ProviderInfo`. */
export interface ProviderInfoMsg {
  name: string;
  available: boolean;
  unavailable_reason: string;
  limit: number;
  in_flight: number;
  default_voice: string;
  voices: { id: string; name: string; language: string }[];
  codecs: string[];
  is_default: boolean;
  [key: string]: unknown;
}

/** `sacv.tts.v1.ListProvidersResponse`. */
export interface ListProvidersMsg {
  providers: ProviderInfoMsg[];
  default_provider: string;
}
