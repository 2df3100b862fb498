// The last stage of BuildAudio: the mixed track (PCM) with background music looped under it and
// ducked under the narration, measured whole (ebur128), then normalised in the track's one AAC
// encode (loudnorm's second pass with the measured values). Sample-exact throughout.
import { SacvError } from "../common/errors.ts";
import type { BgmOptions__Output as BgmOptions } from "../../proto/gen/sacv/common/v1/BgmOptions.ts";
import type { LoudnessOptions__Output as LoudnessOptions } from "../../proto/gen/sacv/common/v1/LoudnessOptions.ts";
import type { LoudnessReport__Output as LoudnessReport } from "../../proto/gen/sacv/common/v1/LoudnessReport.ts";
import { audioFormat } from "./align_plan.ts";
import { RATE } from "./audio_graph.ts";
import type { MediaContext } from "./context.ts";
import { runTool } from "./ffmpeg.ts";
import { parseLoudnormReport } from "./loudness.ts";
import { resolveInput } from "./paths.ts";
import { probe } from "./probe.ts";

/** Loudness target when none is given: the usual level of online video. */
export const DEFAULT_TARGET_LUFS = -16;
/** True-peak ceiling when none is given. */
export const DEFAULT_TRUE_PEAK_DB = -1.5;
/** Gain of the music as uploaded when none is given. */
export const DEFAULT_BGM_VOLUME_DB = -20;
/** How far the music dips under narration when not given. */
export const DEFAULT_DUCK_DB = -15;
/**
 * Loudness range target. Wide, so one gain (loudnorm's linear mode) is used whenever the
 * true peak allows it: a narrated video mixes speech and footage of very different ranges,
 * and squeezing them together would pump.
 */
const LRA = 50;

/** Loudness as checked: targets in range. */
export interface LoudnessPlan {
  targetI: number;
  targetTp: number;
}

/** Music as checked: its absolute path, channels and levels. */
export interface BgmPlan {
  abs: string;
  channels: number;
  volumeDb: number;
  duckDb: number;
  loop: boolean;
}

function invalid(field: string, message: string, reason = "INVALID_OPTION"): SacvError {
  return new SacvError("INVALID_ARGUMENT", `${field}: ${message}`, {
    reason,
    details: { field },
  });
}

function inRange(field: string, value: number, min: number, max: number): number {
  if (!(Number.isFinite(value) && value >= min && value <= max)) {
    throw invalid(field, `must be from ${min} to ${max}: current value is ${value}`);
  }
  return value;
}

/** Checks the loudness options; null when normalisation is off. */
export function loudnessPlan(o: LoudnessOptions | null | undefined): LoudnessPlan | null {
  if (!o?.enabled) return null;
  return {
    targetI: inRange("loudness.target_lufs", o.target_lufs ?? DEFAULT_TARGET_LUFS, -40, -5),
    targetTp: inRange("loudness.true_peak_db", o.true_peak_db ?? DEFAULT_TRUE_PEAK_DB, -9, 0),
  };
}

/** Checks the music options and probes the file (it must be audio in the media root). */
export async function bgmPlan(
  ctx: MediaContext,
  o: BgmOptions | null | undefined,
  signal?: AbortSignal,
): Promise<BgmPlan | null> {
  if (!o || o.path === "") return null;
  const volumeDb = inRange("bgm.volume_db", o.volume_db ?? DEFAULT_BGM_VOLUME_DB, -60, 12);
  const duckDb = inRange("bgm.duck_db", o.duck_db ?? DEFAULT_DUCK_DB, -40, 0);
  const abs = resolveInput(ctx.root, o.path, "bgm.path");
  const info = await probe(abs, {
    ffprobe: ctx.ffprobe,
    signal,
    field: "bgm.path",
    displayPath: o.path,
  });
  if (!info.has_audio || !(info.audio_duration > 0)) {
    throw new SacvError("FAILED_PRECONDITION", `bgm.path: ${o.path} has no audio`, {
      reason: "NO_AUDIO",
      details: { field: "bgm.path" },
    });
  }
  return { abs, channels: info.channels, volumeDb, duckDb, loop: o.loop ?? true };
}

/** The inputs of the finishing run: the mixed track, the narration key, the music. */
export interface FinishInputs {
  /** ffmpeg input arguments reading the mixed track (48 kHz stereo PCM). */
  mix: string[];
  /** ffmpeg input arguments reading the narration alone (the ducking key), when ducking. */
  key?: string[];
  /** Samples the track lasts. */
  samples: number;
}

const FIT = (n: number) => `atrim=end_sample=${n},apad=whole_len=${n},asetpts=N/SR/TB`;
const STEREO = "aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo";
/**
 * The ducking key: the narration boosted 40 dB and limited to -6 dBFS, so quiet and loud
 * voices key the compressor alike and its detector never swings far above the threshold
 * (the release then takes a few tenths of a second whatever the narration's level).
 */
const KEY = "aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=mono," +
  "volume=40dB,alimiter=limit=0.5:level=false:attack=1:release=50";
/** -50 dBFS: limited speech is some 35 dB above it, so the music is all but removed. */
const THRESHOLD = 0.00316;

/**
 * Input arguments and graph mixing the music under the track into `[pre]` (or the track
 * alone). The music is ducked by `sidechaincompress` keyed by the narration: the key is
 * levelled far over a low threshold so speech compresses the music almost to nothing, and
 * `mix` keeps `duck_db` of the dry music, so the dip is `duck_db` whatever the narration's
 * own level.
 */
export function finishGraph(inputs: FinishInputs, bgm: BgmPlan | null) {
  const n = inputs.samples;
  const input = [...inputs.mix];
  const lines = [`[0:a:0]${STEREO}[main]`];
  if (!bgm) {
    lines.push(`[main]anull[pre]`);
    return { input, lines };
  }
  const ducking = bgm.duckDb < 0 && inputs.key !== undefined;
  let k = 1;
  let keyIndex = -1;
  if (ducking) {
    keyIndex = k++;
    input.push(...inputs.key!);
  }
  const bgmIndex = k++;
  input.push(...(bgm.loop ? ["-stream_loop", "-1"] : []), "-i", bgm.abs);
  lines.push(
    `[${bgmIndex}:a:0]${audioFormat(bgm.channels)},volume=${bgm.volumeDb.toFixed(3)}dB,${
      FIT(n)
    }[music]`,
  );
  if (ducking) {
    const dry = Math.pow(10, bgm.duckDb / 20);
    lines.push(`[${keyIndex}:a:0]${KEY}[key]`);
    lines.push(
      `[music][key]sidechaincompress=threshold=${THRESHOLD}:ratio=20:attack=10:release=100:` +
        `mix=${(1 - dry).toFixed(6)}[ducked]`,
    );
  } else {
    lines.push(`[music]anull[ducked]`);
  }
  lines.push(`[main][ducked]amix=inputs=2:duration=first:normalize=0,${FIT(n)}[pre]`);
  return { input, lines };
}

/** What `ebur128=peak=true` measured over a whole track. */
export interface Ebur128Summary {
  /** Integrated loudness, LUFS (-70 for silence). */
  i: number;
  /** Relative gating threshold of the integrated loudness, LUFS. */
  thresh: number;
  /** Loudness range, LU. */
  lra: number;
  /** True peak, dBTP (-Infinity for silence). */
  tp: number;
}

/** Reads the summary `ebur128` prints at the end of a run. */
export function parseEbur128(stderr: string): Ebur128Summary {
  const text = stderr.slice(stderr.lastIndexOf("Summary:"));
  const num = (re: RegExp) => {
    const m = text.match(re);
    if (!m) throw new Error(`ebur128 printed no summary: ${stderr.slice(-300)}`);
    return m[1] === "-inf" ? -Infinity : Number(m[1]);
  };
  return {
    i: num(/I:\s+(-?[\d.]+|-inf) LUFS/),
    thresh: num(/Integrated loudness:[\s\S]*?Threshold:\s+(-?[\d.]+|-inf) LUFS/),
    lra: num(/LRA:\s+(-?[\d.]+) LU/),
    tp: num(/True peak:\s+Peak:\s+(-?[\d.]+|-inf) dBFS/),
  };
}

function report(json: Record<string, string>, key: string): number {
  const v = Number(json[key]);
  return Number.isFinite(v) ? v : -99;
}

const clamp = (x: number, lo: number, hi: number) =>
  Number.isFinite(x) ? Math.min(hi, Math.max(lo, x)) : lo;

/**
 * Writes the finished track to `output` with `codec` (the one AAC encode): music mixed in,
 * then, with `loudness`, measured whole and normalised. Returns what normalisation did.
 */
export async function finishTrack(
  ctx: MediaContext,
  inputs: FinishInputs,
  options: { bgm: BgmPlan | null; loudness: LoudnessPlan | null; codec: string[]; dir: string },
  output: string,
  signal?: AbortSignal,
): Promise<LoudnessReport | null> {
  const { bgm, loudness, codec, dir } = options;
  const { input, lines } = finishGraph(inputs, bgm);
  const run = (graph: string[], out: string[]) =>
    Deno.writeTextFile(`${dir}/finish.graph`, graph.join(";\n") + "\n").then(() =>
      runTool(ctx.ffmpeg, [
        "-hide_banner",
        "-nostdin",
        "-nostats",
        // Info: ebur128 and loudnorm print their reports at that level.
        "-loglevel",
        "info",
        "-y",
        ...input,
        "-filter_complex_script",
        `${dir}/finish.graph`,
        "-map",
        "[out]",
        ...out,
      ], { signal, limit: ctx.limit })
    );
  const encode = [...codec, "-map_metadata", "-1", output];
  if (!loudness) {
    await run([...lines, `[pre]anull[out]`], encode);
    return null;
  }
  const base = `loudnorm=I=${loudness.targetI}:TP=${loudness.targetTp}:LRA=${LRA}`;
  // First pass: ebur128 (integrated, range, threshold, true peak) measures the whole mixed
  // track five times faster than loudnorm's own first pass, which upsamples to 192 kHz.
  const first = await run([...lines, `[pre]ebur128=peak=true[out]`], ["-f", "null", "-"]);
  const m = parseEbur128(first.stderr);
  const targets = { target_i: loudness.targetI, target_tp: loudness.targetTp };
  const inputTp = clamp(m.tp, -99, 99);
  if (!(m.i > -70)) {
    // Silence (or nearly): no gain would bring it to the target; leave it as it is.
    await run([...lines, `[pre]anull[out]`], encode);
    return {
      input_i: clamp(m.i, -99, 0),
      input_tp: inputTp,
      output_i: clamp(m.i, -99, 0),
      output_tp: inputTp,
      mode: "silent",
      ...targets,
    };
  }
  // loudnorm takes linear mode only for a non-zero measured range: a steady track (a tone,
  // constant noise) measures 0 LU, which changes nothing below the target range of 50.
  let measured = `measured_I=${clamp(m.i, -99, -0.01).toFixed(2)}` +
    `:measured_TP=${inputTp.toFixed(2)}:measured_LRA=${clamp(m.lra, 0.1, 99).toFixed(2)}` +
    `:measured_thresh=${clamp(m.thresh, -99, -0.01).toFixed(2)}`;
  if (inputTp + loudness.targetI - m.i > loudness.targetTp) {
    // One gain would break the ceiling: loudnorm's limiter (dynamic mode) will do it, and its
    // own first pass gives the offset that brings its output back onto the target.
    const ln = await run(
      [...lines, `[pre]${base}:print_format=json[out]`],
      ["-f", "null", "-"],
    );
    const r = parseLoudnormReport(ln.stderr);
    measured = `measured_I=${r.input_i}:measured_TP=${r.input_tp}:measured_LRA=${r.input_lra}` +
      `:measured_thresh=${r.input_thresh}:offset=${r.target_offset}`;
  }
  const second = `${base}:${measured}:linear=true:print_format=json`;
  // loudnorm's dynamic mode works at 192 kHz: back to 48 kHz and the exact sample count.
  const done = await run(
    [...lines, `[pre]${second},aresample=${RATE},${FIT(inputs.samples)}[out]`],
    encode,
  );
  const after = parseLoudnormReport(done.stderr) as unknown as Record<string, string>;
  return {
    input_i: m.i,
    input_tp: inputTp,
    output_i: report(after, "output_i"),
    output_tp: report(after, "output_tp"),
    mode: after.normalization_type === "linear" ? "linear" : "dynamic",
    ...targets,
  };
}
