// The contract every TTS provider implements; the service wraps calls in gates, cache and timing.

/** Audio encodings a provider may return. `pcm` is signed 16-bit little-endian mono. */
export type Codec = "wav" | "mp3" | "pcm";

/** A voice a provider offers. */
export interface VoiceInfo {
  id: string;
  name: string;
  /** BCP-47-ish language tag, e.g. `zh-CN`, `en-US`. */
  language: string;
  /** `female`, `male`, or absent when the provider does not say. */
  gender?: "female" | "male";
  /** A sentence to preview the voice with; absent means the language's default sample. */
  sampleText?: string;
}

/** When a word is spoken, in ms from the start of the returned audio. */
export interface WordTiming {
  text: string;
  startMs: number;
  endMs: number;
}

/**
 * Credentials a caller supplied for one request, used instead of the
 * environment's. Never logged and never part of a cache key.
 */
export interface ProviderCredentials {
  secretId?: string;
  secretKey?: string;
  sessionToken?: string;
  region?: string;
  apiKey?: string;
  baseUrl?: string;
}

/** Options for {@linkcode TtsProvider.listVoices}. */
export interface ListVoicesOptions {
  signal: AbortSignal;
  credentials?: ProviderCredentials;
}

/** A provider's voice list and where it came from. */
export interface VoiceList {
  voices: readonly VoiceInfo[];
  /** `service`: asked the provider live; `builtin`: our own table. */
  source: "service" | "builtin";
}

/** One synthesis as the service hands it to a provider (defaults already applied). */
export interface SynthesisInput {
  text: string;
  voice: string;
  /** Speaking rate as a ratio, 1 = normal. */
  speed: number;
  codec: Codec;
  sampleRate: number;
  /** Provider-specific knobs from the request's `options` map. */
  options: Record<string, string>;
  /** Per-request credentials; absent means the provider's configured ones. */
  credentials?: ProviderCredentials;
}

/** What a provider returns. */
export interface SynthesisOutput {
  audio: Uint8Array;
  codec: Codec;
  sampleRate: number;
  durationMs: number;
  /** Provider calls made including retries (1 when the first call succeeded). */
  attempts: number;
  /** Pieces the text was split into (1 when not split). */
  chunks: number;
  /** The voice actually used, when the provider resolved the requested one (e.g. `auto`). */
  voice?: string;
  /** Word timings, from providers that report them. */
  words?: WordTiming[];
}

/**
 * What a provider sees of the service's retries of one synthesis. The service
 * retries retryable failures by calling `synthesize` again with the same
 * input and the same `memo`, so a provider that makes several billed calls
 * per synthesis (text split into pieces) can keep the finished ones there and
 * not pay for them twice. Store only results already checked to be usable.
 */
export interface SynthesisContext {
  /** 1 for the first call of this synthesis. */
  attempt: number;
  /** Survives from one attempt of this synthesis to the next; empty at first. */
  memo: Map<string, unknown>;
}

/** Whether a provider can work here, and why not. */
export interface Availability {
  ok: boolean;
  reason?: string;
}

/**
 * A speech synthesis backend. Implementations classify their failures as
 * `SacvError` with the provider's code as `reason`: throttling is
 * `RESOURCE_EXHAUSTED` retryable, transient failures (network, 5xx, audio
 * that does not decode) `UNAVAILABLE` retryable, anything else (auth,
 * parameters, unsupported) not retryable. They do not retry by themselves:
 * the service retries above every provider, releasing its slots while it
 * waits, and adapts the provider's concurrency to throttling. They stop
 * promptly when `signal` aborts.
 */
export interface TtsProvider {
  readonly name: string;
  /** Concurrency limit when neither env nor SetLimits names one. */
  readonly defaultLimit: number;
  readonly defaultVoice: string;
  readonly defaultSampleRate: number;
  readonly voices: readonly VoiceInfo[];
  readonly codecs: readonly Codec[];
  /** Whether it can work here; `credentials` are a request's own, which may make it so. */
  availability(credentials?: ProviderCredentials): Availability;
  synthesize(
    input: SynthesisInput,
    signal: AbortSignal,
    context?: SynthesisContext,
  ): Promise<SynthesisOutput>;
  /** The voice list, asked live where the provider has one; default: {@linkcode voices}. */
  listVoices?(options: ListVoicesOptions): Promise<VoiceList>;
  /**
   * What, besides the request fields, decides the audio (e.g. a hash of the
   * server a base URL names), for the cache key; never a secret itself.
   */
  cacheScope?(credentials?: ProviderCredentials): string;
  /** Told when its concurrency limit changes live, to size its own resources; optional. */
  setLimit?(limit: number): void;
  /** Releases what the provider holds (workers, connections); optional. */
  close?(): void | Promise<void>;
}
