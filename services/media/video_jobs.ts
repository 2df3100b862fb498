// ffmpeg jobs that write pieces: one process per chunk decodes only what its pieces need,
// encodes them as one stream with a keyframe at each piece's start and splits it into one
// MP4 per piece (segment muxer). Filter graphs and lists go to files: no argument limits.
import { quoteConcatPath } from "./concat_copy.ts";
import { baseArgs, sec } from "./ffmpeg.ts";
import type { FrameTable } from "./frame_table.ts";
import type { OutputTiming } from "./video_encoder.ts";
import type { Piece } from "./video_plan.ts";

/** What a job writes: the files in order and the frames each holds. */
export interface JobOutput {
  /** Piece key, or `copy:<from>-<to>` for a copied range. */
  key: string;
  file: string;
  frames: number;
}

/** One ffmpeg run: its arguments (no output path needed), side files, and outputs. */
export interface Job {
  args: string[];
  /** Side files to write before running: path → text. */
  files: Record<string, string>;
  outputs: JobOutput[];
  /** Output frame at which each output starts (progress), ascending. */
  starts: number[];
}

/** Seconds of a tick count, as ffmpeg options want them. */
export function ticksToSec(ticks: number, timescale: number): string {
  return sec(ticks / timescale);
}

/** Display index of the cut at or before `f` (0 when none). */
function cutAtOrBefore(table: FrameTable, f: number): number {
  let best = 0;
  for (const c of table.cuts) {
    if (c <= f) best = c;
    else break;
  }
  return best;
}

function cutAtOrAfter(table: FrameTable, f: number): number {
  return table.cuts.find((c) => c >= f) ?? table.frames.length;
}

/** Largest decode time among frames `[from, to)`: the packet just before the cut at `to`. */
function lastDts(table: FrameTable, from: number, to: number): number {
  let m = -Infinity;
  for (let i = from; i < to; i++) m = Math.max(m, table.frames[i].dts);
  return m;
}

/** One entry of an ffconcat list reading source frames `[from, to)` (both cuts). */
export interface SourceRange {
  from: number;
  to: number;
}

/**
 * ffconcat lines reading `ranges` of `source` by packets: in at the cut's pts, out just
 * before the next cut's packet (the demuxer stops on dts), durations summed without drift.
 */
export function rangeList(
  table: FrameTable,
  source: string,
  ranges: SourceRange[],
  timing: OutputTiming,
): string | null {
  const quoted = quoteConcatPath(source);
  if (quoted === null) return null;
  const { frames, timescale } = table;
  const lines = ["ffconcat version 1.0"];
  let outFrames = 0;
  for (const r of ranges) {
    lines.push(`file ${quoted}`, `inpoint ${ticksToSec(frames[r.from].pts, timescale)}`);
    if (r.to < frames.length) {
      const out = (frames[r.to].dts + lastDts(table, r.from, r.to)) / 2;
      lines.push(`outpoint ${ticksToSec(out, timescale)}`);
    }
    lines.push(`duration ${driftFree(outFrames, r.to - r.from, timing)}`);
    outFrames += r.to - r.from;
  }
  return lines.join("\n") + "\n";
}

/** The duration of `n` frames starting at output frame `at`, rounded so that sums do not drift. */
export function driftFree(at: number, n: number, timing: OutputTiming): string {
  const us = (f: number) => Math.round((f * timing.frameTicks * 1e6) / timing.timescale);
  return ((us(at + n) - us(at)) / 1e6).toFixed(6);
}

/** The options every encode job shares: graph file, output timing, progress. */
interface EncodeJobOptions {
  table: FrameTable;
  /** Absolute source path. */
  source: string;
  pieces: Piece[];
  timing: OutputTiming;
  encoder: string[];
  /** Filters after each piece (e.g. setsar, even size). */
  tail: string;
  /** Where side files and outputs go (absolute dir) and the job's name. */
  dir: string;
  name: string;
}

/** Filters that turn trimmed source frames into a piece's `body` (+ `hold`) frames. */
function shape(p: Piece, retime: boolean, rate: string): string {
  const parts = ["setpts=PTS-STARTPTS"];
  if (retime || p.body !== p.to - p.from) {
    const k = p.body / (p.to - p.from);
    if (k !== 1) parts.push(`setpts=PTS*${k.toFixed(9)}`);
    parts.push(`fps=${rate}`, "tpad=stop_mode=clone:stop=4", `trim=end_frame=${p.body}`);
  }
  if (p.hold > 0) parts.push(`tpad=stop_mode=clone:stop=${p.hold}`);
  return parts.join(",");
}

function encodeArgs(o: EncodeJobOptions, input: string[], graph: string): Job {
  const graphPath = `${o.dir}/${o.name}.graph`;
  const starts: number[] = [];
  let at = 0;
  const outputs = o.pieces.map((p, i) => {
    const frames = p.body + p.hold;
    starts.push(at);
    at += frames;
    return { key: p.key, file: `${o.dir}/${o.name}_${String(i).padStart(4, "0")}.mp4`, frames };
  });
  const keyframes = starts.map((s) => `eq(n,${s})`).join("+");
  const args = [
    ...baseArgs(),
    ...input,
    "-filter_complex_script",
    graphPath,
    "-map",
    "[out]",
    ...o.encoder,
    "-force_key_frames",
    `expr:${keyframes}`,
    "-map_metadata",
    "-1",
    "-progress",
    "pipe:1",
    "-stats_period",
    "0.5",
  ];
  args.push(...splitOutput(outputs, starts, o.timing, `${o.dir}/${o.name}_%04d.mp4`));
  return { args, files: { [graphPath]: graph }, outputs, starts };
}

/** Output options writing one MP4 per output, split at `starts` (segment muxer). */
function splitOutput(
  outputs: JobOutput[],
  starts: number[],
  timing: OutputTiming,
  pattern: string,
): string[] {
  if (outputs.length === 1) {
    return ["-video_track_timescale", String(timing.timescale), "-f", "mp4", outputs[0].file];
  }
  return [
    "-f",
    "segment",
    "-segment_format",
    "mp4",
    "-segment_format_options",
    `video_track_timescale=${timing.timescale}`,
    "-segment_frames",
    starts.slice(1).join(","),
    pattern,
  ];
}

function graphOf(trims: string[], o: EncodeJobOptions): string {
  const { frameTicks, timescale } = o.timing;
  const n = trims.length;
  const head = n === 1
    ? "[0:v:0]null[s0]"
    : `[0:v:0]split=${n}${trims.map((_, i) => `[s${i}]`).join("")}`;
  const lines = [head, ...trims.map((t, i) => `[s${i}]${t}[p${i}]`)];
  lines.push(
    `${trims.map((_, i) => `[p${i}]`).join("")}concat=n=${n}:v=1:a=0,` +
      `settb=${frameTicks}/${timescale},setpts=N${o.tail ? "," + o.tail : ""}[out]`,
  );
  return lines.join(";\n") + "\n";
}

/**
 * A job decoding only the GOPs its pieces touch (through an ffconcat list of the source)
 * and trimming by frame index. Needs a constant frame rate and a cut at frame 0.
 */
export function gopEncodeJob(o: EncodeJobOptions): Job | null {
  const { table } = o;
  const ranges: SourceRange[] = [];
  for (const p of o.pieces) {
    const from = cutAtOrBefore(table, p.from);
    const to = cutAtOrAfter(table, p.to);
    const last = ranges.at(-1);
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else ranges.push({ from, to });
  }
  const list = rangeList(table, o.source, ranges, {
    timescale: table.timescale,
    frameTicks: table.frameTicks,
  });
  if (list === null) return null;
  const index = (f: number) => {
    let offset = 0;
    for (const r of ranges) {
      if (f >= r.from && f <= r.to) return offset + (f - r.from);
      offset += r.to - r.from;
    }
    throw new RangeError(`frame ${f} is in no decoded range`);
  };
  const rate = `${o.timing.timescale}/${o.timing.frameTicks}`;
  const trims = o.pieces.map((p) =>
    `trim=start_frame=${index(p.from)}:end_frame=${index(p.to)},${shape(p, false, rate)}`
  );
  const listPath = `${o.dir}/${o.name}.ffconcat`;
  const job = encodeArgs(o, ["-f", "concat", "-safe", "0", "-i", listPath], graphOf(trims, o));
  job.files[listPath] = list;
  return job;
}

/**
 * A job for any source: seek to the first piece, decode through the last one, trim by
 * time (boundaries half-way between frames), retime to the output rate.
 */
export function seekEncodeJob(o: EncodeJobOptions): Job {
  const { frames, timescale } = o.table;
  const t = (i: number) => frames[i].pts / timescale - o.table.start;
  const edge = (f: number) =>
    f <= 0
      ? t(0) - 0.001
      : f >= frames.length
      ? t(frames.length - 1) + 0.001
      : (t(f - 1) + t(f)) / 2;
  const t0 = Math.max(0, edge(o.pieces[0].from) - 0.002);
  const end = Math.max(...o.pieces.map((p) => edge(p.to)));
  const rate = `${o.timing.timescale}/${o.timing.frameTicks}`;
  const retime = o.table.frameTicks <= 0;
  const trims = o.pieces.map((p) =>
    `trim=start=${sec(edge(p.from) - t0)}:end=${sec(edge(p.to) - t0)},${shape(p, retime, rate)}`
  );
  return encodeArgs(
    o,
    ["-ss", sec(t0), "-t", sec(end - t0 + 0.5), "-i", o.source],
    graphOf(trims, o),
  );
}

/**
 * A job copying source ranges (each from a cut to a cut) into one MP4 each, with the
 * parameter sets in band (HEVC: every copied keyframe carries its own VPS/SPS/PPS).
 */
export function copyJob(
  table: FrameTable,
  source: string,
  ranges: SourceRange[],
  timing: OutputTiming,
  dir: string,
  name: string,
  tag: string,
): Job | null {
  const list = rangeList(table, source, ranges, timing);
  if (list === null) return null;
  const listPath = `${dir}/${name}.ffconcat`;
  const starts: number[] = [];
  let at = 0;
  const outputs = ranges.map((r, i) => {
    starts.push(at);
    at += r.to - r.from;
    return {
      key: `copy:${r.from}-${r.to}`,
      file: `${dir}/${name}_${String(i).padStart(4, "0")}.mp4`,
      frames: r.to - r.from,
    };
  });
  const args = [
    ...baseArgs(),
    "-f",
    "concat",
    "-safe",
    "0",
    "-i",
    listPath,
    "-map",
    "0:v:0",
    "-c",
    "copy",
    "-bsf:v",
    "hevc_mp4toannexb",
    "-tag:v",
    tag,
    "-map_metadata",
    "-1",
    "-progress",
    "pipe:1",
    ...splitOutput(outputs, starts, timing, `${dir}/${name}_%04d.mp4`),
  ];
  return { args, files: { [listPath]: list }, outputs, starts };
}
