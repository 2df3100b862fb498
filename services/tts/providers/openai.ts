// An OpenAI-compatible speech server (`POST {base}/v1/audio/speech`) as a TtsProvider: OpenAI
// itself and the local servers people run for CosyVoice, GPT-SoVITS, IndexTTS and the like.
import { CancelledError, SacvError } from "../../common/errors.ts";
import { checkHeaderSafe, digest } from "../credentials.ts";
import type {
  Availability,
  Codec,
  ProviderCredentials,
  SynthesisInput,
  SynthesisOutput,
  TtsProvider,
  VoiceInfo,
} from "../provider.ts";
import { splitText } from "../text_split.ts";
import { concatPcm, decodeWav, type Pcm } from "../wav.ts";
import { encodePcm } from "./audio_codec.ts";
import { resample } from "./local.ts";
import { classifyHttpError, networkError, retryAfterMs } from "./openai_errors.ts";
import { mp3Frames } from "./mp3.ts";

/** OpenAI's own voices (its speech models speak many languages with each). */
export const OPENAI_VOICES: readonly VoiceInfo[] = [
  "alloy",
  "ash",
  "ballad",
  "coral",
  "echo",
  "fable",
  "nova",
  "onyx",
  "sage",
  "shimmer",
  "verse",
].map((id) => ({ id, name: id, language: "mul" }));

/** The public API, used when only an API key is configured. */
export const OPENAI_BASE_URL = "https://api.openai.com";
/** OpenAI's limit on `input`, in characters; longer text is split and joined. */
export const OPENAI_INPUT_LIMIT = 4096;

/** Options for {@linkcode createOpenAiProvider}. */
export interface OpenAiOptions {
  /** Server root, e.g. `http://127.0.0.1:9880` (a trailing `/v1` is accepted). */
  baseUrl?: string;
  apiKey?: string;
  /** `model` sent with every request. Default `tts-1`. */
  model?: string;
  /** The server's voices (`SACV_OPENAI_TTS_VOICES`); default {@linkcode OPENAI_VOICES}. */
  voices?: readonly VoiceInfo[];
  /** Concurrency limit when neither env nor SetLimits names one. Default 4. */
  limit?: number;
  /** Longest wait for one request, in ms. Default 120 000 (local servers on CPUs are slow). */
  timeoutMs?: number;
  /** Longest `input` per request, in characters. Default {@linkcode OPENAI_INPUT_LIMIT}. */
  maxInputChars?: number;
}

/**
 * Parses `SACV_OPENAI_TTS_VOICES`: comma-separated `id` or `id=language`
 * entries (`中文女=zh-CN,中文男=zh-CN,alloy`); language `mul` when not given.
 */
export function parseVoiceList(raw: string): VoiceInfo[] {
  const voices: VoiceInfo[] = [];
  for (const entry of raw.split(",")) {
    const [id, language] = entry.split("=").map((s) => s.trim());
    if (!id) continue;
    voices.push({ id, name: id, language: language || "mul" });
  }
  return voices;
}

/**
 * `{base}/v1/audio/speech` for a base URL given with or without `/v1`;
 * INVALID_ARGUMENT naming `field` when it is not an http(s) URL.
 */
export function speechUrl(base: string, field = "credentials.base_url"): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    url = new URL("invalid:");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new SacvError(
      "INVALID_ARGUMENT",
      `${field}: must be an http:// or https:// URL: current value is ${JSON.stringify(base)}`,
      { reason: "INVALID_BASE_URL", details: { field, provider: "openai" } },
    );
  }
  const path = url.pathname.replace(/\/+$/, "").replace(/\/v1$/, "");
  return `${url.origin}${path}/v1/audio/speech`;
}

// C0/C1 controls other than tab/newline: nothing a speech server should be sent as a voice.
// deno-lint-ignore no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

function invalid(field: string, message: string): SacvError {
  return new SacvError("INVALID_ARGUMENT", `${field}: ${message}`, {
    reason: `INVALID_${field.toUpperCase().replaceAll(".", "_")}`,
    details: { field, provider: "openai" },
  });
}

/** Which server and key a request uses: its own when it names any, else the configured ones. */
function target(options: OpenAiOptions, creds?: ProviderCredentials) {
  // A request that names its own server never gets our key: it could be anyone's server.
  if (creds?.baseUrl) return { baseUrl: creds.baseUrl, apiKey: creds.apiKey };
  const apiKey = creds?.apiKey ?? options.apiKey;
  const baseUrl = options.baseUrl ?? (apiKey ? OPENAI_BASE_URL : undefined);
  return { baseUrl, apiKey };
}

/**
 * Creates the OpenAI-compatible provider. Each synthesis sends `model`,
 * `voice`, `input`, `speed` and `response_format` (wav, or mp3 when MP3 is
 * wanted and the text fits one request) with a bearer key when there is one;
 * longer text is split at sentence ends and joined as PCM. HTTP failures are
 * classified by {@linkcode classifyHttpError}; nothing is retried here (the
 * service's retry layer does that by `retryable`).
 *
 * @example
 * ```ts
 * const openai = createOpenAiProvider({ baseUrl: "http://127.0.0.1:9880", model: "cosyvoice" });
 * ```
 */
export function createOpenAiProvider(options: OpenAiOptions = {}): TtsProvider {
  const model = options.model ?? "tts-1";
  const voices = options.voices?.length ? options.voices : OPENAI_VOICES;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const maxInput = options.maxInputChars ?? OPENAI_INPUT_LIMIT;
  if (options.baseUrl) speechUrl(options.baseUrl, "SACV_OPENAI_TTS_BASE_URL");

  const availability = (creds?: ProviderCredentials): Availability =>
    target(options, creds).baseUrl
      ? { ok: true }
      : { ok: false, reason: "SACV_OPENAI_TTS_BASE_URL/SACV_OPENAI_TTS_API_KEY not set" };

  /** One POST; the audio bytes, or a classified SacvError. */
  async function post(
    url: string,
    apiKey: string | undefined,
    body: Record<string, unknown>,
    signal: AbortSignal,
  ): Promise<Uint8Array> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const both = AbortSignal.any([signal, timeout]);
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (apiKey) headers.authorization = `Bearer ${apiKey}`;
    let res: Response;
    try {
      res = await fetch(url, {
        method: "POST",
        headers,
        body: JSON.stringify(body),
        signal: both,
      });
    } catch (err) {
      if (signal.aborted) throw new CancelledError("openai synthesis cancelled");
      if (timeout.aborted) throw timedOut();
      throw networkError(err);
    }
    try {
      if (!res.ok) {
        throw classifyHttpError(
          res.status,
          await res.text(),
          retryAfterMs(res.headers.get("retry-after")),
        );
      }
      return new Uint8Array(await res.arrayBuffer());
    } catch (err) {
      if (signal.aborted) throw new CancelledError("openai synthesis cancelled");
      if (timeout.aborted) throw timedOut();
      if (err instanceof SacvError) throw err;
      throw networkError(err);
    }
  }

  const timedOut = () =>
    new SacvError("UNAVAILABLE", `openai: no answer within ${timeoutMs} ms`, {
      reason: "TIMEOUT",
      retryable: true,
      details: { provider: "openai" },
    });

  async function synthesize(input: SynthesisInput, signal: AbortSignal): Promise<SynthesisOutput> {
    if (signal.aborted) throw new CancelledError("openai synthesis cancelled");
    const { baseUrl, apiKey } = target(options, input.credentials);
    if (!baseUrl) {
      throw new SacvError("FAILED_PRECONDITION", `openai: ${availability().reason}`, {
        reason: "PROVIDER_UNAVAILABLE",
        details: { provider: "openai" },
      });
    }
    const url = speechUrl(baseUrl);
    checkHeaderSafe(
      input.credentials?.apiKey ? "credentials.api_key" : "SACV_OPENAI_TTS_API_KEY",
      apiKey,
      "openai",
    );
    if (input.voice.trim() === "" || CONTROL.test(input.voice)) {
      throw invalid("voice", `must be a voice name without control characters`);
    }
    const pieces = splitText(input.text, { maxChars: maxInput }).filter((p) => p.trim() !== "");
    if (pieces.length === 0) throw invalid("text", "must not be empty");
    const format = input.codec === "mp3" && pieces.length === 1 ? "mp3" : "wav";
    const base: Record<string, unknown> = {
      model: input.options.model || model,
      voice: input.voice,
      speed: input.speed,
      response_format: format,
    };
    if (input.options.instructions) base.instructions = input.options.instructions;
    const audios: Uint8Array[] = [];
    for (const piece of pieces) {
      if (signal.aborted) throw new CancelledError("openai synthesis cancelled");
      audios.push(await post(url, apiKey, { ...base, input: piece }, signal));
    }
    const out = (audio: Uint8Array, durationMs: number, sampleRate: number) => ({
      audio,
      codec: input.codec,
      sampleRate,
      durationMs,
      attempts: pieces.length,
      chunks: pieces.length,
    });
    if (format === "mp3") {
      const parsed = mp3Frames(audios[0], "openai");
      return out(audios[0], parsed.durationMs, parsed.sampleRate);
    }
    const pcm = resample(
      concatPcm(audios.map((a) => mono(parseOr(() => decodeWav(a), "WAV")))),
      input.sampleRate,
    );
    const encoded = encodePcm(pcm, input.codec);
    return out(encoded.audio, encoded.durationMs, pcm.sampleRate);
  }

  return {
    name: "openai",
    defaultLimit: options.limit ?? 4,
    defaultVoice: voices[0].id,
    defaultSampleRate: 24000,
    voices,
    codecs: ["wav", "mp3", "pcm"] as readonly Codec[],
    availability,
    synthesize,
    listVoices: () => Promise.resolve({ voices, source: "builtin" }),
    // The same text and voice sound different on different servers and models.
    cacheScope: (creds) => digest([target(options, creds).baseUrl ?? "", model]),
  };
}

/** Runs a parser of the server's audio, turning its failure into a retryable BAD_AUDIO. */
function parseOr<T>(parse: () => T, what: string): T {
  try {
    return parse();
  } catch (err) {
    throw new SacvError("UNAVAILABLE", `openai: the server's ${what} audio did not parse`, {
      reason: "BAD_AUDIO",
      retryable: true,
      cause: err,
      details: { provider: "openai" },
    });
  }
}

/** The first channel of interleaved PCM. */
function mono(pcm: Pcm): Pcm {
  if (pcm.channels === 1) return pcm;
  const n = Math.floor(pcm.samples.length / pcm.channels);
  const samples = new Int16Array(n);
  for (let i = 0; i < n; i++) samples[i] = pcm.samples[i * pcm.channels];
  return { sampleRate: pcm.sampleRate, channels: 1, samples };
}
