// What the TextToVoice emulator makes of a Text: the spoken characters (SSML tags removed),
// the pauses `<break>` asks for, and the per-character timings EnableSubtitle returns.

const TAG = /<[^<>]*>/g;

/** Spoken content of `text`: SSML tags dropped, their pauses summed. */
export function spokenParts(text: string): { spoken: string; pauseMs: number } {
  if (!/^\s*<speak[\s>]/i.test(text)) return { spoken: text, pauseMs: 0 };
  let pauseMs = 0;
  for (const m of text.matchAll(/<break\b[^>]*\btime\s*=\s*"(\d+(?:\.\d+)?)(ms|s)"/gi)) {
    pauseMs += Number(m[1]) * (m[2].toLowerCase() === "s" ? 1000 : 1);
  }
  const spoken = text.replace(TAG, "").replaceAll("&lt;", "<").replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"').replaceAll("&apos;", "'").replaceAll("&amp;", "&");
  return { spoken, pauseMs };
}

/** One `Subtitles` entry as TextToVoice returns it. */
export interface EmulatedSubtitle {
  Text: string;
  BeginTime: number;
  EndTime: number;
  BeginIndex: number;
  EndIndex: number;
  Phoneme: string;
}

/**
 * Timings the way the emulator speaks: each non-space character lasts
 * `msPerChar` (punctuation included, as the audio length counts it); a CJK
 * character is an entry of its own, a run of letters/digits one word.
 */
export function emulatedSubtitles(spoken: string, msPerChar: number): EmulatedSubtitle[] {
  const out: EmulatedSubtitle[] = [];
  let t = 0;
  let index = 0;
  for (const m of spoken.matchAll(/[\p{L}\p{N}]+|\S/gu)) {
    const token = m[0];
    const chars = Array.from(token);
    const wordLike = /[\p{L}\p{N}]/u.test(token);
    const cjk = /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u;
    const pieces = wordLike && cjk.test(token) ? chars : [token];
    for (const piece of pieces) {
      const n = Array.from(piece).length;
      if (/[\p{L}\p{N}]/u.test(piece)) {
        out.push({
          Text: piece,
          BeginTime: Math.round(t),
          EndTime: Math.round(t + n * msPerChar),
          BeginIndex: index,
          EndIndex: index + n - 1,
          Phoneme: "",
        });
      }
      t += n * msPerChar;
      index += n;
    }
  }
  return out;
}
