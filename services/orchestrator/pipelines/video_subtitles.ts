// The .srt beside a generated MP4: each narration's lines where its speech plays in the output.
import type { PipelineContext } from "../pipeline.ts";
import type { ScriptSegment } from "../script.ts";
import type { WordTiming } from "../subtitles.ts";
import { formatSrt, outputCues, type SpokenSlot } from "../srt.ts";
import { writeFileInside } from "../safe_path.ts";

/** What BuildAudio says about one slot (AlignedSegment). */
export interface AlignedSlot {
  strategy: string;
  tempo: number;
  narration_duration: number;
  duration: number;
}

/** Options for {@linkcode spokenSlots}. */
export interface SlotOptions {
  /** Word timings per segment index (providers that report them). */
  words?: ReadonlyMap<number, readonly WordTiming[]>;
}

/**
 * The slots of the output timeline: back to back in script order, each as long as BuildAudio
 * made it. A narrated segment shows its `subtitle` (or its text); an original-footage segment
 * shows only a subtitle the script gave it explicitly (as the draft's text track does).
 */
export function spokenSlots(
  segments: readonly ScriptSegment[],
  aligned: readonly AlignedSlot[],
  options: SlotOptions = {},
): SpokenSlot[] {
  let at = 0;
  return segments.map((s, i) => {
    const a = aligned[i];
    const outputStart = at;
    at += a?.duration ?? 0;
    const narrated = s.kind !== "original" && a && a.narration_duration > 0;
    const slot: SpokenSlot = {
      text: s.subtitle ?? (s.kind === "original" ? "" : s.text),
      outputStart,
      outputEnd: at,
    };
    if (narrated) {
      slot.narration = {
        duration: a.narration_duration,
        tempo: a.tempo > 0 ? a.tempo : 1,
        words: options.words?.get(s.index),
        text: s.text,
      };
    }
    return slot;
  });
}

/** Options for {@linkcode writeSubtitles}. */
export interface WriteSubtitlesOptions extends SlotOptions {
  /** The output folder (absolute; it must lie in the media root). */
  dirAbs: string;
  /** The file's name, e.g. `<project>.srt`. */
  name: string;
  segments: readonly ScriptSegment[];
  aligned: readonly AlignedSlot[];
  /** Longest line (SACV_SUBTITLE_MAX_CHARS). */
  maxChars?: number;
  signal?: AbortSignal;
}

/**
 * Writes the SRT under a temp name and renames it; returns its name, number of cues and bytes
 * (the same file goes to the work dir for a burn-in, then beside the MP4).
 */
export async function writeSubtitles(
  ctx: Pick<PipelineContext, "mediaRoot">,
  options: WriteSubtitlesOptions,
): Promise<{ name: string; cues: number; bytes: Uint8Array }> {
  const cues = outputCues(spokenSlots(options.segments, options.aligned, options), {
    maxChars: options.maxChars,
  });
  const bytes = new TextEncoder().encode(formatSrt(cues));
  await writeFileInside(
    options.dirAbs,
    options.name,
    bytes,
    [ctx.mediaRoot],
    { field: "output_dir", signal: options.signal },
  );
  return { name: options.name, cues: cues.length, bytes };
}
