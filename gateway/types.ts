// The orchestrator's proto messages under the names the gateway uses. They are generated from
// proto/ (see services/orchestrator/messages.ts); nothing here re-types a wire shape.

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
  UploadBgmResponse as UploadBgmMsg,
} from "../services/orchestrator/messages.ts";

export type {
  ProjectVideoChunkInit as ChunkHeaderMsg,
  SubmitTaskRequestInit as SubmitTaskRequest,
  TtsOptionsInit as TtsOptionsMsg,
  UpdateProjectRequestInit as UpdateProjectMsg,
  UpdateTtsConfigRequestInit as UpdateTtsConfigMsg,
} from "../services/orchestrator/messages.ts";
export type {
  ListProvidersResponse as ListProvidersMsg,
  ListVoicesResponse as ListVoicesMsg,
  ProviderInfo as ProviderInfoMsg,
} from "../services/tts/messages.ts";
