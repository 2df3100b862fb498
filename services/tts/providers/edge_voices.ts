// Edge read-aloud voices we list when the live voice list cannot be had, and the conversion
// of the live list's entries into our VoiceInfo.
import type { VoiceInfo } from "../provider.ts";

type Row = [shortName: string, gender: "female" | "male"];

// Widely used neural voices of the read-aloud service (its live list has some 400).
const ROWS: readonly Row[] = [
  ["zh-CN-XiaoxiaoNeural", "female"],
  ["zh-CN-XiaoyiNeural", "female"],
  ["zh-CN-YunjianNeural", "male"],
  ["zh-CN-YunxiNeural", "male"],
  ["zh-CN-YunxiaNeural", "male"],
  ["zh-CN-YunyangNeural", "male"],
  ["zh-CN-liaoning-XiaobeiNeural", "female"],
  ["zh-CN-shaanxi-XiaoniNeural", "female"],
  ["zh-HK-HiuGaaiNeural", "female"],
  ["zh-HK-HiuMaanNeural", "female"],
  ["zh-HK-WanLungNeural", "male"],
  ["zh-TW-HsiaoChenNeural", "female"],
  ["zh-TW-HsiaoYuNeural", "female"],
  ["zh-TW-YunJheNeural", "male"],
  ["en-US-AriaNeural", "female"],
  ["en-US-JennyNeural", "female"],
  ["en-US-GuyNeural", "male"],
  ["en-US-ChristopherNeural", "male"],
  ["en-US-EricNeural", "male"],
  ["en-US-MichelleNeural", "female"],
  ["en-GB-SoniaNeural", "female"],
  ["en-GB-RyanNeural", "male"],
  ["ja-JP-NanamiNeural", "female"],
  ["ja-JP-KeitaNeural", "male"],
  ["ko-KR-SunHiNeural", "female"],
  ["ko-KR-InJoonNeural", "male"],
];

/** The locale a voice ShortName starts with (`zh-CN-liaoning-XiaobeiNeural` → `zh-CN`). */
export function edgeVoiceLocale(shortName: string): string | undefined {
  return shortName.match(/^([a-z]{2,3}-[A-Z]{2})-/)?.[1];
}

/** A readable name: `Xiaoxiao (zh-CN)`, `Xiaobei (zh-CN, liaoning)`. */
function displayName(shortName: string, locale: string): string {
  const rest = shortName.slice(locale.length + 1).replace(/Neural$/, "");
  const parts = rest.split("-");
  const name = parts.pop() ?? rest;
  return `${name} (${[locale, ...parts].join(", ")})`;
}

/** The voices listed when the live list is unavailable. */
export const EDGE_VOICES: readonly VoiceInfo[] = ROWS.map(([id, gender]) => {
  const language = edgeVoiceLocale(id)!;
  return { id, name: displayName(id, language), language, gender };
});

/** An entry of the live voice list as our VoiceInfo; undefined when it is not usable. */
export function fromEdgeVoice(entry: unknown): VoiceInfo | undefined {
  const e = entry as Record<string, unknown>;
  const id = typeof e?.ShortName === "string" ? e.ShortName : "";
  const language = typeof e?.Locale === "string" ? e.Locale : edgeVoiceLocale(id);
  if (!id || !language) return undefined;
  const g = String(e.Gender ?? "").toLowerCase();
  const gender = g === "female" || g === "male" ? g : undefined;
  return { id, name: displayName(id, language), language, ...(gender ? { gender } : {}) };
}
