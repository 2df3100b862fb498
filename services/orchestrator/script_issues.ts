// Script problems found against the source, and how they are reported: one message naming every bad segment, and details whose
// numbers stay numbers (a JSON detail, since gRPC metadata carries only strings).
import { SacvError } from "../common/errors.ts";
import type { ScriptSegment } from "./script.ts";

/** One problem with one segment. */
export interface SegmentIssue {
  index: number;
  id?: string;
  field: string;
  problem: string;
}

/**
 * The JSON detail of an INVALID_SCRIPT error (`details.detail_json`, metadata
 * `sacv-detail-json`): the same facts as the flat details, typed.
 */
export interface ScriptIssuesDetail {
  /** The first bad field, e.g. `segments[2].end_time`. */
  field: string;
  /** The first bad segment's id ("" when it had none). */
  segment_id: string;
  /** The first bad segment's index. */
  index: number;
  /** Index of every bad segment, ascending, each once. */
  bad_segments: number[];
  /** Every problem, in script order. */
  issues: { index: number; segment_id: string; field: string; problem: string }[];
}

/** Formats issues as one message naming every bad segment and field. */
export function formatIssues(issues: readonly SegmentIssue[]): string {
  const parts = issues.map((i) =>
    `segments[${i.index}]${
      i.id !== undefined ? ` (id ${JSON.stringify(i.id)})` : ""
    }: ${i.field} ${i.problem}`
  );
  const segs = new Set(issues.map((i) => i.index)).size;
  return `script has ${segs} bad segment${segs === 1 ? "" : "s"}: ${parts.join("; ")}`;
}

/** JSON with every non-ASCII character escaped, so it travels as plain ASCII metadata. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * The INVALID_ARGUMENT (reason INVALID_SCRIPT) for `issues` (at least one).
 * Flat details keep the first bad segment for older readers (`bad_segments`
 * as "1,3"); `detail_json` holds {@linkcode ScriptIssuesDetail} with numbers
 * as numbers.
 */
export function issuesError(issues: readonly SegmentIssue[]): SacvError {
  const first = issues[0];
  const bad = [...new Set(issues.map((i) => i.index))].sort((a, b) => a - b);
  const detail: ScriptIssuesDetail = {
    field: `segments[${first.index}].${first.field}`,
    segment_id: first.id ?? "",
    index: first.index,
    bad_segments: bad,
    issues: issues.map((i) => ({
      index: i.index,
      segment_id: i.id ?? "",
      field: i.field,
      problem: i.problem,
    })),
  };
  return new SacvError("INVALID_ARGUMENT", formatIssues(issues), {
    reason: "INVALID_SCRIPT",
    details: {
      field: detail.field,
      segment_id: detail.segment_id,
      index: detail.index,
      bad_segments: bad.join(","),
      detail_json: asciiJson(detail),
    },
  });
}

/** Every segment of `segments` whose range does not fit a source of `durationSec` at `fps`. */
export function rangeIssues(
  segments: readonly Pick<ScriptSegment, "index" | "id" | "start" | "end">[],
  durationSec: number,
  fps: number,
): SegmentIssue[] {
  const rate = fps > 0 ? fps : 25;
  const frame = 1 / rate;
  const tolerance = frame / 2;
  const issues: SegmentIssue[] = [];
  for (const s of segments) {
    if (s.start >= durationSec) {
      issues.push({
        index: s.index,
        id: s.id,
        field: "start_time",
        problem: `(${s.start}) is beyond the video duration ${durationSec.toFixed(3)}s`,
      });
    } else if (s.end > durationSec + tolerance) {
      issues.push({
        index: s.index,
        id: s.id,
        field: "end_time",
        problem: `(${s.end}) is beyond the video duration ${durationSec.toFixed(3)}s`,
      });
    } else if (Math.min(s.end, durationSec) - s.start < frame - 1e-9) {
      // A cut shorter than one frame has no picture: ffmpeg would fail on it much later.
      const length = Math.min(s.end, durationSec) - s.start;
      issues.push({
        index: s.index,
        id: s.id,
        field: "end_time",
        problem: `makes the segment ${+length.toFixed(6)}s long, shorter than one frame ` +
          `(${+frame.toFixed(6)}s at ${+rate.toFixed(3)} fps)`,
      });
    }
  }
  return issues;
}
