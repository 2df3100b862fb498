// Tencent Cloud TextToVoice (2019-08-23) as a TtsProvider: splitting, classified retries, joining.
import * as http from "node:http";
import * as https from "node:https";
import * as tencentcloud from "tencentcloud-sdk-nodejs-tts";
import { CancelledError, SacvError } from "../../common/errors.ts";
import type { Logger } from "../../common/log.ts";
import { digest } from "../credentials.ts";
import type {
  Availability,
  Codec,
  ProviderCredentials,
  SynthesisContext,
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
import { TENCENT_VOICES } from "./tencent_voices.ts";
import {
  type Account,
  account,
  baseRequest,
  CODECS,
  invalid,
  subtitleWords,
} from "./tencent_request.ts";

export { TENCENT_VOICES } from "./tencent_voices.ts";
export { speedToTencentLevel } from "./tencent_request.ts";

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

/** Rejects with a CancelledError as soon as `signal` aborts, else settles like `promise`. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new CancelledError("tencent synthesis cancelled"));
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
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
        const audio = Uint8Array.from(atob(res.Audio), (c) => c.charCodeAt(0));
        // Decoding is part of the call: audio that does not decode is retried like a failed call.
        joinAudio(base.Codec as Codec, [audio], Number(base.SampleRate));
        return { audio, words: subtitleWords(res.Subtitles) };
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
      const cause = err instanceof RetryError ? err.cause : err;
      const calls = earlierAttempts + (err instanceof RetryError ? err.attempts : 1);
      const classified = classifyTencentError(cause, calls);
      classified.details.attempts ??= calls;
      throw classified;
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
    async synthesize(
      input: SynthesisInput,
      signal: AbortSignal,
      context?: SynthesisContext,
    ): Promise<SynthesisOutput> {
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
      for (const [i, piece] of texts.entries()) {
        if (signal.aborted) throw new CancelledError("tencent synthesis cancelled");
        // A piece finished by an earlier attempt of this synthesis is not paid for again.
        const done = context?.memo.get(`tencent:piece:${i}`) as
          | { audio: Uint8Array; words: WordTiming[] }
          | undefined;
        if (done) {
          audios.push(done.audio);
          pieceWords.push(done.words);
          continue;
        }
        const r = await synthesizePiece(client, piece, base, signal, attempts);
        context?.memo.set(`tencent:piece:${i}`, { audio: r.audio, words: r.words });
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
