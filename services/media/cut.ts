// CutClip: frame-accurate cuts; stream copy only when it is exact (the cut
// starts on a keyframe and runs to the end of the input), else re-encode.
import { SacvError } from "../common/errors.ts";
import type { MediaContext } from "./context.ts";
import { VIDEO_EXTENSIONS } from "./context.ts";
import { baseArgs, runTool, sec } from "./ffmpeg.ts";
import type { CutClipRequestInit, CutClipResult, ProbeResult } from "./messages.ts";
import { writeAtomically } from "./output.ts";
import { toRootRelative } from "./paths.ts";
import { openInputOutput, probe } from "./probe.ts";
import { checkVideoLength } from "./verify.ts";
import { DEFAULT_ENCODE, type EncodeSettings } from "./video_encoder.ts";

/** H.264 encoder arguments for `settings` (SACV_VIDEO_PRESET / SACV_VIDEO_CRF). */
export function videoEncode(settings: EncodeSettings = DEFAULT_ENCODE): string[] {
  const { preset, crf } = settings;
  return ["-c:v", "libx264", "-preset", preset, "-crf", String(crf), "-pix_fmt", "yuv420p"];
}

/** Encoder settings of the default re-encode (fast, visually lossless). */
export const VIDEO_ENCODE: readonly string[] = videoEncode();

/** AAC 192 kbit/s, 48 kHz stereo: the audio of every clip the service writes. */
export const AUDIO_ENCODE: readonly string[] = [
  "-c:a",
  "aac",
  "-b:a",
  "192k",
  "-ar",
  "48000",
  "-ac",
  "2",
];

const COPYABLE_VIDEO = ["h264", "hevc", "mpeg4"];
const COPYABLE_AUDIO = ["aac", "mp3"];

function badRange(field: string, message: string): SacvError {
  return new SacvError("INVALID_ARGUMENT", `${field}: ${message}`, {
    reason: "INVALID_RANGE",
    details: { field },
  });
}

/** Checks `[start, end)` against the input, naming the bad field. */
export function validateRange(start: number, end: number, info: ProbeResult): void {
  if (!Number.isFinite(start) || start < 0) {
    throw badRange("start", `must be a number >= 0: current value is ${start}`);
  }
  if (!Number.isFinite(end) || end <= start) {
    throw badRange("end", `must be greater than start (${start}): current value is ${end}`);
  }
  const frame = 1 / (info.fps || 25);
  if (end - start < frame) {
    throw badRange(
      "end",
      `range ${start}..${end} is shorter than one frame (${frame.toFixed(3)} s)`,
    );
  }
  const length = info.video_duration || info.duration;
  if (start >= length - frame / 2) {
    throw badRange("start", `${start} is at or beyond the end of the input (${length} s)`);
  }
  // The container may run a little past the video (longer audio): accept up to
  // its end, the cut is clamped to the video.
  const limit = Math.max(length, info.duration);
  if (end > limit + frame / 2) {
    throw badRange("end", `${end} is beyond the end of the input (${limit} s)`);
  }
}

async function startsOnKeyframe(
  ctx: MediaContext,
  path: string,
  start: number,
  frame: number,
  signal?: AbortSignal,
): Promise<boolean> {
  const from = Math.max(0, start - frame);
  const { stdout } = await runTool(ctx.ffprobe, [
    "-v",
    "error",
    "-select_streams",
    "v:0",
    "-show_entries",
    "packet=pts_time,flags",
    "-of",
    "csv=p=0",
    "-read_intervals",
    `${sec(from)}%${sec(start + frame)}`,
    path,
  ], { signal });
  return stdout.split("\n").some((line) => {
    const [pts, flags] = line.split(",");
    return flags?.startsWith("K") && Math.abs(Number(pts) - start) < frame / 2;
  });
}

/**
 * Cuts `[start, end)` of `input` into `output` (both under the media root).
 * Re-encodes (H.264 + AAC 48 kHz) unless a stream copy is exactly the range.
 */
export async function cutClip(
  ctx: MediaContext,
  req: CutClipRequestInit,
  signal?: AbortSignal,
): Promise<CutClipResult> {
  const { input, info, out } = await openInputOutput(ctx, req, VIDEO_EXTENSIONS, "video", signal);
  validateRange(req.start, req.end, info);
  const frame = 1 / (info.fps || 25);
  const length = info.video_duration || info.duration;
  const end = Math.min(req.end, length);
  const keepAudio = info.has_audio && !req.drop_audio;
  const copy = end >= length - frame / 2 &&
    COPYABLE_VIDEO.includes(info.video_codec) &&
    (!keepAudio || COPYABLE_AUDIO.includes(info.audio_codec)) &&
    (req.start === 0 || await startsOnKeyframe(ctx, input, req.start, frame, signal));

  const args = baseArgs();
  if (req.start > 0) args.push("-ss", sec(req.start));
  args.push("-i", input, "-map", "0:v:0");
  if (keepAudio) args.push("-map", "0:a:0");
  if (copy) {
    args.push("-c", "copy", "-avoid_negative_ts", "make_zero");
  } else {
    args.push("-t", sec(end - req.start), ...videoEncode(ctx.encode));
    if (keepAudio) args.push(...AUDIO_ENCODE);
  }
  args.push("-map_metadata", "-1", "-movflags", "+faststart");

  const result = await writeAtomically(out, async (tmp) => {
    await runTool(ctx.ffmpeg, [...args, tmp], { signal, limit: ctx.limit });
    const written = await probe(tmp, { ffprobe: ctx.ffprobe, signal, field: "output" });
    checkVideoLength(written, end - req.start, frame * 1.5, { field: "input", shown: req.input });
    return written;
  });
  return {
    output: toRootRelative(ctx.root, out.path),
    duration: result.duration,
    video_duration: result.video_duration,
    audio_duration: result.has_audio ? result.audio_duration : 0,
    stream_copied: copy,
  };
}
