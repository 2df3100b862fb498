// Timeline arithmetic for drafts: integer microseconds and the alignment policy as Jianying speeds.

/** Microseconds per second. */
export const US = 1_000_000;

/** Seconds to integer microseconds. */
export function toUs(seconds: number): number {
  return Math.round(seconds * US);
}

/** A `{start, duration}` range in integer microseconds, as drafts store it. */
export interface TimeRange {
  start: number;
  duration: number;
}

/** How a narration of `audioUs` is placed on a slot of `slotUs` (DESIGN §7 alignment policy). */
export interface AudioPlacement {
  /** How much of the audio file is used (source_timerange.duration). */
  sourceUs: number;
  /** How long it plays on the timeline (target_timerange.duration). */
  targetUs: number;
  /** Playback speed (Jianying: target = source / speed). */
  speed: number;
  /** "exact", "speed_up", "slow_down", "trim" or "pad" — the same names the media service uses. */
  strategy: string;
}

/**
 * Places a narration on its segment the way the video pipeline aligns it:
 * within the tempo window (default 1.15) the speed is changed so it fits
 * exactly; longer narration is trimmed to the slot; shorter plays at normal
 * speed and leaves silence.
 */
export function placeAudio(audioUs: number, slotUs: number, maxTempo = 1.15): AudioPlacement {
  if (!(audioUs > 0) || !(slotUs > 0)) {
    throw new RangeError(
      `Cannot place audio as durations must be positive: current values are ${audioUs} and ${slotUs}`,
    );
  }
  const r = audioUs / slotUs;
  if (Math.abs(audioUs - slotUs) < 1000) {
    return { sourceUs: audioUs, targetUs: audioUs, speed: 1, strategy: "exact" };
  }
  if (r > 1 && r <= maxTempo) {
    return { sourceUs: audioUs, targetUs: slotUs, speed: r, strategy: "speed_up" };
  }
  if (r > 1) return { sourceUs: slotUs, targetUs: slotUs, speed: 1, strategy: "trim" };
  if (1 / r <= maxTempo) {
    return { sourceUs: audioUs, targetUs: slotUs, speed: r, strategy: "slow_down" };
  }
  return { sourceUs: audioUs, targetUs: audioUs, speed: 1, strategy: "pad" };
}
