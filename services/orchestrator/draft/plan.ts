// Plans every slot of a draft: narration placement (never dropping speech) and subtitle lines
// timed within each speech. Pure: the pipeline supplies durations and word timings.
import { type SubtitleCue, subtitleCues, type WordTiming } from "../subtitles.ts";
import type { DraftMedia, PlannedSegment } from "./content.ts";
import { planSlot, type SlotPolicy } from "./timeline.ts";

/** One script segment with what its narration turned out to be. */
export interface SegmentFacts {
  id: string;
  kind: "narration" | "original" | "mixed";
  /** The segment's range in the source, µs (end clamped to the source). */
  startUs: number;
  endUs: number;
  /** Subtitle text ("" for none). */
  subtitle: string;
  /** The narration as placed in the draft's assets. */
  narration?: DraftMedia & {
    /** Word timings on the narration file's clock, when the provider gave them. */
    words?: readonly WordTiming[];
    /** The text the narration speaks (word timings only apply to a subtitle with this text). */
    text: string;
  };
}

/** Options for {@linkcode planDraft}. */
export interface PlanOptions {
  policy: SlotPolicy;
  maxTempo: number;
  /** Length of the source, µs (how much footage `extend` can take). */
  sourceUs: number;
  /** Longest subtitle line (SACV_SUBTITLE_MAX_CHARS). */
  maxChars: number;
}

/**
 * Plans each segment's slot ({@linkcode planSlot}) and subtitle lines: on
 * the narration's clock for narrated segments (so they span exactly the
 * speech), on the slot's for an original segment with its own subtitle.
 */
export function planDraft(
  segments: readonly SegmentFacts[],
  options: PlanOptions,
): PlannedSegment[] {
  return segments.map((s) => {
    const slotUs = s.endUs - s.startUs;
    const plan = planSlot(slotUs, s.narration?.durationUs, {
      policy: options.policy,
      maxTempo: options.maxTempo,
      footageAfterUs: Math.max(0, options.sourceUs - s.endUs),
    });
    let cues: SubtitleCue[] = [];
    const text = s.subtitle.trim();
    if (text !== "") {
      const n = s.narration;
      const clockMs = (n && plan.audio ? plan.audio.sourceUs : plan.slotUs) / 1000;
      const words = n && n.text.trim() === text ? n.words : undefined;
      cues = subtitleCues(text, clockMs, { maxChars: options.maxChars, words });
    }
    const planned: PlannedSegment = {
      id: s.id,
      kind: s.kind,
      sourceStartUs: s.startUs,
      plan,
      cues,
    };
    if (s.narration) {
      const { words: _w, text: _t, ...audio } = s.narration;
      planned.audio = audio;
    }
    return planned;
  });
}

/** Where the held frame of a planned segment comes from: the end of its last footage, µs. */
export function stillSourceUs(seg: PlannedSegment): number | undefined {
  if (!seg.plan.video.some((p) => p.kind === "freeze")) return undefined;
  let end = seg.sourceStartUs;
  for (const p of seg.plan.video) {
    if (p.kind === "footage") end = seg.sourceStartUs + p.sourceOffsetUs + p.sourceUs;
  }
  return end;
}

/** Shifts word timings by `-offsetMs` (leading silence trimmed from the file), dropping none. */
export function shiftWords(
  words: readonly WordTiming[] | undefined,
  offsetMs: number,
): WordTiming[] | undefined {
  if (!words?.length) return undefined;
  return words.map((w) => ({
    text: w.text,
    start_ms: Math.max(0, w.start_ms - offsetMs),
    end_ms: Math.max(0, w.end_ms - offsetMs),
  }));
}
