// Subtitle lines from narration text: split at punctuation into lines a viewer can read at a
// glance, each timed within the speech (from provider word timings when there are any, else in
// proportion to the spoken characters). Shared by the draft's text track and SRT export.

/** One word (or character run) of synthesised speech, as a provider reports it. */
export interface WordTiming {
  text: string;
  /** Milliseconds from the start of the audio. */
  start_ms: number;
  end_ms: number;
}

/** One subtitle line and when it shows, in milliseconds of the speech's own clock. */
export interface SubtitleCue {
  text: string;
  start_ms: number;
  end_ms: number;
}

/** Longest line, in Chinese-character widths (`SACV_SUBTITLE_MAX_CHARS`). */
export const DEFAULT_SUBTITLE_MAX_CHARS = 16;

/** Options for {@linkcode splitSubtitle}. */
export interface SplitOptions {
  /** Longest line in Chinese-character widths (a Latin letter or space counts half); default 16. */
  maxChars?: number;
  /** Keep commas and full stops at line ends (subtitles usually drop them); default false. */
  keepTrailingPunctuation?: boolean;
}

/** Options for {@linkcode subtitleCues}. */
export interface CueOptions extends SplitOptions {
  /** Word timings of the speech; used when their text matches the subtitle text. */
  words?: readonly WordTiming[];
}

/** A sentence ends here: the line ends too. */
const STRONG = new Set([..."。！？!?；;…"]);
/** A pause: lines may be joined across it, or broken after it. */
const WEAK = new Set([..."，,、：:"]);
/** Closing marks that stay with what they close. */
const CLOSING = new Set([..."”’」』）)》〉】]}\"'"]);
/** Punctuation a line may end without (it reads as the line break itself). */
const DROPPABLE = new Set([..."，,、。.；;：:"]);

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]|\p{Extended_Pictographic}/u;
const WORD_CHAR = /[\p{L}\p{N}'’\-_]/u;
const SPOKEN = /[\p{L}\p{N}]/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

function split(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

function charWidth(g: string): number {
  return WIDE.test(g) ? 1 : 0.5;
}

/** Display width of `text` in Chinese-character units (Latin letters, digits, spaces: ½). */
export function displayWidth(text: string): number {
  return split(text).reduce((w, g) => w + charWidth(g), 0);
}

/** Length of `text` in UTF-16 code units, the unit the editors count style ranges in. */
export function utf16Length(text: string): number {
  return text.length;
}

function checkMax(maxChars: number): void {
  if (!Number.isFinite(maxChars) || maxChars < 2 || maxChars > 200) {
    throw new RangeError(
      `Cannot split subtitles as 'maxChars' must be from 2 to 200: current value is ${maxChars}`,
    );
  }
}

interface Atom {
  text: string;
  /** "punct" atoms never start a line. */
  kind: "word" | "punct" | "space";
}

/** Breaks a clause into atoms: a Latin word that fits stays whole, anything else per grapheme. */
function atoms(text: string, maxChars: number): Atom[] {
  const out: Atom[] = [];
  let word = "";
  const flush = () => {
    if (!word) return;
    if (displayWidth(word) <= maxChars) out.push({ text: word, kind: "word" });
    else for (const g of split(word)) out.push({ text: g, kind: "word" });
    word = "";
  };
  for (const g of split(text)) {
    if (!WIDE.test(g) && WORD_CHAR.test(g)) {
      word += g;
      continue;
    }
    flush();
    if (/^\s+$/u.test(g)) out.push({ text: " ", kind: "space" });
    else if (SPOKEN.test(g) || WIDE.test(g) && !STRONG.has(g) && !WEAK.has(g) && !CLOSING.has(g)) {
      out.push({ text: g, kind: "word" });
    } else out.push({ text: g, kind: "punct" });
  }
  flush();
  return out;
}

interface Clause {
  atoms: Atom[];
  /** Ends a sentence (or the text had a line break here). */
  strong: boolean;
}

/** Splits text into clauses ending after sentence or pause punctuation (closing marks kept). */
function clauses(text: string, maxChars: number): Clause[] {
  const out: Clause[] = [];
  for (const para of text.split(/\r?\n/)) {
    let cur: Atom[] = [];
    let ending: "" | "weak" | "strong" = "";
    const close = () => {
      if (cur.some((a) => a.kind !== "space")) {
        out.push({ atoms: cur, strong: ending === "strong" });
      }
      cur = [];
      ending = "";
    };
    for (const a of atoms(para, maxChars)) {
      if (ending && !(a.kind === "punct" && (CLOSING.has(a.text) || STRONG.has(a.text)))) close();
      if (a.kind === "space" && cur.length === 0) continue;
      cur.push(a);
      if (a.kind === "punct" && STRONG.has(a.text)) ending = "strong";
      else if (a.kind === "punct" && WEAK.has(a.text) && ending !== "strong") ending = "weak";
    }
    ending = "strong";
    close();
  }
  return out;
}

function render(line: readonly Atom[], keepTrailing: boolean): string {
  let text = line.map((a) => a.text).join("").trim();
  if (!keepTrailing) {
    let g = split(text);
    while (g.length > 1 && DROPPABLE.has(g[g.length - 1])) g = g.slice(0, -1);
    text = g.join("").trimEnd();
  }
  return text;
}

/** Cuts an over-long clause into the fewest pieces of near-equal width, never at a bad place. */
function balance(line: Atom[], maxChars: number, keep: boolean): Atom[][] {
  const total = displayWidth(render(line, keep));
  const pieces: Atom[][] = [];
  let rest = line;
  let count = Math.ceil(total / maxChars);
  while (rest.length > 0) {
    const target = displayWidth(render(rest, keep)) / Math.max(1, count);
    let take = 0;
    let width = 0;
    while (take < rest.length) {
      const next = width + displayWidth(rest[take].text);
      if (take > 0 && next > maxChars) break;
      width = next;
      take++;
      if (width >= target - 1e-9) break;
    }
    // A line never starts with punctuation or a space: pull them onto this piece.
    while (take < rest.length && rest[take].kind !== "word") take++;
    pieces.push(rest.slice(0, take));
    rest = rest.slice(take);
    count = Math.max(1, count - 1);
  }
  return pieces;
}

/**
 * Splits `text` into subtitle lines of at most `maxChars` Chinese-character
 * widths: at sentence punctuation always, at pauses (，、：) when a line
 * would grow too long, and an over-long clause into near-equal pieces (a
 * Latin word is never cut unless it alone is too long). Empty text gives [].
 *
 * @example
 * ```ts
 * splitSubtitle("今天我们来看一部电影，它讲述了一个关于勇气和友谊的故事。", { maxChars: 16 });
 * // ["今天我们来看一部电影", "它讲述了一个关于勇气和友谊的故事"]
 * ```
 */
export function splitSubtitle(text: string, options: SplitOptions = {}): string[] {
  const maxChars = options.maxChars ?? DEFAULT_SUBTITLE_MAX_CHARS;
  checkMax(maxChars);
  const keep = options.keepTrailingPunctuation ?? false;
  const lines: Atom[][] = [];
  let cur: Atom[] = [];
  let joinable = false;
  const flush = () => {
    if (cur.length) lines.push(cur);
    cur = [];
  };
  for (const c of clauses(text, maxChars)) {
    const width = displayWidth(render(c.atoms, keep));
    if (width > maxChars) {
      flush();
      lines.push(...balance(c.atoms, maxChars, keep));
      joinable = false;
      continue;
    }
    if (cur.length && joinable && displayWidth(render([...cur, ...c.atoms], keep)) <= maxChars) {
      cur.push(...c.atoms);
    } else {
      flush();
      cur = [...c.atoms];
    }
    joinable = !c.strong;
    if (c.strong) flush();
  }
  flush();
  return lines.map((l) => render(l, keep)).filter((l) => l !== "");
}

/** Spoken characters of `text` (letters and digits, lower-cased): what word timings cover. */
function spoken(text: string): string {
  return split(text.toLowerCase()).filter((g) => SPOKEN.test(g)).join("");
}

/** Start times (ms) of each line's first spoken character, or undefined when words don't match. */
function wordStarts(
  lines: readonly string[],
  words: readonly WordTiming[],
): { starts: number[]; end: number; first: number } | undefined {
  const owner: number[] = [];
  let joined = "";
  words.forEach((w, i) => {
    const s = spoken(w.text);
    joined += s;
    for (let k = 0; k < s.length; k++) owner.push(i);
  });
  if (joined === "" || joined !== lines.map(spoken).join("")) return undefined;
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    const n = spoken(line).length;
    starts.push(n > 0 ? words[owner[at]].start_ms : (starts.at(-1) ?? words[0].start_ms));
    at += n;
  }
  return { starts, first: words[0].start_ms, end: words[words.length - 1].end_ms };
}

/**
 * Splits `text` into lines ({@linkcode splitSubtitle}) and times them within
 * a speech of `durationMs`. With `words` whose text matches, each line starts
 * at its first word and the last ends at the last word; otherwise lines share
 * the duration in proportion to their spoken characters. Cues are
 * back to back (no flicker between lines), strictly increasing, and inside
 * `[0, durationMs]`.
 *
 * @example
 * ```ts
 * subtitleCues("第一句话。第二句话更长一点。", 3000);
 * // [{text: "第一句话", start_ms: 0, end_ms: 1000}, {text: "第二句话更长一点", start_ms: 1000, end_ms: 3000}]
 * ```
 */
export function subtitleCues(
  text: string,
  durationMs: number,
  options: CueOptions = {},
): SubtitleCue[] {
  if (!Number.isFinite(durationMs) || durationMs <= 0) {
    throw new RangeError(
      `Cannot time subtitles as 'durationMs' must be positive: current value is ${durationMs}`,
    );
  }
  const lines = splitSubtitle(text, options);
  if (lines.length === 0) return [];
  const clamp = (t: number) => Math.min(durationMs, Math.max(0, t));
  let bounds: number[];
  const timed = options.words?.length ? wordStarts(lines, options.words) : undefined;
  if (timed) {
    bounds = [...timed.starts.map(clamp), clamp(timed.end)];
    bounds[0] = clamp(timed.first);
  } else {
    const weights = lines.map((l) => Math.max(1, spoken(l).length));
    const total = weights.reduce((a, b) => a + b, 0);
    let acc = 0;
    bounds = [0];
    for (const w of weights) bounds.push((durationMs * (acc += w)) / total);
  }
  // Strictly increasing even when timings collapse (a line with no spoken characters).
  const n = lines.length;
  const step = Math.min(1, durationMs / (n + 1));
  for (let i = 1; i <= n; i++) bounds[i] = Math.max(bounds[i], bounds[i - 1] + step);
  for (let i = n; i >= 0; i--) {
    bounds[i] = Math.min(bounds[i], durationMs - (n - i) * step);
    if (i < n) bounds[i] = Math.min(bounds[i], bounds[i + 1] - step);
  }
  return lines.map((t, i) => ({ text: t, start_ms: bounds[i], end_ms: bounds[i + 1] }));
}
