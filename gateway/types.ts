// The orchestrator's proto messages as the gateway receives them (proto-loader: snake_case, defaults on).
// Shapes shared with the orchestrator are defined once in services/orchestrator/messages.ts and
// re-exported here under the names the gateway uses.

export type {
  CheckReadyResponse as CheckReadyMsg,
  ConcurrencyState as ConcurrencyStateMsg,
  ErrorDetail as ErrorDetailMsg,
  Event as EventMsg,
  FileChunk as FileChunkMsg,
  Project as ProjectMsg,
  ScopeConfigPatch,
  Task as TaskMsg,
  TaskSegment as TaskSegmentMsg,
} from "../services/orchestrator/messages.ts";

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

/** `sacv.tts.v1.ListProvidersResponse` (fields passed through as they come). */
export interface ListProvidersMsg {
  providers: Record<string, unknown>[];
  default_provider: string;
}
