// The decode check of a muxed output: ffmpeg must decode it with nothing on stderr at
// `-v error`. Copied GOPs far from any joint are the source's own packets, so only the GOP
// before and the GOP after each joint (and every encoded piece) are decoded; when those
// cover most of the file, the whole file is.
import type { MediaContext } from "./context.ts";
import { baseArgs, runTool } from "./ffmpeg.ts";
import type { FrameTable } from "./frame_table.ts";
import { rangeList, type SourceRange } from "./video_jobs.ts";
import type { OutputTiming } from "./video_encoder.ts";

/** What the check found: ffmpeg's complaints and the frames it decoded. */
export interface DecodeCheck {
  errors: string;
  frames: number;
  expected: number;
  /** True when the whole file was decoded (else only the windows around joints). */
  whole: boolean;
}

/**
 * The output frame ranges to decode: around every joint in `joints` (output frame indexes
 * where one entry ends and the next begins), from the keyframe before to the keyframe after.
 */
export function checkWindows(table: FrameTable, joints: number[]): SourceRange[] {
  const cuts = table.cuts;
  const total = table.frames.length;
  const windows: SourceRange[] = [];
  const at = [0, ...joints, total - 1];
  for (const j of at) {
    let from = 0;
    for (const c of cuts) if (c < j) from = c;
    const to = cuts.find((c) => c > j) ?? total;
    const last = windows.at(-1);
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else windows.push({ from, to });
  }
  return windows;
}

/**
 * Decodes `path` (windows around `joints`, or all of it) and reports what ffmpeg said.
 * `table` is the output's own frame table.
 */
export async function decodeCheck(
  ctx: MediaContext,
  path: string,
  table: FrameTable,
  joints: number[],
  dir: string,
  signal?: AbortSignal,
): Promise<DecodeCheck> {
  const windows = checkWindows(table, joints);
  const covered = windows.reduce((s, w) => s + w.to - w.from, 0);
  const whole = covered > table.frames.length * 0.6;
  const timing: OutputTiming = {
    timescale: table.timescale,
    frameTicks: table.frameTicks || 1,
  };
  let input = ["-i", path];
  if (!whole) {
    const list = rangeList(table, path, windows, timing);
    if (list !== null) {
      const listPath = `${dir}/check.ffconcat`;
      await Deno.writeTextFile(listPath, list);
      input = ["-f", "concat", "-safe", "0", "-i", listPath];
    }
  }
  const expected = input[0] === "-i" ? table.frames.length : covered;
  let frames = 0;
  const { stderr } = await runTool(ctx.ffmpeg, [
    ...baseArgs(),
    ...input,
    "-map",
    "0:v:0",
    "-f",
    "null",
    "-progress",
    "pipe:1",
    "-",
  ], {
    signal,
    limit: ctx.limit,
    onProgress: (block) => {
      const n = Number(block.frame);
      if (Number.isFinite(n)) frames = n;
    },
  });
  return { errors: stderr.trim(), frames, expected, whole: input[0] === "-i" };
}
