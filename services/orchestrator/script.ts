// Script parsing and validation: both segment formats in, one normalised shape out, every bad segment named.
import { SacvError } from "../common/errors.ts";
import { issuesError, rangeIssues, type SegmentIssue } from "./script_issues.ts";

export { formatIssues, type SegmentIssue } from "./script_issues.ts";

/** How a segment's audio is made. */
export type SegmentKind = "narration" | "original" | "mixed";

/** A validated segment, normalised from either input format. */
export interface ScriptSegment {
  id: string;
  /** Position in the script, 0-based. */
  index: number;
  /** Seconds in the source video. */
  start: number;
  end: number;
  /** Narration text (may be empty or the `播放原片` marker for original segments). */
  text: string;
  ost: 0 | 1 | 2;
  /** Subtitle text when the script gives one separately. */
  subtitle?: string;
  kind: SegmentKind;
  /**
   * Per-segment TTS overrides: `tts: {provider?, voice?, speed?, options?}` in the script;
   * a `tts_options` string map is accepted as `tts.options` too.
   */
  tts?: SegmentTts;
}

/** TTS settings a segment may override (options are the provider's knobs, e.g. the fake's). */
export interface SegmentTts {
  provider?: string;
  voice?: string;
  speed?: number;
  options?: Record<string, string>;
}

/** A parsed script: segments for the pipelines, and the normalised script to store. */
export interface ParsedScript {
  segments: ScriptSegment[];
  /** `{...unknown top-level keys, segments: [{...unknown keys, id, start_time, end_time, text, OST}]}`. */
  script: Record<string, unknown>;
}

/** The marker that makes a segment play the original footage. */
export const ORIGINAL_MARKER = "播放原片";

const ALIASES = new Set(["_id", "id", "timestamp", "start_time", "end_time", "narration", "text"]);
const TIME = String.raw`(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[,.](\d{1,3}))?`;
const TIMESTAMP_RE = new RegExp(String.raw`^\s*${TIME}\s*(?:-->|-|~)\s*${TIME}\s*$`);

function clock(parts: string[]): number {
  const [h, m, s, ms = "0"] = parts;
  return Number(h) * 3600 + Number(m) * 60 + Number(s) + Number(ms.padEnd(3, "0")) / 1000;
}

/** Parses `HH:MM:SS,mmm-HH:MM:SS,mmm` into seconds, or undefined when malformed. */
export function parseTimestamp(value: string): { start: number; end: number } | undefined {
  const m = TIMESTAMP_RE.exec(value);
  if (!m) return undefined;
  return { start: clock(m.slice(1, 5)), end: clock(m.slice(5, 9)) };
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && value.trim() !== "") {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

function describe(value: unknown): string {
  const s = JSON.stringify(value);
  return s === undefined ? String(value) : s.length > 40 ? s.slice(0, 37) + "..." : s;
}

function segmentList(input: unknown): unknown[] | string {
  let value = input;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return "script is not valid JSON";
    }
  }
  if (Array.isArray(value)) return value;
  if (value && typeof value === "object") {
    const segs = (value as Record<string, unknown>).segments;
    if (Array.isArray(segs)) return segs;
    return "script.segments must be an array";
  }
  return `script must be an object with segments or an array: got ${describe(value)}`;
}

function parseTts(value: unknown, bad: (field: string, problem: string) => void) {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) {
    bad("tts", `must be an object: got ${describe(value)}`);
    return undefined;
  }
  const v = value as Record<string, unknown>;
  const out: SegmentTts = {};
  for (const key of ["provider", "voice"] as const) {
    if (v[key] === undefined) continue;
    if (typeof v[key] === "string") out[key] = v[key];
    else bad(`tts.${key}`, `must be a string: got ${describe(v[key])}`);
  }
  if (v.speed !== undefined) {
    const n = toNumber(v.speed);
    if (n !== undefined && n > 0) out.speed = n;
    else bad("tts.speed", `must be a positive number: got ${describe(v.speed)}`);
  }
  if (v.options !== undefined) {
    if (v.options && typeof v.options === "object" && !Array.isArray(v.options)) {
      out.options = Object.fromEntries(
        Object.entries(v.options).map(([k, x]) => [k, String(x)]),
      );
    } else bad("tts.options", `must be an object: got ${describe(v.options)}`);
  }
  return out;
}

function parseSegment(
  raw: unknown,
  index: number,
  issues: SegmentIssue[],
): { seg: ScriptSegment; stored: Record<string, unknown> } | undefined {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    issues.push({ index, field: "segment", problem: `must be an object: got ${describe(raw)}` });
    return undefined;
  }
  const r = raw as Record<string, unknown>;
  const rawId = r.id ?? r._id;
  const id = typeof rawId === "string" || typeof rawId === "number"
    ? String(rawId).trim()
    : String(index + 1);
  const before = issues.length;
  const bad = (field: string, problem: string) => issues.push({ index, id, field, problem });
  if (id === "") bad("id", "must not be empty");

  let start: number | undefined;
  let end: number | undefined;
  if (r.start_time !== undefined || r.end_time !== undefined || r.timestamp === undefined) {
    start = toNumber(r.start_time);
    end = toNumber(r.end_time);
    if (start === undefined) bad("start_time", `must be a number: got ${describe(r.start_time)}`);
    if (end === undefined) bad("end_time", `must be a number: got ${describe(r.end_time)}`);
  } else if (typeof r.timestamp !== "string" || !parseTimestamp(r.timestamp)) {
    bad("timestamp", `must be "HH:MM:SS,mmm-HH:MM:SS,mmm": got ${describe(r.timestamp)}`);
  } else {
    ({ start, end } = parseTimestamp(r.timestamp)!);
  }
  if (start !== undefined && start < 0) bad("start_time", `must not be negative: got ${start}`);
  if (end !== undefined && end < 0) bad("end_time", `must not be negative: got ${end}`);
  if (start !== undefined && end !== undefined && start >= end) {
    bad("end_time", `must be greater than start_time: got ${start}..${end}`);
  }

  let ost: 0 | 1 | 2 = 0;
  if (r.OST !== undefined && r.OST !== null) {
    const n = toNumber(r.OST);
    if (n === 0 || n === 1 || n === 2) ost = n;
    else bad("OST", `must be 0, 1 or 2: got ${describe(r.OST)}`);
  }
  const rawText = r.text ?? r.narration ?? "";
  if (typeof rawText !== "string") bad("text", `must be a string: got ${describe(rawText)}`);
  const text = typeof rawText === "string" ? rawText.trim() : "";
  let subtitle: string | undefined;
  if (r.subtitle !== undefined && r.subtitle !== null) {
    if (typeof r.subtitle === "string") subtitle = r.subtitle;
    else bad("subtitle", `must be a string: got ${describe(r.subtitle)}`);
  }
  let tts = parseTts(r.tts, bad);
  if (r.tts_options !== undefined && r.tts_options !== null) {
    const extra = parseTts(
      { options: r.tts_options },
      (f, p) => bad(f.replace("tts.options", "tts_options"), p),
    );
    if (extra?.options) tts = { ...tts, options: { ...extra.options, ...tts?.options } };
  }
  const kind: SegmentKind = ost === 1 || text.startsWith(ORIGINAL_MARKER)
    ? "original"
    : ost === 2
    ? "mixed"
    : "narration";
  if (kind !== "original" && text === "" && typeof rawText === "string") {
    bad("text", "narration text is empty");
  }
  if (issues.length > before) return undefined;

  const stored: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (!ALIASES.has(k)) stored[k] = v;
  Object.assign(stored, { id, start_time: start, end_time: end, text, OST: ost });
  if (subtitle !== undefined) stored.subtitle = subtitle;
  const seg: ScriptSegment = { id, index, start: start!, end: end!, text, ost, kind };
  if (subtitle !== undefined) seg.subtitle = subtitle;
  if (tts !== undefined) seg.tts = tts;
  return { seg, stored };
}

/**
 * Parses a script in either format (`{segments: [...]}` or a bare array; items
 * `{id, start_time, end_time, text, OST?, subtitle?}` or LLM-style
 * `{_id, timestamp, narration, OST}`), collecting every problem before
 * throwing one SacvError INVALID_ARGUMENT that names each bad segment.
 *
 * @example
 * ```ts
 * const { segments } = parseScript({ segments: [{ id: "a", start_time: 0, end_time: 2, text: "你好" }] });
 * ```
 */
export function parseScript(input: unknown): ParsedScript {
  const { issues, ...parsed } = collectScript(input);
  if (issues.length > 0) throw issuesError(issues);
  return parsed;
}

/** Parses like {@linkcode parseScript} but returns the issues instead of throwing on them. */
function collectScript(input: unknown): ParsedScript & { issues: SegmentIssue[] } {
  const list = segmentList(input);
  if (typeof list === "string") {
    throw new SacvError("INVALID_ARGUMENT", list, {
      reason: "INVALID_SCRIPT",
      details: { field: "script" },
    });
  }
  if (list.length === 0) {
    throw new SacvError("INVALID_ARGUMENT", "script has no segments", {
      reason: "INVALID_SCRIPT",
      details: { field: "segments" },
    });
  }
  const issues: SegmentIssue[] = [];
  const segments: ScriptSegment[] = [];
  const stored: Record<string, unknown>[] = [];
  const seen = new Map<string, number>();
  list.forEach((raw, index) => {
    const out = parseSegment(raw, index, issues);
    if (!out) return;
    const prev = seen.get(out.seg.id);
    if (prev !== undefined) {
      issues.push({
        index,
        id: out.seg.id,
        field: "id",
        problem: `duplicates segments[${prev}]`,
      });
      return;
    }
    seen.set(out.seg.id, index);
    segments.push(out.seg);
    stored.push(out.stored);
  });
  const top = typeof input === "string" ? JSON.parse(input) : input;
  const script: Record<string, unknown> = Array.isArray(top) ? {} : { ...top };
  script.segments = stored;
  return { segments, script, issues };
}

/**
 * Checks every segment's range against the source: `start < duration`,
 * `end <= duration` with half a frame of tolerance, and at least one frame
 * long. Throws one INVALID_ARGUMENT naming every segment that fails.
 */
export function validateAgainstDuration(
  parsed: ParsedScript,
  durationSec: number,
  fps = 25,
): void {
  const issues = rangeIssues(parsed.segments, durationSec, fps);
  if (issues.length > 0) throw issuesError(issues);
}

/**
 * Parses a script and validates it against the source's duration and frame
 * rate in one step; the one error it throws names every bad segment, whether
 * malformed or out of range.
 */
export function validateScript(input: unknown, durationSec: number, fps = 25): ParsedScript {
  const { issues, ...parsed } = collectScript(input);
  issues.push(...rangeIssues(parsed.segments, durationSec, fps));
  if (issues.length > 0) throw issuesError(issues.sort((a, b) => a.index - b.index));
  return parsed;
}
