// NormalizeLoudness: two-pass EBU R128 loudnorm (measure, then apply the
// measured values linearly), optionally trimming leading silence first.
import { SacvError } from "../common/errors.ts";
import type { MediaContext } from "./context.ts";
import { AUDIO_EXTENSIONS } from "./context.ts";
import { runTool } from "./ffmpeg.ts";
import type { NormalizeLoudnessRequestInit, NormalizeLoudnessResult } from "./messages.ts";
import { writeAtomically } from "./output.ts";
import { toRootRelative } from "./paths.ts";
import { openInputOutput, probe } from "./probe.ts";

/** loudnorm's JSON report (values are strings). */
export interface LoudnormReport {
  input_i: string;
  input_tp: string;
  input_lra: string;
  input_thresh: string;
  output_i: string;
  target_offset: string;
}

/** Leading audio quieter than this counts as silence. */
export const SILENCE_THRESHOLD_DB = -50;

function invalid(field: string, message: string): SacvError {
  return new SacvError("INVALID_ARGUMENT", `${field}: ${message}`, {
    reason: "INVALID_LOUDNESS",
    details: { field },
  });
}

/** Extracts the last JSON object loudnorm printed to stderr. */
export function parseLoudnormReport(stderr: string): LoudnormReport {
  const end = stderr.lastIndexOf("}");
  const start = stderr.lastIndexOf("{", end);
  if (start < 0 || end < 0) throw new Error("loudnorm printed no report");
  return JSON.parse(stderr.slice(start, end + 1)) as LoudnormReport;
}

function codecArgs(ext: string): string[] {
  switch (ext) {
    case ".wav":
      return ["-c:a", "pcm_s16le"];
    case ".flac":
      return ["-c:a", "flac"];
    case ".mp3":
      return ["-c:a", "libmp3lame", "-b:a", "192k"];
    default:
      return ["-c:a", "aac", "-b:a", "192k"];
  }
}

function target(req: NormalizeLoudnessRequestInit) {
  const t = { i: req.target_lufs || -16, tp: req.true_peak || -1.5, lra: req.lra || 11 };
  if (!(t.i >= -70 && t.i <= -5)) {
    throw invalid("target_lufs", `must be from -70 to -5: current value is ${t.i}`);
  }
  if (!(t.tp >= -9 && t.tp <= 0)) {
    throw invalid("true_peak", `must be from -9 to 0: current value is ${t.tp}`);
  }
  if (!(t.lra >= 1 && t.lra <= 50)) {
    throw invalid("lra", `must be from 1 to 50: current value is ${t.lra}`);
  }
  return t;
}

/**
 * Normalises the loudness of `input` into `output` (audio only; the format
 * follows the extension). Silent input is FAILED_PRECONDITION.
 */
export async function normalizeLoudness(
  ctx: MediaContext,
  req: NormalizeLoudnessRequestInit,
  signal?: AbortSignal,
): Promise<NormalizeLoudnessResult> {
  const t = target(req);
  const rate = req.sample_rate || 48000;
  if (!Number.isInteger(rate) || rate < 8000 || rate > 192000) {
    throw invalid(
      "sample_rate",
      `must be an integer from 8000 to 192000: current value is ${rate}`,
    );
  }
  const { input, info, out } = await openInputOutput(ctx, req, AUDIO_EXTENSIONS, "audio", signal);
  const pre = req.trim_leading_silence
    ? `silenceremove=start_periods=1:start_threshold=${SILENCE_THRESHOLD_DB}dB,`
    : "";
  const base = `loudnorm=I=${t.i}:TP=${t.tp}:LRA=${t.lra}`;
  const common = ["-hide_banner", "-nostdin", "-nostats", "-y", "-i", input, "-map", "0:a:0"];

  const first = await runTool(ctx.ffmpeg, [
    ...common,
    "-af",
    `${pre}${base}:print_format=json`,
    "-f",
    "null",
    "-",
  ], { signal, limit: ctx.limit });
  const measured = parseLoudnormReport(first.stderr);
  const inputLufs = Number(measured.input_i);
  if (!Number.isFinite(inputLufs) || inputLufs < -70) {
    throw new SacvError("FAILED_PRECONDITION", `input: ${req.input} is silent`, {
      reason: "SILENT_AUDIO",
      details: { field: "input" },
    });
  }
  const second = `${pre}${base}:measured_I=${measured.input_i}:measured_TP=${measured.input_tp}` +
    `:measured_LRA=${measured.input_lra}:measured_thresh=${measured.input_thresh}` +
    `:offset=${measured.target_offset}:linear=true:print_format=json`;
  const ext = req.output.slice(req.output.lastIndexOf(".")).toLowerCase();

  const { report, written } = await writeAtomically(out, async (tmp) => {
    const run = await runTool(ctx.ffmpeg, [
      ...common,
      "-af",
      second,
      "-ar",
      String(rate),
      ...codecArgs(ext),
      "-map_metadata",
      "-1",
      tmp,
    ], { signal, limit: ctx.limit });
    const written = await probe(tmp, { ffprobe: ctx.ffprobe, signal, field: "output" });
    return { report: parseLoudnormReport(run.stderr), written };
  });
  const inDuration = info.audio_duration || info.duration;
  return {
    output: toRootRelative(ctx.root, out.path),
    input_lufs: inputLufs,
    output_lufs: Number(report.output_i),
    duration: written.audio_duration || written.duration,
    trimmed_seconds: Math.max(0, inDuration - (written.audio_duration || written.duration)),
  };
}
