// Tencent Cloud TextToVoice (2019-08-23) as a TtsProvider: splitting, classified retries, joining.
import * as http from "node:http";
import * as https from "node:https";
import * as tencentcloud from "tencentcloud-sdk-nodejs-tts";
import { CancelledError, SacvError } from "../../common/errors.ts";
import type { Logger } from "../../common/log.ts";
import { checkHeaderSafe, digest } from "../credentials.ts";
import type {
  Availability,
  Codec,
  ProviderCredentials,
  SynthesisInput,
  SynthesisOutput,
  TtsProvider,
  WordTiming,
} from "../provider.ts";
import { retry, RetryError, validateRetryOptions } from "../retry.ts";
import { isSsml, splitSsml, ssmlText } from "../ssml_split.ts";
import { splitText, tencentTextLimit } from "../text_split.ts";
import { shiftWords } from "../voices.ts";
import { joinAudio, pieceCodec } from "./tencent_audio.ts";
import { classifyTencentError, isRetriableTencentError, tencentCode } from "./tencent_errors.ts";
import { primaryLanguage, TENCENT_VOICES } from "./tencent_voices.ts";

export { TENCENT_VOICES } from "./tencent_voices.ts";

const Client = tencentcloud.tts.v20190823.Client;
type TencentClient = InstanceType<typeof Client>;

/** Options for {@linkcode createTencentProvider}. */
export interface TencentOptions {
  secretId?: string;
  secretKey?: string;
  /** Token of temporary (STS) credentials, sent as `X-TC-Token`. */
  sessionToken?: string;
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
 * 1 = 1.2x, 2 = 1.5x, 6 = 2.5x), rounded to two decimals. Ratios outside
 * Tencent's 0.6x-2.5x are INVALID_ARGUMENT naming `speed` rather than clamped,
 * so a caller never gets speech at a rate it did not ask for.
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
  // A hair of tolerance so a ratio computed as 0.6000000001 or 2.4999999 still counts.
  if (ratio < first[1] - 1e-9 || ratio > last[1] + 1e-9) {
    throw new SacvError(
      "INVALID_ARGUMENT",
      `speed: tencent speaks from ${first[1]}x to ${last[1]}x: current value is ${ratio}`,
      { reason: "SPEED_OUT_OF_RANGE", details: { field: "speed", provider: "tencent" } },
    );
  }
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
function baseRequest(input: SynthesisInput): Record<string, string | number | boolean> {
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
  const req: Record<string, string | number | boolean> = {
    VoiceType: Number(input.voice),
    Speed: speedToTencentLevel(input.speed),
    Codec: input.codec,
    SampleRate: input.sampleRate,
    PrimaryLanguage: primaryLanguage(input.voice),
    // Word timings for subtitles; they cost nothing extra.
    EnableSubtitle: input.options.subtitles !== "0",
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

/** The credentials a call uses: the request's own when it has a key pair, else the configured. */
interface Account {
  secretId?: string;
  secretKey?: string;
  sessionToken?: string;
  region: string;
}

/**
 * The account for `creds`; INVALID_ARGUMENT naming the missing half when a
 * request carries only one of secret_id/secret_key.
 */
function account(options: TencentOptions, creds?: ProviderCredentials): Account {
  const region = creds?.region ?? options.region;
  if (creds?.secretId || creds?.secretKey) {
    if (!creds.secretId || !creds.secretKey) {
      const field = creds.secretId ? "credentials.secret_key" : "credentials.secret_id";
      throw invalid(field, `tencent: ${field} is required with the other half of the key pair`);
    }
    checkHeaderSafe("credentials.secret_id", creds.secretId, "tencent");
    checkHeaderSafe("credentials.secret_key", creds.secretKey, "tencent");
    checkHeaderSafe("credentials.session_token", creds.sessionToken, "tencent");
    // A request's key pair never borrows the environment's session token.
    return {
      secretId: creds.secretId,
      secretKey: creds.secretKey,
      sessionToken: creds.sessionToken,
      region,
    };
  }
  return {
    secretId: options.secretId,
    secretKey: options.secretKey,
    sessionToken: options.sessionToken,
    region,
  };
}

/** Tencent's per-character timings as word timings, dropping entries with no text. */
function subtitleWords(subtitles: unknown): WordTiming[] {
  if (!Array.isArray(subtitles)) return [];
  const words: WordTiming[] = [];
  for (const s of subtitles as { Text?: unknown; BeginTime?: unknown; EndTime?: unknown }[]) {
    const text = typeof s?.Text === "string" ? s.Text : "";
    const startMs = Number(s?.BeginTime);
    const endMs = Number(s?.EndTime);
    if (text.trim() === "" || !Number.isFinite(startMs) || !Number.isFinite(endMs)) continue;
    words.push({ text, startMs, endMs: Math.max(startMs, endMs) });
  }
  return words;
}

/** How many SDK clients (one per credential set) to keep. */
const MAX_CLIENTS = 32;

/**
 * Creates the Tencent provider. Each synthesis splits the text to Tencent's
 * limits (SSML at tag boundaries), calls TextToVoice once per piece (serially,
 * so one synthesis holds one concurrency slot), retries throttling/internal/
 * network failures with jittered exponential backoff, and joins the pieces'
 * audio (split MP3 is fetched as PCM and encoded once, so joins have no gaps)
 * and their word timings. A request's own credentials, when it has them, are
 * used instead of the configured ones, with one SDK client per credential set.
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
  for (
    const [name, value] of [
      ["TENCENTCLOUD_SECRET_ID", options.secretId],
      ["TENCENTCLOUD_SECRET_KEY", options.secretKey],
      ["TENCENTCLOUD_SESSION_TOKEN", options.sessionToken],
    ]
  ) {
    if (value && !/^[\x21-\x7e]+$/.test(value)) {
      throw new RangeError(`Cannot use '${name}' as it must be visible ASCII: value not shown`);
    }
  }
  // Keyed by a digest of the credential set, so no secret is held as a map key.
  const clients = new Map<string, TencentClient>();
  const getClient = (acct: Account): TencentClient => {
    const key = digest([
      acct.secretId ?? "",
      acct.secretKey ?? "",
      acct.sessionToken ?? "",
      acct.region,
    ]);
    let client = clients.get(key);
    if (client) {
      clients.delete(key);
      clients.set(key, client);
      return client;
    }
    client = new Client({
      credential: { secretId: acct.secretId, secretKey: acct.secretKey, token: acct.sessionToken },
      region: acct.region,
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
    clients.set(key, client);
    if (clients.size > MAX_CLIENTS) clients.delete(clients.keys().next().value!);
    return client;
  };

  const availability = (creds?: ProviderCredentials): Availability => {
    if (creds?.secretId && creds.secretKey) return { ok: true };
    return options.secretId && options.secretKey
      ? { ok: true }
      : { ok: false, reason: "TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY not set" };
  };

  async function synthesizePiece(
    client: TencentClient,
    text: string,
    base: Record<string, string | number | boolean>,
    signal: AbortSignal,
    earlierAttempts: number,
  ): Promise<{ audio: Uint8Array; words: WordTiming[]; attempts: number }> {
    try {
      const { value, attempts } = await retry(async () => {
        const call = client.request(
          "TextToVoice",
          { ...base, Text: text, SessionId: crypto.randomUUID() },
          { signal },
        ) as Promise<{ Audio?: string; Subtitles?: unknown }>;
        const res = await raceAbort(call, signal);
        if (typeof res?.Audio !== "string" || res.Audio === "") {
          throw new SacvError("UNAVAILABLE", "tencent: response has no Audio", {
            reason: "EMPTY_AUDIO",
            retryable: true,
          });
        }
        return {
          audio: Uint8Array.from(atob(res.Audio), (c) => c.charCodeAt(0)),
          words: subtitleWords(res.Subtitles),
        };
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
      return { ...value, attempts };
    } catch (err) {
      if (signal.aborted) throw new CancelledError("tencent synthesis cancelled");
      // Report the calls made for the whole text, earlier pieces included.
      if (err instanceof RetryError) {
        throw classifyTencentError(err.cause, earlierAttempts + err.attempts);
      }
      throw classifyTencentError(err, earlierAttempts + 1);
    }
  }

  /** The text in pieces Tencent accepts; SSML pieces each stay a whole document. */
  function pieces(text: string): string[] {
    const maxChars = tencentTextLimit(text);
    if (!isSsml(text)) {
      // Blank stretches between pieces carry no speech and Tencent rejects blank text.
      return splitText(text, { maxChars }).filter((p) => p.trim() !== "");
    }
    let split: string[];
    try {
      split = splitSsml(text, { maxChars });
    } catch (err) {
      throw invalid("text", `tencent: ${(err as Error).message}`);
    }
    // A piece of only markup speaks nothing unless it holds a pause.
    return split.filter((p) => ssmlText(p).trim() !== "" || /<break\b/i.test(p));
  }

  return {
    name: "tencent",
    defaultLimit: options.limit ?? 20,
    defaultVoice: "101001",
    defaultSampleRate: 16000,
    voices: TENCENT_VOICES,
    codecs: CODECS,
    availability,
    listVoices: () => Promise.resolve({ voices: TENCENT_VOICES, source: "builtin" }),
    async synthesize(input: SynthesisInput, signal: AbortSignal): Promise<SynthesisOutput> {
      if (signal.aborted) throw new CancelledError("tencent synthesis cancelled");
      const acct = account(options, input.credentials);
      const avail = availability(input.credentials);
      if (!avail.ok) {
        throw new SacvError("FAILED_PRECONDITION", `tencent: ${avail.reason}`, {
          reason: "PROVIDER_UNAVAILABLE",
          details: { provider: "tencent" },
        });
      }
      const base = baseRequest(input);
      const texts = pieces(input.text);
      if (texts.length === 0) throw invalid("text", "tencent: text is empty");
      const fetched = pieceCodec(input.codec, texts.length);
      base.Codec = fetched;
      const client = getClient(acct);
      const audios: Uint8Array[] = [];
      const pieceWords: WordTiming[][] = [];
      let attempts = 0;
      for (const piece of texts) {
        if (signal.aborted) throw new CancelledError("tencent synthesis cancelled");
        const r = await synthesizePiece(client, piece, base, signal, attempts);
        audios.push(r.audio);
        pieceWords.push(r.words);
        attempts += r.attempts;
      }
      const joined = joinAudio(fetched, audios, input.sampleRate, input.codec);
      const words = pieceWords.flatMap((w, i) => shiftWords(w, joined.startsMs[i]));
      return {
        audio: joined.audio,
        codec: input.codec,
        sampleRate: input.sampleRate,
        durationMs: joined.durationMs,
        attempts,
        chunks: texts.length,
        words,
      };
    },
  };
}
