// Timeline arithmetic for drafts: integer microseconds, and where each narration goes on its
// slot. A draft never drops speech: a narration too long for its slot lengthens the slot.

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

/**
 * How a slot grows when its narration is longer than the tempo window allows:
 * `slow` plays the segment's footage slowed down over the longer slot;
 * `freeze` plays it at normal speed and then holds its last frame;
 * `extend` takes more of the source after the segment (then holds the last
 * frame if the source runs out), as the MP4 pipeline's `extend` does.
 */
export type SlotPolicy = "slow" | "freeze" | "extend";

/** Policies in the order the docs list them; the first is the drafts' default. */
export const SLOT_POLICIES: readonly SlotPolicy[] = ["slow", "freeze", "extend"];

/** Slot policy of a draft: drafts never trim speech, so "trim" and unset mean "slow". */
export function draftPolicy(overflow: string | undefined): SlotPolicy {
  return overflow === "freeze" || overflow === "extend" ? overflow : "slow";
}

/** Default tempo window (DESIGN §7): narration within ±15 % is sped up or slowed to fit. */
export const DEFAULT_MAX_TEMPO = 1.15;

/** Slowest speed the editors accept for a video segment. */
export const MIN_VIDEO_SPEED = 0.1;

/** A piece of the video track within one slot. */
export type VideoPart =
  | {
    kind: "footage";
    /** Offset of the piece in the source from the segment's own start, µs. */
    sourceOffsetUs: number;
    sourceUs: number;
    targetUs: number;
    /** sourceUs / targetUs. */
    speed: number;
  }
  | { kind: "freeze"; targetUs: number };

/** Where the narration sits in its slot. */
export interface AudioPlacement {
  /** How much of the audio file plays (always the whole file: no speech is dropped). */
  sourceUs: number;
  /** How long it lasts on the timeline. */
  targetUs: number;
  /** sourceUs / targetUs (the editors' `target = source / speed`). */
  speed: number;
}

/** The plan of one slot. */
export interface SlotPlan {
  /** The slot's length on the timeline (the script's length, or longer for long speech). */
  slotUs: number;
  /** Contiguous pieces filling the slot. */
  video: VideoPart[];
  audio?: AudioPlacement;
  /** "plain" (no narration), "exact", "speed_up", "slow_down", "pad", or the SlotPolicy used. */
  strategy: string;
}

/** Options for {@linkcode planSlot}. */
export interface SlotOptions {
  policy?: SlotPolicy;
  /** Tempo window, 1 to 2 (default 1.15). */
  maxTempo?: number;
  /** Source footage available after the segment's end, µs (for `extend`). */
  footageAfterUs?: number;
}

function footage(offset: number, sourceUs: number, targetUs: number): VideoPart {
  return {
    kind: "footage",
    sourceOffsetUs: offset,
    sourceUs,
    targetUs,
    speed: sourceUs / targetUs,
  };
}

/** Fills `slotUs` with the segment's `videoUs` of footage per `policy`. */
function fill(
  videoUs: number,
  slotUs: number,
  policy: SlotPolicy,
  footageAfterUs: number,
): VideoPart[] {
  if (policy === "slow") {
    const longest = Math.floor(videoUs / MIN_VIDEO_SPEED);
    if (slotUs <= longest) return [footage(0, videoUs, slotUs)];
    return [footage(0, videoUs, longest), { kind: "freeze", targetUs: slotUs - longest }];
  }
  const more = policy === "extend" ? Math.min(Math.max(0, footageAfterUs), slotUs - videoUs) : 0;
  const played = videoUs + more;
  const parts = [footage(0, played, played)];
  if (played < slotUs) parts.push({ kind: "freeze", targetUs: slotUs - played });
  return parts;
}

/**
 * Plans a slot of `slotUs` with narration of `audioUs` (undefined: none).
 * Within the tempo window the narration's speed makes it fill the slot
 * exactly; a shorter one plays at normal speed followed by silence; a longer
 * one plays whole at normal speed and the slot grows to its length, the
 * footage filled per `policy`. Every length is an integer µs > 0.
 *
 * @example
 * ```ts
 * planSlot(2_000_000, 2_800_000, { policy: "freeze" }).slotUs; // 2_800_000
 * ```
 */
export function planSlot(slotUs: number, audioUs?: number, options: SlotOptions = {}): SlotPlan {
  const { policy = "slow", maxTempo = DEFAULT_MAX_TEMPO, footageAfterUs = 0 } = options;
  if (!Number.isInteger(slotUs) || slotUs <= 0) {
    throw new RangeError(
      `Cannot plan a slot as its length must be a positive integer of µs: current value is ${slotUs}`,
    );
  }
  if (!Number.isFinite(maxTempo) || maxTempo < 1 || maxTempo > 2) {
    throw new RangeError(
      `Cannot plan a slot as 'maxTempo' must be from 1 to 2: current value is ${maxTempo}`,
    );
  }
  if (!SLOT_POLICIES.includes(policy)) {
    throw new RangeError(
      `Cannot plan a slot as 'policy' must be ${
        SLOT_POLICIES.join(", ")
      }: current value is ${policy}`,
    );
  }
  const plain = [footage(0, slotUs, slotUs)];
  if (audioUs === undefined) return { slotUs, video: plain, strategy: "plain" };
  if (!Number.isInteger(audioUs) || audioUs <= 0) {
    throw new RangeError(
      `Cannot plan a slot as the narration must be a positive integer of µs: current value is ${audioUs}`,
    );
  }
  const r = audioUs / slotUs;
  const fit = (strategy: string): SlotPlan => ({
    slotUs,
    video: plain,
    audio: { sourceUs: audioUs, targetUs: slotUs, speed: r },
    strategy,
  });
  if (Math.abs(audioUs - slotUs) < 1000) return fit("exact");
  if (r > 1 && r <= maxTempo + 1e-9) return fit("speed_up");
  if (r < 1 && 1 / r <= maxTempo + 1e-9) return fit("slow_down");
  const audio = { sourceUs: audioUs, targetUs: audioUs, speed: 1 };
  if (r < 1) return { slotUs, video: plain, audio, strategy: "pad" };
  return {
    slotUs: audioUs,
    video: fill(slotUs, audioUs, policy, footageAfterUs),
    audio,
    strategy: policy,
  };
}
