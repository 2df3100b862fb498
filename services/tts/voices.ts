// Voices on the wire: sample sentences per language, language filtering, ListVoices and
// PreviewVoice requests, and provider voices and word timings in their sacv.tts.v1 shapes.
import type {
  ListVoicesResponse,
  PreviewVoiceRequest,
  SynthesizeRequestInit,
  Voice,
  WordTiming as WireWordTiming,
} from "./messages.ts";
import type {
  ProviderCredentials,
  TtsProvider,
  VoiceInfo,
  VoiceList,
  WordTiming,
} from "./provider.ts";

// Preview sentences by primary language subtag; short, so a preview is quick and cheap.
const SAMPLES: Record<string, string> = {
  zh: "你好，欢迎收听这段解说，这是我的声音。",
  yue: "你好，欢迎收听呢段解说，呢个系我嘅声音。",
  en: "Hello, this is how I sound when I narrate your video.",
  ja: "こんにちは、この声で動画のナレーションをお届けします。",
  ko: "안녕하세요, 이 목소리로 영상 내레이션을 들려드릴게요.",
  fr: "Bonjour, voici ma voix pour raconter votre vidéo.",
  de: "Hallo, so klingt meine Stimme, wenn ich Ihr Video erzähle.",
  es: "Hola, así suena mi voz cuando narro tu vídeo.",
  it: "Ciao, ecco come suona la mia voce mentre racconto il tuo video.",
  pt: "Olá, é assim que a minha voz soa a narrar o seu vídeo.",
  ru: "Здравствуйте, так звучит мой голос в озвучке вашего видео.",
};

/**
 * A short preview sentence in `language` (a BCP-47-ish tag such as `zh-CN`,
 * `zh-HK` or `en-US`); English for languages without one of our own.
 *
 * @example
 * ```ts
 * sampleText("zh-CN"); // "你好，欢迎收听这段解说，这是我的声音。"
 * ```
 */
export function sampleText(language: string): string {
  const tag = language.toLowerCase();
  // Hong Kong and Macau Chinese voices (and Tencent's Cantonese ones) speak Cantonese.
  if (tag.startsWith("yue") || tag === "zh-hk" || tag === "zh-mo") return SAMPLES.yue;
  return SAMPLES[tag.split(/[-_]/)[0]] ?? SAMPLES.en;
}

/**
 * Keeps the voices whose language starts with `prefix`, compared case-insensitively
 * and at tag boundaries (`zh` matches `zh-CN` and `zh-HK`, not `zha`); all when empty.
 */
export function filterVoices(voices: readonly VoiceInfo[], prefix: string): VoiceInfo[] {
  const want = prefix.trim().toLowerCase().replaceAll("_", "-");
  if (want === "") return [...voices];
  return voices.filter((v) => {
    const lang = v.language.toLowerCase().replaceAll("_", "-");
    return lang === want || lang.startsWith(`${want}-`);
  });
}

/** A provider voice as `sacv.tts.v1.Voice`, with its sample text filled in. */
export function toWireVoice(v: VoiceInfo): Voice {
  return {
    id: v.id,
    name: v.name,
    language: v.language,
    gender: v.gender ?? "",
    sample_text: v.sampleText ?? sampleText(v.language),
  };
}

/** Word timings as `sacv.tts.v1.WordTiming` (whole milliseconds). */
export function toWireWords(words: readonly WordTiming[] | undefined): WireWordTiming[] {
  return (words ?? []).map((w) => ({
    text: w.text,
    start_ms: Math.round(w.startMs),
    end_ms: Math.round(w.endMs),
  }));
}

/** Shifts word timings by `offsetMs` (for audio joined after earlier pieces). */
export function shiftWords(words: readonly WordTiming[], offsetMs: number): WordTiming[] {
  return words.map((w) => ({ ...w, startMs: w.startMs + offsetMs, endMs: w.endMs + offsetMs }));
}

/** The language a voice id names, for ids that start with a locale (`zh-CN-XiaoxiaoNeural`). */
export function languageOfVoiceId(id: string): string | undefined {
  return id.match(/^([a-z]{2,3}-[A-Z]{2})(?:-|$)/)?.[1];
}

/**
 * The synthesis a PreviewVoice request stands for: the provider's default
 * voice when none is named, and the voice's sample sentence when no text is.
 */
export function previewRequest(
  req: PreviewVoiceRequest,
  provider: TtsProvider,
): SynthesizeRequestInit {
  const voice = req.voice || provider.defaultVoice;
  const info = provider.voices.find((v) => v.id === voice);
  const language = info?.language ?? languageOfVoiceId(voice) ?? "en";
  const text = req.text?.trim() ? req.text : info?.sampleText ?? sampleText(language);
  return {
    request_id: "preview",
    text,
    provider: provider.name,
    voice,
    speed: req.speed ?? 0,
    codec: req.codec ?? "",
    credentials: req.credentials ?? null,
  };
}

/** Options for {@linkcode listVoices}. */
export interface ListVoicesCallOptions {
  signal: AbortSignal;
  /** Language prefix filter (`zh`, `en-US`); empty keeps all. */
  language?: string;
  credentials?: ProviderCredentials;
}

/** A provider's voices (asked live where it can), filtered by language, on the wire. */
export async function listVoices(
  provider: TtsProvider,
  options: ListVoicesCallOptions,
): Promise<ListVoicesResponse> {
  const list: VoiceList = provider.listVoices
    ? await provider.listVoices({ signal: options.signal, credentials: options.credentials })
    : { voices: provider.voices, source: "builtin" };
  return {
    provider: provider.name,
    voices: filterVoices(list.voices, options.language ?? "").map(toWireVoice),
    source: list.source,
  };
}
