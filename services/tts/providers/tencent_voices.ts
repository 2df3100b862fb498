// Tencent Cloud TTS voice types (VoiceType) with language, gender and name, and the
// PrimaryLanguage each needs. Any numeric VoiceType is accepted; these are the ones we list.
import type { VoiceInfo } from "../provider.ts";

type Row = [id: number, name: string, gender: "female" | "male", language: string, style: string];

// From Tencent's voice list (product/1073/92668): premium (精品) voices, the large-model
// ones narration tools use most, and the English voices, which need PrimaryLanguage 2.
const ROWS: readonly Row[] = [
  [101001, "智瑜", "female", "zh-CN", "情感女声"],
  [101002, "智聆", "female", "zh-CN", "通用女声"],
  [101003, "智美", "female", "zh-CN", "客服女声"],
  [101004, "智云", "male", "zh-CN", "通用男声"],
  [101005, "智莉", "female", "zh-CN", "通用女声"],
  [101006, "智言", "female", "zh-CN", "助手女声"],
  [101007, "智娜", "female", "zh-CN", "客服女声"],
  [101008, "智琪", "female", "zh-CN", "客服女声"],
  [101009, "智芸", "female", "zh-CN", "知性女声"],
  [101010, "智华", "male", "zh-CN", "通用男声"],
  [101011, "智燕", "female", "zh-CN", "新闻女声"],
  [101012, "智丹", "female", "zh-CN", "新闻女声"],
  [101013, "智辉", "male", "zh-CN", "新闻男声"],
  [101014, "智宁", "male", "zh-CN", "新闻男声"],
  [101015, "智萌", "male", "zh-CN", "男童声"],
  [101016, "智甜", "female", "zh-CN", "女童声"],
  [101017, "智蓉", "female", "zh-CN", "情感女声"],
  [101018, "智靖", "male", "zh-CN", "情感男声"],
  [101019, "智彤", "female", "zh-HK", "粤语女声"],
  [101020, "智刚", "male", "zh-CN", "新闻男声"],
  [101021, "智瑞", "male", "zh-CN", "新闻男声"],
  [101022, "智虹", "female", "zh-CN", "新闻女声"],
  [101023, "智萱", "female", "zh-CN", "聊天女声"],
  [101024, "智皓", "male", "zh-CN", "聊天男声"],
  [101050, "WeJack", "male", "en-US", "英文男声"],
  [101051, "WeRose", "female", "en-US", "英文女声"],
  [501000, "智斌", "male", "zh-CN", "大模型 阅读男声"],
  [501001, "智兰", "female", "zh-CN", "大模型 资讯女声"],
  [501002, "智菊", "female", "zh-CN", "大模型 阅读女声"],
  [501003, "智宇", "male", "zh-CN", "大模型 阅读男声"],
  [501008, "WeJames", "male", "en-US", "大模型 英文男声"],
  [501009, "WeWinny", "female", "en-US", "大模型 英文女声"],
  [100510000, "智逍遥", "male", "zh-CN", "旁对白 阅读男声"],
];

/** The Tencent voices we list (ListProviders/ListVoices); other numeric VoiceTypes work too. */
export const TENCENT_VOICES: readonly VoiceInfo[] = ROWS.map((
  [id, name, gender, language, style],
) => ({
  id: String(id),
  name: `${name} (${style})`,
  language,
  gender,
}));

/**
 * Tencent's `PrimaryLanguage` for a voice: 2 (English) for the English voices
 * in {@linkcode TENCENT_VOICES}, else 1 (Chinese, also for Cantonese and
 * dialect voices and for VoiceTypes we do not list).
 */
export function primaryLanguage(voice: string): 1 | 2 {
  const known = TENCENT_VOICES.find((v) => v.id === voice);
  return known?.language.startsWith("en") ? 2 : 1;
}
