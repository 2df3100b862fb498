// The source of a script-driven operation (BuildVideo, BuildAudio, MuxVideo): probed once,
// its frame table read, and script segments mapped to source frames and output frames the
// same way in every call, so that the video and audio tracks agree frame for frame.
import { SacvError } from "../common/errors.ts";
import type { MediaContext } from "./context.ts";
import { type FrameTable, readFrameTable } from "./frame_table.ts";
import type { MuxSegment, ProbeResult } from "./messages.ts";
import { resolveInput } from "./paths.ts";
import { probe } from "./probe.ts";
import {
  copyVerdict,
  type OutputTiming,
  outputTiming,
  probeVideoStream,
  type VideoStreamInfo,
} from "./video_encoder.ts";
import { framesOf, type SegmentSpec } from "./video_plan.ts";

/** Most segments one call takes (each costs a little memory, never a process). */
export const MAX_SEGMENTS = 20_000;

/** An opened source. */
export interface Source {
  /** Real absolute path. */
  abs: string;
  /** The path as the caller gave it. */
  shown: string;
  info: ProbeResult;
  stream: VideoStreamInfo;
  table: FrameTable;
  timing: OutputTiming;
  /** Why whole GOPs cannot be copied, or null when they can. */
  noCopy: string | null;
}

/** A script segment as the media calls take it: seconds from the source's start. */
export interface TimeRange {
  start: number;
  end: number;
}

function invalid(field: string, message: string, reason = "INVALID_SEGMENT"): SacvError {
  return new SacvError("INVALID_ARGUMENT", `${field}: ${message}`, {
    reason,
    details: { field },
  });
}

/** Resolves, probes and reads the frame table of `path` (field `field`), which needs video. */
export async function openSource(
  ctx: MediaContext,
  path: string,
  field: string,
  signal?: AbortSignal,
): Promise<Source> {
  const abs = resolveInput(ctx.root, path, field);
  const info = await probe(abs, { ffprobe: ctx.ffprobe, signal, field, displayPath: path });
  if (!info.has_video) {
    throw new SacvError("FAILED_PRECONDITION", `${field}: ${path} has no video stream`, {
      reason: "NO_VIDEO",
      details: { field },
    });
  }
  const [stream, table] = await Promise.all([
    probeVideoStream(ctx, abs, signal),
    readFrameTable(ctx, abs, signal),
  ]);
  if (table.frames.length === 0) {
    throw invalid(field, `${path} has no video frames`, "CORRUPT_MEDIA");
  }
  const timing = outputTiming(stream, table);
  const last = table.frames[table.frames.length - 1].pts / table.timescale - table.start;
  const frame = timing.frameTicks / timing.timescale;
  const span = last + frame;
  if (span < info.video_duration - 2 * frame - info.video_duration * 0.005) {
    // The header promises frames the data does not hold: a cut-off upload.
    throw invalid(
      field,
      `${path} looks truncated or damaged: its frames end at ${span.toFixed(3)} s, ` +
        `its header says ${info.video_duration.toFixed(3)} s`,
      "DAMAGED_MEDIA",
    );
  }
  return {
    abs,
    shown: path,
    info,
    stream,
    table,
    timing,
    noCopy: copyVerdict(stream, table),
  };
}

/**
 * Checks every range (all bad ones named at once) and maps each to source frames; the
 * body is the frames shown (at the output rate for variable-rate sources).
 */
export function segmentSpecs(src: Source, ranges: readonly TimeRange[]): SegmentSpec[] {
  if (ranges.length === 0) throw invalid("segments", "at least one segment is required");
  if (ranges.length > MAX_SEGMENTS) {
    throw invalid("segments", `at most ${MAX_SEGMENTS}: current count is ${ranges.length}`);
  }
  const { table, timing } = src;
  const frame = timing.frameTicks / timing.timescale;
  const length = Math.max(src.info.video_duration, src.info.duration);
  const bad: string[] = [];
  ranges.forEach((r, i) => {
    const { start, end } = r;
    if (!Number.isFinite(start) || start < 0) {
      bad.push(`segments[${i}].start must be a number >= 0: current value is ${start}`);
    } else if (!Number.isFinite(end) || end - start < frame / 2) {
      bad.push(
        `segments[${i}].end must be at least one frame after start ${start}: current value is ${end}`,
      );
    } else if (start >= length - frame / 2 || end > length + frame) {
      bad.push(
        `segments[${i}] ${start}..${end} is beyond the end of the source (${length.toFixed(3)} s)`,
      );
    }
  });
  if (bad.length > 0) {
    const first = bad[0].match(/^segments\[\d+\][.a-z]*/)![0];
    throw new SacvError(
      "INVALID_ARGUMENT",
      `${bad.length} bad segment(s): ${bad.slice(0, 20).join("; ")}`,
      { reason: "INVALID_SEGMENT", details: { field: first } },
    );
  }
  return ranges.map((r) => {
    const [from, to] = framesOf(table, r.start, r.end);
    const body = table.frameTicks > 0
      ? to - from
      : Math.max(1, Math.round((r.end - r.start) / frame));
    return { from, to, body, hold: 0 };
  });
}

/** Output seconds of `frames` frames. */
export function framesToSeconds(src: Source, frames: number): number {
  return (frames * src.timing.frameTicks) / src.timing.timescale;
}

const VIDEO_MODES = ["", "copy", "extend", "freeze", "slow"];

/** The segment specs with each lengthened slot applied (extend, freeze, slow). */
export function lengthenedSpecs(src: Source, segments: MuxSegment[]): SegmentSpec[] {
  const specs = segmentSpecs(src, segments);
  const frame = src.timing.frameTicks / src.timing.timescale;
  return specs.map((spec, i) => {
    const s = segments[i];
    const video = s.video ?? "";
    if (!VIDEO_MODES.includes(video)) {
      throw new SacvError(
        "INVALID_ARGUMENT",
        `segments[${i}].video: must be copy, extend, freeze or slow: current value is ${video}`,
        { reason: "INVALID_SEGMENT", details: { field: `segments[${i}].video` } },
      );
    }
    if (video === "" || video === "copy") return spec;
    const slot = Math.max(1, Math.round((s.duration ?? 0) / frame));
    if (slot <= spec.body) return spec;
    if (video === "freeze") return { ...spec, hold: slot - spec.body };
    if (video === "slow") return { ...spec, body: slot };
    // More of the source after the segment; where the source ends first, its last frame is held.
    const [from, to] = framesOf(src.table, s.start, s.start + slot * frame);
    const { frames, timescale } = src.table;
    const body = src.table.frameTicks > 0 ? to - from : Math.min(
      slot,
      Math.max(1, Math.round(((frames[to - 1].pts - frames[from].pts) / timescale) / frame) + 1),
    );
    return { from, to, body, hold: Math.max(0, slot - body) };
  });
}
