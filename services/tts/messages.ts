// The sacv.tts.v1 wire types, generated from proto/sacv/tts/v1/tts.proto into proto/gen
// (`deno task proto:gen`; CI fails when they drift). `X` is a message as a receiver gets it
// from proto-loader (snake_case, defaults filled: `X__Output` in the generated files);
// `XInit` is what a sender builds (requests: the required fields plus any others; results:
// proto-loader's permissive input shape).
import type { Outgoing } from "../common/proto.ts";
import type { SynthesizeRequest__Output } from "../../proto/gen/sacv/tts/v1/SynthesizeRequest.ts";
import type { SetLimitsRequest__Output } from "../../proto/gen/sacv/tts/v1/SetLimitsRequest.ts";

export type { GetLimitsRequest__Output as GetLimitsRequest } from "../../proto/gen/sacv/tts/v1/GetLimitsRequest.ts";
export type {
  ItemError as ItemErrorInit,
  ItemError__Output as ItemError,
} from "../../proto/gen/sacv/tts/v1/ItemError.ts";
export type {
  Limits as LimitsInit,
  Limits__Output as Limits,
} from "../../proto/gen/sacv/tts/v1/Limits.ts";
export type { ListProvidersRequest__Output as ListProvidersRequest } from "../../proto/gen/sacv/tts/v1/ListProvidersRequest.ts";
export type {
  ListProvidersResponse as ListProvidersResponseInit,
  ListProvidersResponse__Output as ListProvidersResponse,
} from "../../proto/gen/sacv/tts/v1/ListProvidersResponse.ts";
export type { ProviderInfo__Output as ProviderInfo } from "../../proto/gen/sacv/tts/v1/ProviderInfo.ts";
export type { ProviderLimit__Output as ProviderLimit } from "../../proto/gen/sacv/tts/v1/ProviderLimit.ts";
export type { SetLimitsRequest__Output as SetLimitsRequest } from "../../proto/gen/sacv/tts/v1/SetLimitsRequest.ts";
export type { SynthesizeRequest__Output as SynthesizeRequest } from "../../proto/gen/sacv/tts/v1/SynthesizeRequest.ts";
export type {
  SynthesizeResult as SynthesizeResultInit,
  SynthesizeResult__Output as SynthesizeResult,
} from "../../proto/gen/sacv/tts/v1/SynthesizeResult.ts";
export type {
  SynthesizeStreamResponse as SynthesizeStreamResponseInit,
  SynthesizeStreamResponse__Output as SynthesizeStreamResponse,
} from "../../proto/gen/sacv/tts/v1/SynthesizeStreamResponse.ts";
export type { Voice__Output as Voice } from "../../proto/gen/sacv/tts/v1/Voice.ts";

/** `SynthesizeRequest` as a caller builds it. */
export type SynthesizeRequestInit = Outgoing<
  SynthesizeRequest__Output,
  "text"
>;
/** `SetLimitsRequest` as a caller builds it. */
export type SetLimitsRequestInit = Outgoing<
  SetLimitsRequest__Output,
  never
>;
export type {
  ProviderCredentials as ProviderCredentialsInit,
  ProviderCredentials__Output as ProviderCredentials,
} from "../../proto/gen/sacv/tts/v1/ProviderCredentials.ts";
export type {
  WordTiming as WordTimingInit,
  WordTiming__Output as WordTiming,
} from "../../proto/gen/sacv/tts/v1/WordTiming.ts";
export type { ListVoicesRequest__Output as ListVoicesRequest } from "../../proto/gen/sacv/tts/v1/ListVoicesRequest.ts";
export type {
  ListVoicesResponse as ListVoicesResponseInit,
  ListVoicesResponse__Output as ListVoicesResponse,
} from "../../proto/gen/sacv/tts/v1/ListVoicesResponse.ts";
export type { PreviewVoiceRequest__Output as PreviewVoiceRequest } from "../../proto/gen/sacv/tts/v1/PreviewVoiceRequest.ts";
