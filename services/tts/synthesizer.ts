// One synthesis from request to result: validation, cache, gates (global then provider),
// the provider call and timing. Transport-free, so the gRPC handlers stay thin.
import { SacvError } from "../common/errors.ts";
import type { Logger } from "../common/log.ts";
import { cacheKey, ResultCache } from "./cache.ts";
import { credentialsFromWire } from "./credentials.ts";
import type { TtsGates } from "./gates.ts";
import type { SynthesizeRequestInit, SynthesizeResultInit } from "./messages.ts";
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

/** Options for {@linkcode Synthesizer}. */
export interface SynthesizerOptions {
  registry: ProviderRegistry;
  gates: TtsGates;
  /** Result cache budget in bytes (0 disables caching). */
  cacheBytes: number;
  logger: Logger;
}

/** Runs syntheses through cache and gates; see {@linkcode Synthesizer.synthesize}. */
export class Synthesizer {
  readonly registry: ProviderRegistry;
  readonly gates: TtsGates;
  readonly cache: ResultCache<SynthesisOutput>;
  readonly #log: Logger;

  constructor(options: SynthesizerOptions) {
    this.registry = options.registry;
    this.gates = options.gates;
    this.cache = new ResultCache({ maxBytes: options.cacheBytes, sizeOf: (o) => o.audio.length });
    this.#log = options.logger;
  }

  /**
   * Validates `req` (errors name the field), answers from the cache when it
   * can, else runs the provider holding a global and a provider slot.
   * Aborting `signal` rejects with CANCELLED and frees the slots at once.
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
    const useCache = !req.no_cache && this.cache.maxBytes > 0;
    let output = useCache ? this.cache.get(key) : undefined;
    let cached = output !== undefined;
    if (!output) {
      const call = (s: AbortSignal) =>
        this.gates.run(provider.name, s, (inner) => provider.synthesize(input, inner));
      if (useCache) {
        const { value, joined } = await this.cache.shared(key, signal, call);
        if (!joined) this.cache.set(key, value);
        output = value;
        cached = joined;
      } else {
        output = await call(signal);
      }
    }
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
      attempts: output.attempts,
      cached,
      voice: output.voice ?? input.voice,
      chunks: output.chunks,
      words: toWireWords(output.words),
    };
  }

  /**
   * Changes limits live (see {@linkcode TtsGates.resize}) and tells each named
   * provider its new limit so it can size its own resources.
   */
  setLimits(global: number | undefined, providers: Record<string, number> = {}): void {
    this.gates.resize(global, providers);
    for (const [name, limit] of Object.entries(providers)) {
      this.registry.get(name).setLimit?.(limit);
    }
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
