// One synthesis from request to result: validation, cache, gates (global then provider),
// the provider call and timing. Transport-free, so the gRPC handlers stay thin.
import { SacvError } from "../common/errors.ts";
import type { Logger } from "../common/log.ts";
import { cacheKey, ResultCache } from "./cache.ts";
import { credentialsFromWire } from "./credentials.ts";
import type { DiskCache } from "./disk_cache.ts";
import type { Gates } from "./gates.ts";
import type { SynthesizeRequestInit, SynthesizeResultInit } from "./messages.ts";
import { callProvider, DEFAULT_RETRY_POLICY, type RetryPolicy } from "./provider_call.ts";
import type { Codec, SynthesisInput, SynthesisOutput } from "./provider.ts";
import type { ProviderRegistry } from "./registry.ts";
import { toWireWords } from "./voices.ts";

/** Accepted speaking rates (ratio to normal). */
export const SPEED_RANGE = { min: 0.5, max: 2.5 } as const;
/** Accepted sample rates in Hz (0 means the provider's default). */
export const SAMPLE_RATE_RANGE = { min: 8_000, max: 48_000 } as const;
/** Longest text accepted in one request, in characters. */
export const MAX_TEXT_CHARS = 5_000;
const CODECS: readonly Codec[] = ["wav", "mp3", "pcm"];

function invalid(field: string, message: string, reason = "INVALID_FIELD"): SacvError {
  return new SacvError("INVALID_ARGUMENT", `${field}: ${message}`, {
    reason,
    details: { field },
  });
}

/** A result as the caches hold it: `fromDisk` when it was read from the disk cache. */
type Loaded = SynthesisOutput & { fromDisk?: boolean };

/** Options for {@linkcode Synthesizer}. */
export interface SynthesizerOptions {
  registry: ProviderRegistry;
  gates: Gates;
  /** In-memory result cache budget in bytes (0: no memory layer). */
  cacheBytes: number;
  /** Persistent result cache behind the memory layer; none when absent. */
  disk?: DiskCache;
  /** How failed provider calls are retried; default {@linkcode DEFAULT_RETRY_POLICY}. */
  retry?: RetryPolicy;
  /** Told how each synthesis that reached a provider's gates or cache ended (metrics). */
  observe?: (provider: string, seconds: number, outcome: "ok" | "cached" | "error") => void;
  logger: Logger;
}

/** Runs syntheses through cache and gates; see {@linkcode Synthesizer.synthesize}. */
export class Synthesizer {
  readonly registry: ProviderRegistry;
  readonly gates: Gates;
  readonly cache: ResultCache<Loaded>;
  /** The persistent layer behind {@linkcode Synthesizer.cache}, when configured. */
  readonly disk?: DiskCache;
  /** Lookups answered by memory, by disk, and by neither (the provider was called). */
  readonly cacheStats = { memoryHits: 0, diskHits: 0, misses: 0 };
  readonly retryPolicy: RetryPolicy;
  readonly #log: Logger;
  readonly #observe?: SynthesizerOptions["observe"];

  constructor(options: SynthesizerOptions) {
    this.registry = options.registry;
    this.gates = options.gates;
    this.retryPolicy = options.retry ?? DEFAULT_RETRY_POLICY;
    this.cache = new ResultCache({ maxBytes: options.cacheBytes, sizeOf: (o) => o.audio.length });
    this.disk = options.disk;
    this.#observe = options.observe;
    this.#log = options.logger;
  }

  /**
   * Validates `req` (errors name the field), answers from the memory or disk
   * cache when it can, else runs the provider holding a global and a provider slot,
   * retrying throttling and transient failures within the retry budget (see
   * {@linkcode callProvider}). Aborting `signal` rejects with CANCELLED and
   * frees the slots at once. A cached result reports 0 attempts.
   */
  async synthesize(req: SynthesizeRequestInit, signal: AbortSignal): Promise<SynthesizeResultInit> {
    const started = performance.now();
    const provider = this.registry.get(req.provider ?? "");
    const credentials = credentialsFromWire(req.credentials);
    const available = provider.availability(credentials);
    if (!available.ok) {
      throw new SacvError(
        "FAILED_PRECONDITION",
        `provider '${provider.name}' is not available: ${available.reason ?? "unknown reason"}`,
        { reason: "PROVIDER_UNAVAILABLE", details: { field: "provider" } },
      );
    }
    const input = this.#input(req, provider.name, {
      voice: provider.defaultVoice,
      sampleRate: provider.defaultSampleRate,
      codecs: provider.codecs,
    });
    input.credentials = credentials;
    // Credentials never enter the key; a provider may add what else decides the audio.
    const scope = provider.cacheScope?.(credentials);
    const key = await cacheKey({
      provider: provider.name,
      voice: input.voice,
      speed: input.speed,
      codec: input.codec,
      sampleRate: input.sampleRate,
      text: input.text,
      options: scope ? { ...input.options, "sacv.scope": scope } : input.options,
    });
    const call = (s: AbortSignal) =>
      callProvider(this.gates, provider, input, s, {
        policy: this.retryPolicy,
        logger: this.#log,
        requestId: req.request_id,
      });
    const useCache = !req.no_cache && (this.cache.maxBytes > 0 || this.disk !== undefined);
    let output: Loaded;
    let cached: boolean;
    try {
      ({ output, cached } = useCache
        ? await this.#cached(key, signal, call)
        : { output: await call(signal), cached: false });
    } catch (err) {
      this.#observe?.(provider.name, (performance.now() - started) / 1000, "error");
      throw err;
    }
    this.#observe?.(provider.name, (performance.now() - started) / 1000, cached ? "cached" : "ok");
    this.#log.debug("synthesized", {
      request_id: req.request_id ?? "",
      provider: provider.name,
      cached,
      attempts: output.attempts,
      duration_ms: output.durationMs,
      elapsed_ms: Math.round(performance.now() - started),
    });
    return {
      request_id: req.request_id ?? "",
      audio: output.audio,
      codec: output.codec,
      sample_rate: output.sampleRate,
      duration_ms: output.durationMs,
      provider: provider.name,
      attempts: cached ? 0 : output.attempts,
      cached,
      voice: output.voice ?? input.voice,
      chunks: output.chunks,
      words: toWireWords(output.words),
    };
  }

  /**
   * Changes limits live (see {@linkcode Gates.resize}; in shared mode for every
   * replica) and tells each named provider its new limit so it can size its
   * own resources.
   */
  async setLimits(
    global: number | undefined,
    providers: Record<string, number> = {},
  ): Promise<void> {
    await this.gates.resize(global, providers);
    for (const [name, limit] of Object.entries(providers)) {
      this.registry.get(name).setLimit?.(limit);
    }
  }

  /** The result from memory, else from disk or the provider, shared by identical callers. */
  async #cached(
    key: string,
    signal: AbortSignal,
    call: (signal: AbortSignal) => Promise<SynthesisOutput>,
  ): Promise<{ output: Loaded; cached: boolean }> {
    const hit = this.cache.get(key);
    if (hit) {
      this.cacheStats.memoryHits++;
      return { output: hit, cached: true };
    }
    const { value, joined } = await this.cache.shared(key, signal, (s) => this.#load(key, s, call));
    if (!joined) this.cache.set(key, value);
    return { output: value, cached: joined || value.fromDisk === true };
  }

  /** The result from the disk cache, else from the provider (then written to disk before use). */
  async #load(
    key: string,
    signal: AbortSignal,
    call: (signal: AbortSignal) => Promise<SynthesisOutput>,
  ): Promise<Loaded> {
    if (this.disk) {
      const stored = await this.disk.get(key).catch((error) => {
        this.#log.warn("tts disk cache read failed", { key, error });
        return undefined;
      });
      if (stored) {
        this.cacheStats.diskHits++;
        return { ...stored, attempts: 0, fromDisk: true };
      }
    }
    this.cacheStats.misses++;
    const output = await call(signal);
    // Persisted before anyone gets it, so a restart never pays for it again.
    await this.disk?.set(key, output).catch((error) =>
      this.#log.warn("tts disk cache write failed", { key, error })
    );
    return output;
  }

  #input(
    req: SynthesizeRequestInit,
    providerName: string,
    defaults: { voice: string; sampleRate: number; codecs: readonly Codec[] },
  ): SynthesisInput {
    const text = (req.text ?? "").trim();
    if (text === "") throw invalid("text", "must not be empty", "EMPTY_TEXT");
    if ([...text].length > MAX_TEXT_CHARS) {
      throw invalid("text", `must be at most ${MAX_TEXT_CHARS} characters`, "TEXT_TOO_LONG");
    }
    const speed = req.speed || 1;
    if (!Number.isFinite(speed) || speed < SPEED_RANGE.min || speed > SPEED_RANGE.max) {
      throw invalid(
        "speed",
        `must be from ${SPEED_RANGE.min} to ${SPEED_RANGE.max} (or 0 for 1.0): current value is ${speed}`,
      );
    }
    const codec = (req.codec || "wav") as Codec;
    if (!CODECS.includes(codec)) {
      throw invalid("codec", `must be wav, mp3 or pcm: current value is ${req.codec}`);
    }
    if (!defaults.codecs.includes(codec)) {
      throw invalid(
        "codec",
        `provider '${providerName}' cannot produce ${codec} (it offers ${
          defaults.codecs.join(", ")
        })`,
        "UNSUPPORTED_CODEC",
      );
    }
    const sampleRate = req.sample_rate || defaults.sampleRate;
    if (
      !Number.isInteger(sampleRate) || sampleRate < SAMPLE_RATE_RANGE.min ||
      sampleRate > SAMPLE_RATE_RANGE.max
    ) {
      throw invalid(
        "sample_rate",
        `must be an integer from ${SAMPLE_RATE_RANGE.min} to ${SAMPLE_RATE_RANGE.max} Hz (or 0 for the provider's default): current value is ${sampleRate}`,
      );
    }
    return {
      text,
      voice: req.voice || defaults.voice,
      speed,
      codec,
      sampleRate,
      options: { ...(req.options ?? {}) },
    };
  }
}
