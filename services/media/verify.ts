// Output checks: ffmpeg exits 0 on a truncated input and writes a short file,
// so every operation compares what it wrote with what it should have written.
import { SacvError } from "../common/errors.ts";
import type { ProbeResult } from "./messages.ts";

/** Which request field to blame when the output comes out short. */
export interface Blame {
  field: string;
  /** The path as the caller gave it. */
  shown: string;
}

/**
 * Throws INVALID_ARGUMENT (reason DAMAGED_MEDIA) naming the input when the
 * written video differs from `expected` seconds by more than `tolerance`.
 */
export function checkVideoLength(
  written: ProbeResult,
  expected: number,
  tolerance: number,
  blame: Blame,
): void {
  const got = written.video_duration;
  if (Math.abs(got - expected) > tolerance) {
    throw new SacvError(
      "INVALID_ARGUMENT",
      `${blame.field}: ${blame.shown} looks truncated or damaged: the output has ` +
        `${got.toFixed(3)} s of video where ${expected.toFixed(3)} s were expected`,
      { reason: "DAMAGED_MEDIA", details: { field: blame.field } },
    );
  }
}
