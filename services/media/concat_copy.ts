// Concat fast path: when every input's video is the same stream format (clips cut
// and aligned by this service from one source), the video is stream-copied through
// the concat demuxer and only the audio is re-encoded, per clip, as in the filter path.
import { AUDIO_ENCODE } from "./cut.ts";
import { baseArgs, sec } from "./ffmpeg.ts";
import type { ProbeResult } from "./messages.ts";
import { readVideoFormat, type VideoFormat } from "./mp4_format.ts";

/** Output options both concat paths end with: no metadata, moov first, progress on stdout. */
export const MP4_OUTPUT_WITH_PROGRESS: readonly string[] = [
  "-map_metadata",
  "-1",
  "-movflags",
  "+faststart",
  "-progress",
  "pipe:1",
  "-stats_period",
  "0.25",
];

/** ffmpeg stderr lines that mean the copied timestamps are not clean. */
const TIMESTAMP_TROUBLE = /monoton|out of order|invalid dts|discontinuity/i;

/**
 * Reads the video formats of `paths` (MP4 headers, no ffprobe), `parallel` at
 * a time; an input that is not a copyable MP4 is null. Stops at the first batch that shows the inputs
 * differ, answering `[null]` (no copy) without probing the rest.
 */
export async function videoFormats(
  paths: string[],
  parallel: number,
): Promise<(VideoFormat | null)[]> {
  const formats: (VideoFormat | null)[] = [];
  for (let i = 0; i < paths.length; i += parallel) {
    formats.push(
      ...await Promise.all(
        paths.slice(i, i + parallel).map((p) => readVideoFormat(p).catch(() => null)),
      ),
    );
    if (formats.includes(null) || formats.some((f) => f!.key !== formats[0]!.key)) break;
  }
  return formats.length === paths.length ? formats : [null];
}

/**
 * True when the inputs can be joined by copying their video: one format for
 * all, equal to the target size and rate, and each a whole number of frames
 * long (so the next clip starts exactly on the frame grid).
 */
export function canCopy(
  formats: (VideoFormat | null)[],
  infos: ProbeResult[],
  target: { width: number; height: number; fps: number },
): boolean {
  const first = formats[0];
  if (!first || formats.some((f) => !f || f.key !== first.key || f.id !== first.id)) return false;
  if (first.width !== target.width || first.height !== target.height) return false;
  if (Math.abs(first.fps - target.fps) > 1e-3) return false;
  return infos.every((info) => {
    const frames = info.video_duration * first.fps;
    return frames >= 1 && Math.abs(frames - Math.round(frames)) * (1 / first.fps) <= 1e-3;
  });
}

/** Quotes a path for an ffconcat `file` line; null for paths it cannot carry (line breaks). */
export function quoteConcatPath(path: string): string | null {
  if (/[\r\n\0]/.test(path)) return null;
  return `'${path.replaceAll("'", "'\\''")}'`;
}

/**
 * The ffconcat script: only the video stream (`exact_stream_id`) of each
 * file, each lasting exactly `seconds[i]`. Null when a path cannot be written.
 */
export function buildConcatList(
  paths: string[],
  seconds: number[],
  streamId: number,
): string | null {
  const lines = ["ffconcat version 1.0", "stream", `exact_stream_id ${streamId}`];
  for (const [i, p] of paths.entries()) {
    const quoted = quoteConcatPath(p);
    if (quoted === null) return null;
    lines.push(`file ${quoted}`, `duration ${sec(seconds[i])}`);
  }
  return lines.join("\n") + "\n";
}

/**
 * ffmpeg arguments (without the output) for the copy path: input 0 is the
 * concat list (video), inputs 1..n the clips again for their audio, which
 * `audioGraph` fits per clip and concatenates into `[aout]`.
 */
export function buildCopyArgs(listPath: string, paths: string[], audioGraph: string): string[] {
  const args = baseArgs().map((a) => a === "error" ? "warning" : a);
  args.push("-f", "concat", "-safe", "0", "-i", listPath);
  for (const p of paths) args.push("-i", p);
  args.push(
    "-filter_complex",
    audioGraph,
    "-map",
    "0:v:0",
    "-map",
    "[aout]",
    "-c:v",
    "copy",
    ...AUDIO_ENCODE,
    ...MP4_OUTPUT_WITH_PROGRESS,
  );
  return args;
}

/** True when ffmpeg's stderr reports broken timestamps in the copied output. */
export function timestampTrouble(stderr: string): boolean {
  return TIMESTAMP_TROUBLE.test(stderr);
}

/** The first line of ffmpeg's stderr reporting broken timestamps, or null. */
export function concatTrouble(stderr: string): string | null {
  return stderr.split("\n").find((line) => TIMESTAMP_TROUBLE.test(line))?.trim() ?? null;
}
