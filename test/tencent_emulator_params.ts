// TextToVoice's parameter rules as the emulator applies them: text length limits (stricter for
// Chinese), Speed, Codec, SampleRate and VoiceType ranges, and the rate each Speed level speaks at.
import { TencentApiError } from "./tencent_emulator_tc3.ts";

const MAX_CHINESE = 150;
const MAX_LATIN = 500;
// Text with any Chinese/Japanese/Korean or full-width character is held to the Chinese limit.
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const SPEEDS: readonly [level: number, ratio: number][] = [
  [-2, 0.6],
  [-1, 0.8],
  [0, 1],
  [1, 1.2],
  [2, 1.5],
  [6, 2.5],
];

/** The Speed level's rate as Tencent documents it, interpolated between the documented points. */
export function speedRatio(level: number): number {
  for (let i = 1; i < SPEEDS.length; i++) {
    const [l1, r1] = SPEEDS[i];
    const [l0, r0] = SPEEDS[i - 1];
    if (level <= l1) return r0 + ((level - l0) / (l1 - l0)) * (r1 - r0);
  }
  return SPEEDS[SPEEDS.length - 1][1];
}

/** Checks TextToVoice parameters as the real API does; returns text, speed, codec, rate. */
export function validateParams(body: Record<string, unknown>) {
  const bad = (code: string, msg: string): never => {
    throw new TencentApiError(code, msg);
  };
  const text = body.Text;
  if (typeof text !== "string" || text.trim() === "") {
    return bad("InvalidParameterValue.TextEmpty", "Text is required");
  }
  const chars = Array.from(text).length;
  const limit = CJK.test(text) ? MAX_CHINESE : MAX_LATIN;
  if (chars > limit) {
    return bad("InvalidParameterValue.TextTooLong", `Text has ${chars} characters, max ${limit}`);
  }
  if (typeof body.SessionId !== "string" || body.SessionId === "") {
    return bad("MissingParameter", "SessionId is required");
  }
  const speed = body.Speed ?? 0;
  if (typeof speed !== "number" || speed < -2 || speed > 6) {
    return bad("InvalidParameterValue.Speed", `Speed ${speed} is outside [-2, 6]`);
  }
  const codec = body.Codec ?? "wav";
  if (codec !== "wav" && codec !== "mp3" && codec !== "pcm") {
    return bad("InvalidParameterValue.Codec", `Codec ${codec} is not wav, mp3 or pcm`);
  }
  const rate = body.SampleRate ?? 16000;
  if (rate !== 8000 && rate !== 16000 && rate !== 24000) {
    return bad("InvalidParameterValue.SampleRate", `SampleRate ${rate} is not 8000/16000/24000`);
  }
  if (body.VoiceType !== undefined && !Number.isInteger(body.VoiceType)) {
    return bad("InvalidParameterValue.VoiceType", `VoiceType ${body.VoiceType} is not an integer`);
  }
  return { text, speed, codec, rate };
}
