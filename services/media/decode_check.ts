// The decode check of a muxed output: ffmpeg must decode it with nothing on stderr at
// `-v error`, and produce the frames it should. What a join can break is the start of the
// entry after it (parameter sets, references), so the check decodes the first frames of
// every entry, from its keyframe; copied GOPs are the source's own packets and each
// encoded piece is one encoder run. When the windows cover most of the file, all of it is.
import type { MediaContext } from "./context.ts";
import { baseArgs, runTool, sec } from "./ffmpeg.ts";
import type { FrameTable } from "./frame_table.ts";
import { quoteConcatPath } from "./concat_copy.ts";

/** Frames decoded after every joint. */
export const WINDOW_FRAMES = 16;

/** What the check found: ffmpeg's complaints and the frames it decoded. */
export interface DecodeCheck {
  errors: string;
  frames: number;
  expected: number;
  /** True when the whole file was decoded (else only the windows after joints). */
  whole: boolean;
}

/** A run of packets in decode order, `[from, to)`; `from` is a keyframe shown at index `from`. */
export interface Window {
  from: number;
  to: number;
}

/**
 * The decode-order windows to check: `WINDOW_FRAMES` packets from the start of the file and
 * from every joint (an entry's first frame, always a keyframe), plus the last packets.
 */
export function checkWindows(total: number, joints: number[], keyframes: number[]): Window[] {
  const windows: Window[] = [];
  const starts = [0, ...joints];
  // The end of the file, from its last keyframe.
  const lastKey = [...keyframes].reverse().find((k) => k <= Math.max(0, total - WINDOW_FRAMES));
  if (lastKey !== undefined) starts.push(lastKey);
  for (const j of [...new Set(starts)].sort((a, b) => a - b)) {
    const to = Math.min(total, j + WINDOW_FRAMES);
    const last = windows.at(-1);
    if (last && j <= last.to) last.to = Math.max(last.to, to);
    else windows.push({ from: j, to });
  }
  return windows;
}

/** The ffconcat list reading `windows` of `path` by packets (out by decode time). */
export function windowList(table: FrameTable, path: string, windows: Window[]): string | null {
  const quoted = quoteConcatPath(path);
  if (quoted === null) return null;
  const packets = [...table.frames].sort((a, b) => a.dts - b.dts);
  const tick = table.frameTicks || 1;
  const lines = ["ffconcat version 1.0"];
  for (const w of windows) {
    const inpoint = table.frames[w.from].pts;
    lines.push(`file ${quoted}`, `inpoint ${sec(inpoint / table.timescale)}`);
    if (w.to < packets.length) {
      const out = (packets[w.to - 1].dts + packets[w.to].dts) / 2;
      lines.push(`outpoint ${sec(out / table.timescale)}`);
    }
    // Long enough for every frame decoded, so the next window's timestamps come after.
    const last = Math.max(...packets.slice(w.from, w.to).map((p) => p.pts));
    lines.push(`duration ${sec((last - inpoint + tick) / table.timescale)}`);
  }
  return lines.join("\n") + "\n";
}

/**
 * Decodes the windows after `joints` (output frame indexes where entries meet) of `path`,
 * or all of it, and reports what ffmpeg said. `table` is the output's own frame table.
 */
export async function decodeCheck(
  ctx: MediaContext,
  path: string,
  table: FrameTable,
  joints: number[],
  dir: string,
  signal?: AbortSignal,
): Promise<DecodeCheck> {
  const total = table.frames.length;
  const windows = checkWindows(total, joints, table.cuts);
  const covered = windows.reduce((s, w) => s + w.to - w.from, 0);
  const list = covered > total * 0.6 ? null : windowList(table, path, windows);
  let input = ["-i", path];
  if (list !== null) {
    const listPath = `${dir}/check.ffconcat`;
    await Deno.writeTextFile(listPath, list);
    input = ["-f", "concat", "-safe", "0", "-i", listPath];
  }
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
  return {
    errors: stderr.trim(),
    frames,
    expected: list === null ? total : covered,
    whole: list === null,
  };
}
