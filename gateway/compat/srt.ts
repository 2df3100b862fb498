// SubRip (.srt) text to segments and back, for the superAIAutoCutVideo subtitle editor.

/** One subtitle cue, times in seconds. */
export interface SubtitleSegment {
  id: string;
  start_time: number;
  end_time: number;
  text: string;
}

const TIME = /(\d{1,2}):(\d{2}):(\d{2})[,.](\d{1,3})/;

function seconds(m: RegExpMatchArray): number {
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) +
    Number(m[4].padEnd(3, "0")) / 1000;
}

/**
 * Parses SRT text leniently: blocks separated by blank lines, a `start --> end`
 * line, then text lines; blocks without a time line are skipped.
 *
 * @example
 * ```ts
 * parseSrt("1\n00:00:01,000 --> 00:00:02,500\n你好\n"); // [{id: "1", start_time: 1, end_time: 2.5, text: "你好"}]
 * ```
 */
export function parseSrt(text: string): SubtitleSegment[] {
  const out: SubtitleSegment[] = [];
  const blocks = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split(/\n\s*\n/);
  for (const block of blocks) {
    const lines = block.split("\n").filter((l) => l.trim() !== "");
    const at = lines.findIndex((l) => l.includes("-->"));
    if (at < 0) continue;
    const [a, b] = lines[at].split("-->");
    const start = a.match(TIME);
    const end = b?.match(TIME);
    if (!start || !end) continue;
    out.push({
      id: at > 0 ? lines[at - 1].trim() : String(out.length + 1),
      start_time: seconds(start),
      end_time: seconds(end),
      text: lines.slice(at + 1).join("\n"),
    });
  }
  return out;
}

function stamp(s: number): string {
  const ms = Math.max(0, Math.round(s * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const sec = Math.floor(ms / 1000) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(h)}:${pad(m)}:${pad(sec)},${pad(ms % 1000, 3)}`;
}

/** Formats segments as SRT text (numbered from 1). */
export function formatSrt(
  segments: readonly { start_time: number; end_time: number; text: string }[],
): string {
  return segments.map((s, i) =>
    `${i + 1}\n${stamp(s.start_time)} --> ${stamp(s.end_time)}\n${s.text.replace(/\r\n?/g, "\n")}\n`
  ).join("\n");
}
