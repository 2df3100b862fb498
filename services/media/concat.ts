// Concat: joins clips in order into one MP4, normalising frame size, rate and
// audio (silence for clips without any), reporting progress from -progress.
import { SacvError } from "../common/errors.ts";
import { audioFormat } from "./align_plan.ts";
import type { MediaContext } from "./context.ts";
import { VIDEO_EXTENSIONS } from "./context.ts";
import {
  buildConcatList,
  buildCopyArgs,
  canCopy,
  MP4_OUTPUT_WITH_PROGRESS,
  timestampTrouble,
  videoFormats,
} from "./concat_copy.ts";
import { AUDIO_ENCODE, videoEncode } from "./cut.ts";
import { baseArgs, progressSeconds, runTool, sec } from "./ffmpeg.ts";
import type { VideoFormat } from "./mp4_format.ts";
import type { ConcatProgress, ConcatRequestInit, ConcatResult, ProbeResult } from "./messages.ts";
import { writeAtomically } from "./output.ts";
import { checkExtension, resolveInput, resolveOutput, toRootRelative } from "./paths.ts";
import { probe } from "./probe.ts";
import { checkVideoLength } from "./verify.ts";

/** One progress report: `sacv.media.v1.ConcatProgress` without `done` and the result. */
export type ConcatProgressReport = Pick<ConcatProgress, "progress" | "out_time" | "total_duration">;

/** Target frame geometry and rate. */
export interface ConcatTarget {
  width: number;
  height: number;
  fps: number;
}

/** Most inputs accepted in one call (keeps the filter graph and open files bounded). */
export const MAX_INPUTS = 500;

const PROBE_PARALLEL = 4;

function invalid(field: string, message: string): SacvError {
  return new SacvError("INVALID_ARGUMENT", `${field}: ${message}`, {
    reason: "INVALID_CONCAT",
    details: { field },
  });
}

/** Frames each input contributes at the target rate (at least one). */
export function framesAt(info: ProbeResult, fps: number): number {
  return Math.max(1, Math.round((info.video_duration || info.duration) * fps));
}

/** The audio of input `input` (or generated silence) cut or padded to `seconds`, as `[label]`. */
function audioPart(info: ProbeResult, input: number, seconds: string, label: string): string {
  const audio = info.has_audio
    ? `[${input}:a:0]${audioFormat(info.channels)},`
    : `anullsrc=channel_layout=stereo:sample_rate=48000,aformat=sample_fmts=fltp,`;
  return `${audio}atrim=end=${seconds},apad=whole_dur=${seconds},asetpts=N/SR/TB[${label}]`;
}

/**
 * Builds the audio-only graph of the copy path: input `i + 1` is clip `i`
 * (input 0 is the concat list), each fitted to its whole frames at `fps`.
 */
export function buildCopyAudioGraph(infos: ProbeResult[], fps: number): string {
  const parts = infos.map((info, i) =>
    audioPart(info, i + 1, sec(framesAt(info, fps) / fps), `a${i}`)
  );
  const pads = infos.map((_, i) => `[a${i}]`).join("");
  return [...parts, `${pads}concat=n=${infos.length}:v=0:a=1[aout]`].join(";");
}

/**
 * Builds the filter graph: every input scaled and padded to the target size
 * (keeping aspect), resampled to the target rate and held to a whole number
 * of frames; its audio (or generated silence) cut to the same length.
 */
export function buildConcatGraph(infos: ProbeResult[], target: ConcatTarget): string {
  const { width: w, height: h, fps } = target;
  const parts: string[] = [];
  const pads: string[] = [];
  infos.forEach((info, i) => {
    const frames = framesAt(info, fps);
    const seconds = sec(frames / fps);
    parts.push(
      `[${i}:v:0]scale=${w}:${h}:force_original_aspect_ratio=decrease,` +
        `pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2,setsar=1,fps=${fps},format=yuv420p,` +
        `tpad=stop_mode=clone:stop_duration=1,trim=end_frame=${frames},setpts=PTS-STARTPTS[v${i}]`,
    );
    parts.push(audioPart(info, i, seconds, `a${i}`));
    pads.push(`[v${i}][a${i}]`);
  });
  parts.push(`${pads.join("")}concat=n=${infos.length}:v=1:a=1[vout][aout]`);
  return parts.join(";");
}

/** Picks the target size and rate: the request's, else the first input's (even sizes). */
export function chooseTarget(req: ConcatRequestInit, first: ProbeResult): ConcatTarget {
  const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);
  for (const f of ["width", "height", "fps"] as const) {
    const v = req[f] ?? 0;
    if (!Number.isFinite(v) || v < 0 || (f !== "fps" && v > 8192) || (f === "fps" && v > 240)) {
      throw invalid(f, `out of range: current value is ${v}`);
    }
  }
  return {
    width: even(req.width || first.width),
    height: even(req.height || first.height),
    fps: req.fps || Math.round((first.fps || 25) * 1000) / 1000,
  };
}

/** Probes inputs a few at a time; the lowest-index failure wins so errors are stable. */
async function probeAll(
  ctx: MediaContext,
  paths: string[],
  shown: string[],
  signal?: AbortSignal,
): Promise<ProbeResult[]> {
  const settled: PromiseSettledResult<ProbeResult>[] = [];
  for (let i = 0; i < paths.length; i += PROBE_PARALLEL) {
    const batch = paths.slice(i, i + PROBE_PARALLEL).map(async (p, j) => {
      const field = `inputs[${i + j}]`;
      const info = await probe(p, {
        ffprobe: ctx.ffprobe,
        signal,
        field,
        displayPath: shown[i + j],
      });
      if (!info.has_video) {
        throw new SacvError(
          "FAILED_PRECONDITION",
          `${field}: ${shown[i + j]} has no video stream`,
          {
            reason: "NO_VIDEO",
            details: { field },
          },
        );
      }
      return info;
    });
    settled.push(...await Promise.allSettled(batch));
  }
  const failed = settled.find((r) => r.status === "rejected");
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return settled.map((r) => (r as PromiseFulfilledResult<ProbeResult>).value);
}

/**
 * Concatenates `inputs` (under the media root) into `output`, calling
 * `onProgress` as ffmpeg reports. Inputs may differ in size and rate and may
 * lack audio; every input needs a video stream. When every input's video is
 * one MP4 stream format at the target size and rate (clips cut from one
 * source), the video is copied and only the audio re-encoded; that output is
 * checked (clean timestamps, video and audio within one frame of the expected
 * length) and re-made through the filter graph when it falls short.
 */
export async function concatClips(
  ctx: MediaContext,
  req: ConcatRequestInit,
  onProgress: (p: ConcatProgressReport) => void,
  signal?: AbortSignal,
): Promise<ConcatResult> {
  const inputs = req.inputs ?? [];
  if (inputs.length === 0) throw invalid("inputs", "at least one input is required");
  if (inputs.length > MAX_INPUTS) {
    throw invalid("inputs", `at most ${MAX_INPUTS} inputs: current count is ${inputs.length}`);
  }
  const paths = inputs.map((p, i) => resolveInput(ctx.root, p, `inputs[${i}]`));
  checkExtension(req.output, "output", VIDEO_EXTENSIONS);
  const out = resolveOutput(ctx.root, req.output, "output");
  const infos = await probeAll(ctx, paths, inputs, signal);
  const target = chooseTarget(req, infos[0]);
  const total = infos.reduce((s, info) => s + framesAt(info, target.fps) / target.fps, 0);
  const formats = await videoFormats(paths, PROBE_PARALLEL);
  const copy = canCopy(formats, infos, target) ? formats[0]! : null;

  let last = 0;
  onProgress({ progress: 0, out_time: 0, total_duration: total });
  const run = (args: string[]) =>
    runTool(ctx.ffmpeg, args, {
      signal,
      limit: ctx.limit,
      onProgress: (block) => {
        const t = progressSeconds(block);
        if (t === null) return;
        const outTime = Math.min(Math.max(t, last), total);
        last = outTime;
        onProgress({
          progress: total > 0 ? outTime / total : 1,
          out_time: outTime,
          total_duration: total,
        });
      },
    });
  const check = async (tmp: string) => {
    const written = await probe(tmp, { ffprobe: ctx.ffprobe, signal, field: "output" });
    checkVideoLength(written, total, 2 / target.fps, {
      field: "inputs",
      shown: "one of the inputs",
    });
    return written;
  };
  const written = await writeAtomically(out, async (tmp) => {
    if (copy !== null) {
      const copied = await concatCopied(ctx, paths, infos, copy, tmp, run, signal);
      if (copied) return copied;
    }
    await run([...filterArgs(paths, infos, target, videoEncode(ctx.encode)), tmp]);
    return await check(tmp);
  });
  return {
    output: toRootRelative(ctx.root, out.path),
    duration: written.duration,
    video_duration: written.video_duration,
    audio_duration: written.audio_duration,
  };
}

/** The filter path: decode, normalise and re-encode everything. */
function filterArgs(
  paths: string[],
  infos: ProbeResult[],
  target: ConcatTarget,
  encode: string[],
): string[] {
  const args = baseArgs();
  for (const p of paths) args.push("-i", p);
  args.push(
    "-filter_complex",
    buildConcatGraph(infos, target),
    "-map",
    "[vout]",
    "-map",
    "[aout]",
    ...encode,
    "-r",
    String(target.fps),
    ...AUDIO_ENCODE,
    ...MP4_OUTPUT_WITH_PROGRESS,
  );
  return args;
}

/**
 * The copy path into `tmp`: video copied through the concat demuxer, audio
 * fitted per clip and re-encoded. Answers the written file's probe, or null
 * (the caller then re-encodes) when ffmpeg reported timestamp trouble or the
 * video or audio is more than one frame off the expected length.
 */
async function concatCopied(
  ctx: MediaContext,
  paths: string[],
  infos: ProbeResult[],
  format: VideoFormat,
  tmp: string,
  run: (args: string[]) => Promise<{ stderr: string }>,
  signal?: AbortSignal,
): Promise<ProbeResult | null> {
  const { fps } = format;
  const seconds = infos.map((info) => framesAt(info, fps) / fps);
  const list = buildConcatList(paths, seconds, format.id);
  if (list === null) return null;
  // Beside the hidden temp output: a place known to be writable, removed below.
  const listPath = `${tmp}.ffconcat`;
  let stderr: string;
  try {
    await Deno.writeTextFile(listPath, list);
    ({ stderr } = await run([
      ...buildCopyArgs(listPath, paths, buildCopyAudioGraph(infos, fps)),
      tmp,
    ]));
  } finally {
    await Deno.remove(listPath).catch(() => {});
  }
  if (timestampTrouble(stderr)) return null;
  const written = await probe(tmp, { ffprobe: ctx.ffprobe, signal, field: "output" });
  const total = seconds.reduce((a, b) => a + b, 0);
  const frame = 1 / fps + 1e-6;
  const inSync = Math.abs(written.video_duration - total) <= frame &&
    Math.abs(written.audio_duration - written.video_duration) <= frame;
  return inSync ? written : null;
}
