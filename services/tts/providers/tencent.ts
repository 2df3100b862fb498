// Tencent Cloud TextToVoice (2019-08-23) as a TtsProvider: splitting, classified retries, joining.
import * as http from "node:http";
import * as https from "node:https";
import * as tencentcloud from "tencentcloud-sdk-nodejs-tts";
import { CancelledError, SacvError } from "../../common/errors.ts";
import type { Logger } from "../../common/log.ts";
import type {
  Availability,
  Codec,
  SynthesisContext,
  SynthesisInput,
  SynthesisOutput,
  TtsProvider,
  VoiceInfo,
} from "../provider.ts";
import { retry, RetryError, validateRetryOptions } from "../retry.ts";
import { splitText, tencentTextLimit } from "../text_split.ts";
import { joinAudio } from "./tencent_audio.ts";
import { classifyTencentError, isRetriableTencentError, tencentCode } from "./tencent_errors.ts";

const Client = tencentcloud.tts.v20190823.Client;
type TencentClient = InstanceType<typeof Client>;

/** Options for {@linkcode createTencentProvider}. */
export interface TencentOptions {
  secretId?: string;
  secretKey?: string;
  /** e.g. `ap-guangzhou`. */
  region: string;
  /** API host[:port], e.g. `tts.tencentcloudapi.com` or an emulator's `127.0.0.1:PORT`. */
  endpoint: string;
  protocol: "https://" | "http://";
  /** Concurrency limit when neither env nor SetLimits names one. Default 20 (the account default). */
  limit?: number;
  /** Backoff for retriable failures; see `retry.ts`. Defaults: 4 attempts, 250 ms, 4000 ms. */
  retry?: { maxAttempts?: number; minDelayMs?: number; maxDelayMs?: number };
  /** Where retries are logged; silent when absent. */
  logger?: Logger;
}

/**
 * A few of Tencent's public basic voices (VoiceType ids from Tencent's voice list).
 * Any numeric VoiceType is accepted; these are what ListProviders shows.
 */
export const TENCENT_VOICES: readonly VoiceInfo[] = [
  { id: "101001", name: "智瑜 (female, emotional)", language: "zh-CN" },
  { id: "101002", name: "智聆 (female, general)", language: "zh-CN" },
  { id: "101003", name: "智美 (female, customer service)", language: "zh-CN" },
  { id: "101004", name: "智云 (male, general)", language: "zh-CN" },
  { id: "101005", name: "智莉 (female, general)", language: "zh-CN" },
  { id: "101050", name: "WeJack (English male)", language: "en-US" },
  { id: "101051", name: "WeRose (English female)", language: "en-US" },
];

const SAMPLE_RATES = [8000, 16000, 24000];
const CODECS: readonly Codec[] = ["wav", "mp3", "pcm"];

// Tencent's documented Speed levels and the rate each gives; between them Tencent
// accepts two decimals, so a ratio maps onto the line between its neighbours.
const SPEED_POINTS: readonly (readonly [level: number, ratio: number])[] = [
  [-2, 0.6],
  [-1, 0.8],
  [0, 1.0],
  [1, 1.2],
  [2, 1.5],
  [6, 2.5],
];

/**
 * Maps a speaking-rate ratio (1 = normal) to Tencent's `Speed` level by linear
 * interpolation between the documented points (-2 = 0.6x, -1 = 0.8x, 0 = 1x,
 * 1 = 1.2x, 2 = 1.5x, 6 = 2.5x), rounded to two decimals and clamped to [-2, 6].
 *
 * @example
 * ```ts
 * speedToTencentLevel(1.2); // 1
 * speedToTencentLevel(1.1); // 0.5
 * speedToTencentLevel(2.0); // 4
 * ```
 */
export function speedToTencentLevel(ratio: number): number {
  if (!Number.isFinite(ratio) || ratio <= 0) {
    throw new SacvError("INVALID_ARGUMENT", `speed must be a positive number: got ${ratio}`, {
      reason: "INVALID_SPEED",
      details: { field: "speed" },
    });
  }
  const first = SPEED_POINTS[0];
  const last = SPEED_POINTS[SPEED_POINTS.length - 1];
  if (ratio <= first[1]) return first[0];
  if (ratio >= last[1]) return last[0];
  for (let i = 1; i < SPEED_POINTS.length; i++) {
    const [l1, r1] = SPEED_POINTS[i];
    if (ratio <= r1) {
      const [l0, r0] = SPEED_POINTS[i - 1];
      const level = l0 + ((ratio - r0) / (r1 - r0)) * (l1 - l0);
      return Math.round(level * 100) / 100 || 0;
    }
  }
  return last[0];
}

function invalid(field: string, message: string): SacvError {
  return new SacvError("INVALID_ARGUMENT", message, {
    reason: `INVALID_${field.toUpperCase()}`,
    details: { field, provider: "tencent" },
  });
}

/** Validates the input and builds the TextToVoice parameters shared by every piece. */
function baseRequest(input: SynthesisInput): Record<string, string | number> {
  if (!/^\d{1,12}$/.test(input.voice)) {
    throw invalid("voice", `tencent voice must be a numeric VoiceType: got "${input.voice}"`);
  }
  if (!CODECS.includes(input.codec)) {
    throw invalid("codec", `tencent codec must be one of ${CODECS.join("/")}: got ${input.codec}`);
  }
  if (!SAMPLE_RATES.includes(input.sampleRate)) {
    throw invalid(
      "sample_rate",
      `tencent sample_rate must be one of ${SAMPLE_RATES.join("/")}: got ${input.sampleRate}`,
    );
  }
  const voice = TENCENT_VOICES.find((v) => v.id === input.voice);
  const english = voice?.language.startsWith("en") ?? false;
  const req: Record<string, string | number> = {
    VoiceType: Number(input.voice),
    Speed: speedToTencentLevel(input.speed),
    Codec: input.codec,
    SampleRate: input.sampleRate,
    PrimaryLanguage: english ? 2 : 1,
  };
  const numeric = (key: string, param: string, min: number, max: number) => {
    const raw = input.options[key];
    if (raw === undefined) return;
    const n = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(n) || n < min || n > max) {
      throw invalid(
        key,
        `tencent option ${key} must be a number in [${min}, ${max}]: got "${raw}"`,
      );
    }
    req[param] = n;
  };
  numeric("volume", "Volume", -10, 10);
  numeric("primary_language", "PrimaryLanguage", 1, 2);
  numeric("emotion_intensity", "EmotionIntensity", 50, 200);
  if (input.options.emotion) req.EmotionCategory = input.options.emotion;
  return req;
}

/** Rejects with a CancelledError as soon as `signal` aborts, else settles like `promise`. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new CancelledError("tencent synthesis cancelled"));
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * Creates the Tencent provider. Each synthesis splits the text to Tencent's
 * limits, calls TextToVoice once per piece (serially, so one synthesis holds
 * one concurrency slot), retries throttling/internal/network failures with
 * jittered exponential backoff, and joins the pieces' audio.
 *
 * @example
 * ```ts
 * const tencent = createTencentProvider({
 *   secretId, secretKey, region: "ap-guangzhou",
 *   endpoint: "tts.tencentcloudapi.com", protocol: "https://",
 * });
 * ```
 */
export function createTencentProvider(options: TencentOptions): TtsProvider {
  const retryOptions = {
    maxAttempts: options.retry?.maxAttempts ?? 4,
    minDelayMs: options.retry?.minDelayMs ?? 250,
    maxDelayMs: options.retry?.maxDelayMs ?? 4000,
  };
  // Fail at construction, not on the first call, when the retry options are nonsense.
  validateRetryOptions(retryOptions);
  let client: TencentClient | undefined;
  const getClient = () =>
    client ??= new Client({
      credential: { secretId: options.secretId, secretKey: options.secretKey },
      region: options.region,
      profile: {
        httpProfile: {
          endpoint: options.endpoint,
          protocol: options.protocol,
          // A fresh connection per call: under Deno, aborting a request on a kept-alive
          // socket leaves the socket (and Tencent's work) running; a closed one stops both.
          agent: options.protocol === "http://"
            ? new http.Agent({ keepAlive: false })
            : new https.Agent({ keepAlive: false }),
        },
      },
    });

  const availability = (): Availability =>
    options.secretId && options.secretKey
      ? { ok: true }
      : { ok: false, reason: "TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY not set" };

  async function synthesizePiece(
    text: string,
    base: Record<string, string | number>,
    signal: AbortSignal,
    earlierAttempts: number,
  ): Promise<{ audio: Uint8Array; attempts: number }> {
    try {
      const { value, attempts } = await retry(async () => {
        const call = getClient().request(
          "TextToVoice",
          { ...base, Text: text, SessionId: crypto.randomUUID() },
          { signal },
        ) as Promise<{ Audio?: string }>;
        const res = await raceAbort(call, signal);
        if (typeof res?.Audio !== "string" || res.Audio === "") {
          throw new SacvError("UNAVAILABLE", "tencent: response has no Audio", {
            reason: "EMPTY_AUDIO",
            retryable: true,
          });
        }
        const audio = Uint8Array.from(atob(res.Audio), (c) => c.charCodeAt(0));
        // Decoding is part of the call: audio that does not decode is retried like a failed call.
        joinAudio(base.Codec as Codec, [audio], Number(base.SampleRate));
        return audio;
      }, {
        ...retryOptions,
        signal,
        isRetriable: isRetriableTencentError,
        onRetry: ({ attempt, error, delayMs }) =>
          options.logger?.warn("tencent call failed, retrying", {
            provider: "tencent",
            attempt,
            delay_ms: delayMs,
            code: tencentCode(error),
          }),
      });
      return { audio: value, attempts };
    } catch (err) {
      if (signal.aborted) throw new CancelledError("tencent synthesis cancelled");
      // Report the calls made for the whole text, earlier pieces included.
      const cause = err instanceof RetryError ? err.cause : err;
      const calls = earlierAttempts + (err instanceof RetryError ? err.attempts : 1);
      const classified = classifyTencentError(cause, calls);
      classified.details.attempts ??= calls;
      throw classified;
    }
  }

  return {
    name: "tencent",
    defaultLimit: options.limit ?? 20,
    defaultVoice: "101001",
    defaultSampleRate: 16000,
    voices: TENCENT_VOICES,
    codecs: CODECS,
    availability,
    async synthesize(
      input: SynthesisInput,
      signal: AbortSignal,
      context?: SynthesisContext,
    ): Promise<SynthesisOutput> {
      if (signal.aborted) throw new CancelledError("tencent synthesis cancelled");
      const avail = availability();
      if (!avail.ok) {
        throw new SacvError("FAILED_PRECONDITION", `tencent: ${avail.reason}`, {
          reason: "PROVIDER_UNAVAILABLE",
          details: { provider: "tencent" },
        });
      }
      const base = baseRequest(input);
      // Blank stretches between pieces carry no speech and Tencent rejects blank text.
      const pieces = splitText(input.text, { maxChars: tencentTextLimit(input.text) })
        .filter((p) => p.trim() !== "");
      if (pieces.length === 0) throw invalid("text", "tencent: text is empty");
      const audios: Uint8Array[] = [];
      let attempts = 0;
      for (const [i, piece] of pieces.entries()) {
        if (signal.aborted) throw new CancelledError("tencent synthesis cancelled");
        // A piece finished by an earlier attempt of this synthesis is not paid for again.
        const done = context?.memo.get(`tencent:piece:${i}`);
        if (done instanceof Uint8Array) {
          audios.push(done);
          continue;
        }
        const r = await synthesizePiece(piece, base, signal, attempts);
        context?.memo.set(`tencent:piece:${i}`, r.audio);
        audios.push(r.audio);
        attempts += r.attempts;
      }
      const joined = joinAudio(input.codec, audios, input.sampleRate);
      return {
        audio: joined.audio,
        codec: input.codec,
        sampleRate: input.sampleRate,
        durationMs: joined.durationMs,
        attempts,
        chunks: pieces.length,
      };
    },
  };
}
