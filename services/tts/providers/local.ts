// The offline voice: eSpeak-NG compiled to WebAssembly, run in-process (in workers), for
// Chinese (Mandarin) and English; the default provider, needing no account.
import { SacvError } from "../../common/errors.ts";
import type {
  Codec,
  SynthesisInput,
  SynthesisOutput,
  TtsProvider,
  VoiceInfo,
} from "../provider.ts";
import { encodeWav, type Pcm, pcmDurationMs, pcmToBytes } from "../wav.ts";
import { EspeakPool } from "./espeak_pool.ts";

/** Options for {@linkcode createLocalProvider}. */
export interface LocalOptions {
  /**
   * Default concurrency limit, and the number of engine instances (workers,
   * at most {@linkcode MAX_ENGINES}); it follows later limit changes. eSpeak is
   * single-threaded, so more instances than cores gain little (default 2).
   */
  workers?: number;
}

/** The local provider; `close()` terminates its workers. */
export interface LocalProvider extends TtsProvider {
  setLimit(limit: number): void;
  close(): void;
}

/** Most engines kept however high the local limit is set (each loads the 24 MB voice data). */
export const MAX_ENGINES = 8;

/** eSpeak's native output rate. */
export const LOCAL_SAMPLE_RATE = 22_050;
/** The voice that picks `cmn` for text with Chinese characters and `en-us` otherwise. */
export const AUTO_VOICE = "auto";
const BASE_WPM = 175;

/** Voices of the local provider; `id` is the eSpeak voice name. */
export const LOCAL_VOICES: readonly VoiceInfo[] = [
  {
    id: AUTO_VOICE,
    name: "Automatic (Mandarin for Chinese text, else US English)",
    language: "mul",
  },
  { id: "cmn", name: "eSpeak Chinese (Mandarin)", language: "zh-CN" },
  { id: "yue", name: "eSpeak Chinese (Cantonese)", language: "zh-HK" },
  { id: "en-us", name: "eSpeak English (America)", language: "en-US" },
  { id: "en", name: "eSpeak English (Great Britain)", language: "en-GB" },
];

const HAN = /[\p{Script=Han}]/u;

/** The eSpeak voice for `voice`, resolving `auto` from the text. */
export function resolveVoice(voice: string, text: string): string {
  if (voice === "" || voice === AUTO_VOICE) return HAN.test(text) ? "cmn" : "en-us";
  if (!LOCAL_VOICES.some((v) => v.id === voice)) {
    throw new SacvError(
      "INVALID_ARGUMENT",
      `local provider has no voice '${voice}': use one of ${
        LOCAL_VOICES.map((v) => v.id).join(", ")
      }`,
      { reason: "UNKNOWN_VOICE", details: { field: "voice" } },
    );
  }
  return voice;
}

/** Resamples mono PCM to `rate` by linear interpolation (returns `pcm` when already there). */
export function resample(pcm: Pcm, rate: number): Pcm {
  if (pcm.sampleRate === rate) return pcm;
  const n = Math.round((pcm.samples.length * rate) / pcm.sampleRate);
  const out = new Int16Array(n);
  const step = pcm.sampleRate / rate;
  const last = pcm.samples.length - 1;
  for (let i = 0; i < n; i++) {
    const pos = i * step;
    const j = Math.min(Math.floor(pos), last);
    const k = Math.min(j + 1, last);
    const frac = pos - j;
    out[i] = Math.round(pcm.samples[j] * (1 - frac) + pcm.samples[k] * frac);
  }
  return { sampleRate: rate, channels: pcm.channels, samples: out };
}

/**
 * Creates the local (eSpeak-NG) provider. The engine loads once per worker on
 * first use; an aborted synthesis terminates its worker so it stops at once.
 * Codecs: `wav` and `pcm` (mp3 cannot be encoded in-process and is refused).
 */
export function createLocalProvider(options: LocalOptions = {}): LocalProvider {
  const defaultLimit = options.workers ?? 2;
  let workers = Math.min(defaultLimit, MAX_ENGINES);
  let pool: EspeakPool | undefined;
  const codecs: readonly Codec[] = ["wav", "pcm"];

  const synthesize = async (
    input: SynthesisInput,
    signal: AbortSignal,
  ): Promise<SynthesisOutput> => {
    if (!codecs.includes(input.codec)) {
      throw new SacvError(
        "INVALID_ARGUMENT",
        `local provider cannot encode '${input.codec}': use wav or pcm`,
        { reason: "UNSUPPORTED_CODEC", details: { field: "codec" } },
      );
    }
    const voice = resolveVoice(input.voice, input.text);
    const rate = Math.min(450, Math.max(80, Math.round(BASE_WPM * input.speed)));
    pool ??= new EspeakPool(workers);
    const raw = await pool.synthesize(input.text, voice, rate, signal);
    const pcm = resample(
      { sampleRate: raw.sampleRate, channels: 1, samples: raw.samples },
      input.sampleRate,
    );
    return {
      audio: input.codec === "wav" ? encodeWav(pcm) : pcmToBytes(pcm),
      codec: input.codec,
      sampleRate: pcm.sampleRate,
      durationMs: pcmDurationMs(pcm),
      attempts: 1,
      chunks: 1,
      voice,
    };
  };

  return {
    name: "local",
    defaultLimit,
    defaultVoice: AUTO_VOICE,
    defaultSampleRate: LOCAL_SAMPLE_RATE,
    voices: LOCAL_VOICES,
    codecs,
    availability: () => ({ ok: true }),
    synthesize,
    setLimit: (limit) => {
      workers = Math.max(1, Math.min(limit, MAX_ENGINES));
      if (pool) pool.size = workers;
    },
    close: () => pool?.close(),
  };
}
