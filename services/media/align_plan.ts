// The alignment policy (DESIGN §7) as a pure function: narration A s, clip
// V s, r = A/V → strategy, atempo factor and the narration filter chain.
import { SacvError } from "../common/errors.ts";

/**
 * What to do when the narration is longer than the tempo window allows: cut it, or keep it
 * whole and lengthen the slot with more footage (extend), the last frame held (freeze) or
 * the clip slowed down (slow; the script-wide calls only).
 */
export type Overflow = "trim" | "extend" | "freeze" | "slow";

/** The overflow policies, in the order error messages list them. */
export const OVERFLOWS: readonly Overflow[] = ["trim", "extend", "freeze", "slow"];

/** The strategy an alignment used (the values of `AlignNarrationResult.strategy`). */
export type Strategy =
  | "exact"
  | "speed_up"
  | "slow_down"
  | "trim"
  | "pad"
  | "extend"
  | "freeze"
  | "slow";

/** Options for {@linkcode planAlignment}. */
export interface AlignmentOptions {
  /** Defaults to "trim". */
  overflow?: Overflow;
  /** Largest tempo change in either direction; defaults to 1.15. */
  maxTempo?: number;
  /** Channels of the narration (1 is spread to both sides at full level); defaults to 2. */
  channels?: number;
}

/** How to build the aligned clip. */
export interface AlignmentPlan {
  strategy: Strategy;
  /** atempo factor (A/V when tempo changes; 1 otherwise). > 1 shortens the narration. */
  tempo: number;
  /** Duration of the output, seconds: V, or A for extend/freeze. */
  duration: number;
  /** Narration filter chain (no labels) producing exactly `duration` s of 48 kHz stereo. */
  audioFilter: string;
  /**
   * "copy": clip video untouched; "freeze": hold the last frame; "extend": more source
   * footage; "slow": the clip slowed down to the narration's length.
   */
  video: "copy" | "freeze" | "extend" | "slow";
  /** Seconds of held last frame for "freeze" (0 otherwise). */
  freezeSeconds: number;
}

/** Default tempo window (DESIGN §7). */
export const DEFAULT_MAX_TEMPO = 1.15;

/** Relative difference below which A and V count as equal. */
export const EXACT_TOLERANCE = 0.002;

const EPS = 1e-9;

function invalid(field: string, message: string): SacvError {
  return new SacvError("INVALID_ARGUMENT", `${field}: ${message}`, {
    reason: "INVALID_ALIGNMENT",
    details: { field },
  });
}

/**
 * Filters that make 48 kHz float stereo of audio with `channels` channels. Mono is copied
 * to both sides at full level (a plain stereo remix would lower it by 3 dB); more channels
 * are mixed down by ffmpeg's default matrix.
 */
export function audioFormat(channels: number): string {
  const stereo = channels === 1 ? "pan=stereo|c0=c0|c1=c0," : "";
  return `aresample=48000,${stereo}aformat=sample_fmts=fltp:channel_layouts=stereo`;
}

/** {@linkcode audioFormat} of stereo input (mono input gets {@linkcode audioFormat}(1)). */
export const AUDIO_FORMAT = audioFormat(2);

/** A chain that cuts or pads audio to exactly `seconds`. */
export function fitAudio(seconds: number): string {
  const d = seconds.toFixed(6);
  return `atrim=end=${d},apad=whole_dur=${d},asetpts=N/SR/TB`;
}

/**
 * Chooses how to fit narration of `narration` seconds onto a clip of `clip`
 * seconds. The atempo factor is A/V in both directions: 1.1 plays 1.1×
 * faster, making long narration shorter.
 *
 * @example
 * ```ts
 * planAlignment(2.2, 2).tempo; // 1.1, strategy "speed_up"
 * ```
 */
export function planAlignment(
  narration: number,
  clip: number,
  options: AlignmentOptions = {},
): AlignmentPlan {
  const { overflow = "trim", maxTempo = DEFAULT_MAX_TEMPO, channels = 2 } = options;
  const format = audioFormat(channels);
  if (!Number.isFinite(narration) || narration <= 0) {
    throw invalid("narration", `duration must be > 0: current value is ${narration}`);
  }
  if (!Number.isFinite(clip) || clip <= 0) {
    throw invalid("clip", `duration must be > 0: current value is ${clip}`);
  }
  if (!Number.isFinite(maxTempo) || maxTempo < 1 || maxTempo > 2) {
    throw invalid("max_tempo", `must be from 1 to 2: current value is ${maxTempo}`);
  }
  if (!OVERFLOWS.includes(overflow)) {
    throw invalid("overflow", `must be ${OVERFLOWS.join(", ")}: current value is ${overflow}`);
  }
  const r = narration / clip;
  const base = { tempo: 1, duration: clip, video: "copy" as const, freezeSeconds: 0 };
  const withTempo = (tempo: number) => `${format},atempo=${tempo.toFixed(6)},${fitAudio(clip)}`;

  if (Math.abs(r - 1) <= EXACT_TOLERANCE) {
    return { ...base, strategy: "exact", audioFilter: `${format},${fitAudio(clip)}` };
  }
  if (r > 1) {
    if (r <= maxTempo + EPS) {
      return { ...base, strategy: "speed_up", tempo: r, audioFilter: withTempo(r) };
    }
    if (overflow === "trim") {
      return { ...base, strategy: "trim", audioFilter: `${format},${fitAudio(clip)}` };
    }
    return {
      strategy: overflow,
      tempo: 1,
      duration: narration,
      audioFilter: `${format},${fitAudio(narration)}`,
      video: overflow,
      freezeSeconds: overflow === "freeze" ? narration - clip : 0,
    };
  }
  if (1 / r <= maxTempo + EPS) {
    return { ...base, strategy: "slow_down", tempo: r, audioFilter: withTempo(r) };
  }
  return { ...base, strategy: "pad", audioFilter: `${format},${fitAudio(clip)}` };
}
