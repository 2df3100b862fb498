// Progress of generate_video: work units counted in the order the phases are emitted
// (video per segment, TTS per narration, alignment per segment, mux), so the percentage
// can only grow; and media errors that name `segments[i]` located to that segment.
import { SacvError } from "../../common/errors.ts";
import type { FailureLocation } from "../pipeline.ts";
import type { ScriptSegment } from "../script.ts";
import { locate } from "./common.ts";

/** Progress bands: work phases share [start, work); the mux runs from work to end. */
export const BANDS = { prepare: 3, start: 5, work: 90, end: 99 } as const;

/**
 * Counts done units per phase; `percent()` maps their sum onto the work band. Units of
 * every phase count from the start, so later phases never lower the number.
 */
export class VideoProgress {
  #done = { video: 0, tts: 0, aligned: 0 };
  readonly #total: number;

  constructor(segments: number, narrations: number) {
    this.#total = Math.max(1, segments * 2 + narrations);
  }

  /** Records `n` more done units of `phase` and returns the new percentage. */
  add(phase: "video" | "tts" | "aligned", n = 1): number {
    this.#done[phase] += n;
    return this.percent();
  }

  /** Sets the count of `phase` (never lowers it) and returns the percentage. */
  set(phase: "video" | "tts" | "aligned", n: number): number {
    this.#done[phase] = Math.max(this.#done[phase], n);
    return this.percent();
  }

  percent(): number {
    const d = this.#done;
    const units = Math.min(this.#total, d.video + d.tts + d.aligned);
    return BANDS.start + ((BANDS.work - BANDS.start) * units) / this.#total;
  }
}

/**
 * Locates a media failure: a field like `segments[3].narration` names the segment (by
 * script index); else `current()`, the segment the call was working on when it failed
 * (e.g. the first one whose video was not written yet), if any; else `stage` only.
 */
export function locateMedia(
  err: unknown,
  stage: string,
  segments: readonly ScriptSegment[],
  current?: () => ScriptSegment | undefined,
): unknown {
  const location: FailureLocation = { stage };
  if (err instanceof SacvError) {
    const m = String(err.details.field ?? "").match(/^segments\[(\d+)\]/) ??
      err.message.match(/^segments\[(\d+)\]/);
    const seg = m ? segments[Number(m[1])] : current?.();
    if (seg) {
      location.segment_id = seg.id;
      location.index = seg.index;
    }
  }
  return locate(err, location);
}

/** Runs `fn`, locating a media failure with {@linkcode locateMedia}. */
export async function mediaStep<T>(
  stage: string,
  segments: readonly ScriptSegment[],
  fn: () => Promise<T>,
  current?: () => ScriptSegment | undefined,
): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw locateMedia(err, stage, segments, current);
  }
}
