// The orchestrator's proto messages under the names the gateway uses. They are generated from
// proto/ (see services/orchestrator/messages.ts); nothing here re-types a wire shape.

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

export type {
  SubmitTaskRequestInit as SubmitTaskRequest,
  TtsOptionsInit as TtsOptionsMsg,
} from "../services/orchestrator/messages.ts";
export type { ListProvidersResponse as ListProvidersMsg } from "../services/tts/messages.ts";
