// Splits narration text into pieces a TTS API accepts, at the most natural break that fits.

/** Tencent's TextToVoice limit for text with Chinese (CJK or full-width) characters. */
export const CHINESE_LIMIT = 150;
/** Tencent's TextToVoice limit for Latin-only text (letters, digits, half-width punctuation). */
export const LATIN_LIMIT = 500;

// CJK ideographs, CJK punctuation, kana, hangul and full-width forms: Tencent counts each as
// one "Chinese character", and their presence puts the whole request under the 150 limit.
const WIDE =
  /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{3ffff}]/u;

/**
 * Tencent's per-call limit for `text`, in characters (code points): 150 when it
 * contains any Chinese/CJK or full-width character, else 500.
 */
export function tencentTextLimit(text: string): number {
  return WIDE.test(text) ? CHINESE_LIMIT : LATIN_LIMIT;
}

/** Options for {@linkcode splitText}. */
export interface SplitTextOptions {
  /** Largest piece, in characters (code points). */
  maxChars: number;
}

// Sentence ends: full-width ones always end a sentence; half-width ones only before a space,
// a closing quote or the end of text, so "3.14" and "e.g.x" stay whole.
const WIDE_SENTENCE_END = new Set(["。", "！", "？", "；", "…", "\n"]);
const NARROW_SENTENCE_END = new Set([".", "!", "?", ";"]);
const CLAUSE_END = new Set(["，", "、", "：", ",", ":", "—"]);
const CLOSERS = new Set(["”", "’", "」", "』", "）", "】", "》", '"', "'", ")", "]"]);
// Whole-unit match: a tag unit such as `<break time="1s"/>` contains spaces but is not one.
const SPACE = /^\s$/u;

/**
 * Splits `text` into pieces of at most `maxChars` code points each, cutting
 * after sentence punctuation (。！？；.!?;) when possible, then after clause
 * punctuation (，、：,:), then at whitespace, and only as a last resort in the
 * middle of a run. Closing quotes, brackets and the spaces after a sentence
 * stay with it.
 * Joining the pieces gives `text` back exactly: nothing is lost, duplicated
 * or reordered. Text that fits is returned as one piece; empty text as none.
 *
 * @example
 * ```ts
 * splitText("第一句。第二句。", { maxChars: 4 }); // ["第一句。", "第二句。"]
 * ```
 */
export function splitText(text: string, options: SplitTextOptions): string[] {
  const { maxChars } = options;
  if (!Number.isInteger(maxChars) || maxChars < 1) {
    throw new RangeError(
      `Cannot split text as 'maxChars' must be a positive integer: current value is ${maxChars}`,
    );
  }
  const chars = Array.from(text);
  const pieces: string[] = [];
  let start = 0;
  while (chars.length - start > maxChars) {
    const cut = findCut(chars, start, start + maxChars);
    pieces.push(chars.slice(start, cut).join(""));
    start = cut;
  }
  if (start < chars.length) pieces.push(chars.slice(start).join(""));
  return pieces;
}

/**
 * The best cut in (start, end]: an index such that chars[start, cut) is the
 * piece. `chars` are code points, or (for markup) code points and whole tags,
 * so a cut can only fall between them.
 */
export function findCut(chars: readonly string[], start: number, end: number): number {
  let clause = -1;
  let space = -1;
  for (let i = end - 1; i > start; i--) {
    // A cut at i + 1 keeps chars[i] in this piece, so it must be < end.
    const c = chars[i];
    const cut = extendOverClosers(chars, i + 1, end);
    if (isSentenceEnd(chars, i)) return cut;
    if (clause < 0 && CLAUSE_END.has(c)) clause = cut;
    if (space < 0 && SPACE.test(c)) space = i + 1;
  }
  if (clause > start) return clause;
  if (space > start) return space;
  return end;
}

function isSentenceEnd(chars: readonly string[], i: number): boolean {
  const c = chars[i];
  if (WIDE_SENTENCE_END.has(c)) return true;
  if (!NARROW_SENTENCE_END.has(c)) return false;
  const next = chars[i + 1];
  return next === undefined || SPACE.test(next) || CLOSERS.has(next) || next.startsWith("<");
}

/**
 * Moves a cut past the closing quotes/brackets and then the spaces that follow
 * it, without passing `end`, so the next piece starts with its first word.
 */
function extendOverClosers(chars: readonly string[], cut: number, end: number): number {
  // A closing tag (`</prosody>`) belongs with the sentence it closes, like a closing quote.
  while (cut < end && (CLOSERS.has(chars[cut]) || chars[cut].startsWith("</"))) cut++;
  while (cut < end && SPACE.test(chars[cut])) cut++;
  return cut;
}
