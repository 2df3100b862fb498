// Probe: container and stream facts (durations, fps, size, codecs) via ffprobe.
import { SacvError } from "../common/errors.ts";
import type { MediaContext } from "./context.ts";
import { FfmpegError, runTool } from "./ffmpeg.ts";
import type { ProbeResult } from "./messages.ts";
import { probeNative } from "./native_probe.ts";
import { checkExtension, type OutputTarget, resolveInput, resolveOutput } from "./paths.ts";

interface FfprobeStream {
  codec_type?: string;
  codec_name?: string;
  duration?: string;
  avg_frame_rate?: string;
  r_frame_rate?: string;
  width?: number;
  height?: number;
  sample_rate?: string;
  channels?: number;
  nb_frames?: string;
  disposition?: { attached_pic?: number };
  tags?: Record<string, string>;
}

interface FfprobeOutput {
  streams?: FfprobeStream[];
  format?: { duration?: string; format_name?: string };
}

/** Parses "30000/1001" style rates; 0 when unknown. */
export function parseRate(rate: string | undefined): number {
  if (!rate) return 0;
  const [n, d = "1"] = rate.split("/");
  const v = Number(n) / Number(d);
  return Number.isFinite(v) && v > 0 ? v : 0;
}

function parseDuration(value: string | undefined): number {
  if (value === undefined) return 0;
  const hms = value.match(/^(\d+):(\d+):(\d+(?:\.\d+)?)$/);
  const v = hms ? Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]) : Number(value);
  return Number.isFinite(v) && v > 0 ? v : 0;
}

function streamDuration(s: FfprobeStream | undefined, container: number): number {
  if (!s) return 0;
  // Matroska/WebM keep stream durations in tags; fall back to the container.
  return parseDuration(s.duration) || parseDuration(s.tags?.DURATION) || container;
}

/** Turns ffprobe's JSON into {@linkcode ProbeResult}. Exported for unit tests. */
export function parseProbe(path: string, json: FfprobeOutput): ProbeResult {
  const streams = json.streams ?? [];
  const v = streams.find((s) => s.codec_type === "video" && !s.disposition?.attached_pic);
  const a = streams.find((s) => s.codec_type === "audio");
  const duration = parseDuration(json.format?.duration);
  return {
    path,
    duration,
    has_video: v !== undefined,
    has_audio: a !== undefined,
    video_duration: streamDuration(v, duration),
    audio_duration: streamDuration(a, duration),
    fps: parseRate(v?.avg_frame_rate) || parseRate(v?.r_frame_rate),
    width: v?.width ?? 0,
    height: v?.height ?? 0,
    video_codec: v?.codec_name ?? "",
    audio_codec: a?.codec_name ?? "",
    sample_rate: Number(a?.sample_rate ?? 0) || 0,
    channels: a?.channels ?? 0,
    format: json.format?.format_name ?? "",
  };
}

/** Options for {@linkcode probe}. */
export interface ProbeOptions {
  ffprobe?: string;
  signal?: AbortSignal;
  /** Name of the request field, for error messages. */
  field?: string;
  /** Path as the caller gave it, reported in results and errors. */
  displayPath?: string;
  /** Read MP4/WAV headers in-process when possible (default true); false forces ffprobe. */
  native?: boolean;
}

/**
 * Probes `absPath`: MP4/MOV and PCM WAV headers are read in-process, anything
 * else goes to ffprobe. A file ffprobe cannot read, or one with neither audio nor
 * video, is INVALID_ARGUMENT naming the field.
 */
export async function probe(absPath: string, options: ProbeOptions = {}): Promise<ProbeResult> {
  const field = options.field ?? "path";
  const shown = options.displayPath ?? absPath;
  if (options.native !== false) {
    const info = await probeNative(absPath, shown);
    if (info) return info;
  }
  let stdout: string;
  try {
    ({ stdout } = await runTool(options.ffprobe ?? "ffprobe", [
      "-v",
      "error",
      "-print_format",
      "json",
      "-show_format",
      "-show_streams",
      absPath,
    ], { signal: options.signal }));
  } catch (err) {
    if (err instanceof FfmpegError) {
      throw new SacvError(
        "INVALID_ARGUMENT",
        `${field}: ${shown} is not a readable media file (${
          err.stderrTail.trim().split("\n").pop()?.replaceAll(absPath, shown)
        })`,
        { reason: "CORRUPT_MEDIA", details: { field }, cause: err },
      );
    }
    throw err;
  }
  const info = parseProbe(shown, JSON.parse(stdout) as FfprobeOutput);
  if (!info.has_audio && !info.has_video) {
    throw new SacvError("INVALID_ARGUMENT", `${field}: ${shown} has no audio or video stream`, {
      reason: "CORRUPT_MEDIA",
      details: { field },
    });
  }
  return info;
}

/** The files of a one-in, one-out request: the input (absolute) and its probe, and the output. */
export interface InputOutput {
  input: string;
  info: ProbeResult;
  out: OutputTarget;
}

/**
 * Resolves `req.input` (which must exist under the media root) and
 * `req.output` (which must end in one of `extensions`), then probes the
 * input, which must have a `stream` stream: else FAILED_PRECONDITION with
 * reason NO_VIDEO or NO_AUDIO. Every error names its field.
 */
export async function openInputOutput(
  ctx: MediaContext,
  req: { input: string; output: string },
  extensions: readonly string[],
  stream: "video" | "audio",
  signal?: AbortSignal,
): Promise<InputOutput> {
  const input = resolveInput(ctx.root, req.input, "input");
  checkExtension(req.output, "output", extensions);
  const out = resolveOutput(ctx.root, req.output, "output");
  const info = await probe(input, {
    ffprobe: ctx.ffprobe,
    signal,
    field: "input",
    displayPath: req.input,
  });
  if (!(stream === "video" ? info.has_video : info.has_audio)) {
    throw new SacvError("FAILED_PRECONDITION", `input: ${req.input} has no ${stream} stream`, {
      reason: stream === "video" ? "NO_VIDEO" : "NO_AUDIO",
      details: { field: "input" },
    });
  }
  return { input, info, out };
}
