// Splits SSML (`<speak>…</speak>` with tags inside) into pieces that are each well-formed
// SSML: cuts fall only between tags, and elements open at a cut are closed and reopened.
import { findCut, splitText } from "./text_split.ts";

const TAG = /<[^<>]*>/g;

/** True when `text` carries SSML markup (it starts with a `<speak` element). */
export function isSsml(text: string): boolean {
  return /^\s*<speak[\s>]/i.test(text);
}

interface Open {
  name: string;
  raw: string;
}

/** The element name of an opening or closing tag, or "" for `<?…>`, `<!…>`. */
function tagName(tag: string): string {
  return tag.match(/^<\/?\s*([A-Za-z_][\w:.-]*)/)?.[1] ?? "";
}

/** The open-element stack after `unit`, given the stack before it. */
function step(stack: readonly Open[], unit: string): Open[] {
  if (!unit.startsWith("<") || unit.length < 2) return stack as Open[];
  const name = tagName(unit);
  if (!name || unit.endsWith("/>")) return stack as Open[];
  if (unit.startsWith("</")) {
    const at = stack.map((o) => o.name).lastIndexOf(name);
    return at < 0 ? stack as Open[] : stack.slice(0, at);
  }
  return [...stack, { name, raw: unit }];
}

const closers = (stack: readonly Open[]) => stack.toReversed().map((o) => `</${o.name}>`).join("");
const openers = (stack: readonly Open[]) => stack.map((o) => o.raw).join("");
const count = (s: string) => Array.from(s).length;

/** Options for {@linkcode splitSsml}. */
export interface SplitSsmlOptions {
  /** Largest piece in characters (code points), markup included. */
  maxChars: number;
}

/**
 * Splits SSML into pieces of at most `maxChars` code points, markup included,
 * preferring sentence, then clause, then space boundaries like
 * {@linkcode splitText}. A cut never falls inside a tag; every element open at
 * a cut (`<speak>`, `<prosody …>`) is closed at the end of its piece and
 * reopened, attributes and all, at the start of the next, so each piece is a
 * document of its own. Text without tags is split by {@linkcode splitText}.
 * Throws a RangeError when a tag, or the elements open around a cut, do not
 * fit in `maxChars` with at least one character of content.
 *
 * @example
 * ```ts
 * splitSsml('<speak>第一句。<break time="300ms"/>第二句。</speak>', { maxChars: 30 });
 * // ['<speak>第一句。</speak>', '<speak><break time="300ms"/>第二句。</speak>']
 * ```
 */
export function splitSsml(text: string, options: SplitSsmlOptions): string[] {
  const { maxChars } = options;
  if (!text.includes("<")) return splitText(text, options);
  if (!Number.isInteger(maxChars) || maxChars < 1) {
    throw new RangeError(
      `Cannot split text as 'maxChars' must be a positive integer: current value is ${maxChars}`,
    );
  }
  // Units: each code point of text, each whole tag.
  const units: string[] = [];
  let last = 0;
  for (const m of text.matchAll(TAG)) {
    units.push(...Array.from(text.slice(last, m.index)), m[0]);
    last = m.index + m[0].length;
  }
  units.push(...Array.from(text.slice(last)));
  if (count(text) <= maxChars) return [text];

  const pieces: string[] = [];
  let start = 0;
  let stack: Open[] = [];
  while (start < units.length) {
    const prefix = openers(stack);
    // The furthest end whose piece (reopened elements, content, closers) fits. The total
    // never shrinks as the end moves on (a closing tag adds what its closer took away),
    // so every end up to it fits too.
    let used = count(prefix);
    let open = stack;
    let end = start;
    while (end < units.length) {
      const next = step(open, units[end]);
      const total = used + count(units[end]) + count(closers(next));
      if (total > maxChars) break;
      used += count(units[end]);
      open = next;
      end++;
    }
    if (end === start) {
      throw new RangeError(
        `Cannot split SSML into pieces of ${maxChars} characters: '${
          units[start].slice(0, 40)
        }' at unit ${start} does not fit with the markup open around it`,
      );
    }
    const cut = end === units.length ? end : findCut(units, start, end);
    let after = stack;
    for (let i = start; i < cut; i++) after = step(after, units[i]);
    pieces.push(prefix + units.slice(start, cut).join("") + closers(after));
    stack = after;
    start = cut;
  }
  return pieces;
}

/** The text of SSML without its tags (entities left as they are). */
export function ssmlText(text: string): string {
  return text.replace(TAG, "");
}
