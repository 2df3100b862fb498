// Wire shapes of sacv.tts.v1 messages as proto-loader delivers them (snake_case, defaults filled).
// The one TypeScript definition of proto/sacv/tts/v1/tts.proto, shared by the TTS service,
// its test client and the orchestrator's TTS client. Request fields marked optional may be
// omitted by a sender; the receiver sees the proto3 default (0, "", false or {}) in their place.

/** `sacv.tts.v1.SynthesizeRequest`: one synthesis. */
export interface SynthesizeRequest {
  /** Caller's id for the item, echoed in the result (required on streams). */
  request_id?: string;
  text: string;
  /** Empty means SACV_TTS_DEFAULT_PROVIDER. */
  provider?: string;
  voice?: string;
  /** Speaking rate as a ratio, 1.0 normal; 0 means 1.0. */
  speed?: number;
  /** "wav" (default), "mp3" or "pcm" (signed 16-bit little-endian mono). */
  codec?: string;
  /** 0 means the provider's default rate. */
  sample_rate?: number;
  /** Provider-specific knobs (the fake provider reads latency_ms, fail, ...). */
  options?: Record<string, string>;
  /** Skip the result cache for this item. */
  no_cache?: boolean;
}

/** `sacv.tts.v1.SynthesizeResult`: a finished synthesis. */
export interface SynthesizeResult {
  request_id: string;
  audio: Uint8Array;
  /** "wav", "mp3" or "pcm". */
  codec: string;
  sample_rate: number;
  duration_ms: number;
  provider: string;
  attempts: number;
  cached: boolean;
  voice: string;
  /** Number of provider calls the text was split into. */
  chunks: number;
}

/** `sacv.tts.v1.ItemError`: a per-item failure on a stream (the stream itself goes on). */
export interface ItemError {
  request_id: string;
  /** gRPC status name, e.g. "RESOURCE_EXHAUSTED", "INVALID_ARGUMENT". */
  code: string;
  /** Machine-readable reason, e.g. the provider's error code. */
  reason: string;
  message: string;
  provider: string;
  attempts: number;
  retryable: boolean;
}

/** `sacv.tts.v1.SynthesizeStreamResponse`: oneof `item` is a result or an error. */
export interface SynthesizeStreamResponse {
  /** Which member of the oneof is set. */
  item?: "result" | "error";
  result?: SynthesizeResult | null;
  error?: ItemError | null;
}

/** `sacv.tts.v1.GetLimitsRequest` (no fields). */
export type GetLimitsRequest = Record<string, never>;

/** `sacv.tts.v1.ProviderLimit`: one provider's gate limit and load. */
export interface ProviderLimit {
  provider: string;
  /** The configured limit. */
  limit: number;
  in_flight: number;
  queued: number;
  /** The limit in force now (lowered on throttling, climbing back to `limit`). */
  effective_limit: number;
  /** Provider calls that failed with throttling, since start. */
  throttles: number;
  /** Provider calls started again after a retryable failure, since start. */
  retries: number;
}

/** `sacv.tts.v1.Limits`: the service's gates. */
export interface Limits {
  global_limit: number;
  global_in_flight: number;
  global_queued: number;
  providers: ProviderLimit[];
}

/** `sacv.tts.v1.SetLimitsRequest`: live limit changes. */
export interface SetLimitsRequest {
  /** 0 leaves the global limit unchanged. */
  global_limit: number;
  /** Provider name to its new limit; providers not named are unchanged. */
  provider_limits: Record<string, number>;
}

/** `sacv.tts.v1.ListProvidersRequest` (no fields). */
export type ListProvidersRequest = Record<string, never>;

/** `sacv.tts.v1.Voice`: a voice a provider offers. */
export interface Voice {
  id: string;
  name: string;
  language: string;
}

/** `sacv.tts.v1.ProviderInfo`: a provider as ListProviders describes it. */
export interface ProviderInfo {
  name: string;
  /** False when the provider cannot work here (e.g. no credentials). */
  available: boolean;
  unavailable_reason: string;
  limit: number;
  in_flight: number;
  default_voice: string;
  voices: Voice[];
  codecs: string[];
  is_default: boolean;
  /** The limit in force now; `limit` is the configured one. */
  effective_limit: number;
  queued: number;
  throttles: number;
  retries: number;
}

/** `sacv.tts.v1.ListProvidersResponse`: every provider, the default's name and the global gate. */
export interface ListProvidersResponse {
  providers: ProviderInfo[];
  default_provider: string;
  global_limit: number;
  global_in_flight: number;
  global_queued: number;
}
