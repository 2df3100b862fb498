// The draft's narrations: each synthesised clip made ready for the draft (leading silence
// trimmed, loudness normalised, copied into the assets), and the facts the planner needs.
import { extname, join } from "node:path";
import { SacvError } from "../../common/errors.ts";
import type { MediaClient, SynthesizeResult } from "../clients.ts";
import type { PipelineContext } from "../pipeline.ts";
import { copyFileAbortable } from "../pipelines/copy.ts";
import type { ScriptSegment } from "../script.ts";
import type { WordTiming } from "../subtitles.ts";
import { assetPath, portableName } from "./paths.ts";
import { type SegmentFacts, shiftWords } from "./plan.ts";
import { toUs } from "./timeline.ts";

/** A narration placed in the draft's assets. */
export interface Narration {
  /** File name inside `assets/`. */
  file: string;
  durationUs: number;
  /** Word timings on the file's clock (after the trimmed silence), when the provider gave them. */
  words?: WordTiming[];
}

/** Where {@linkcode prepareNarration} works. */
export interface NarrationOptions {
  ctx: PipelineContext;
  media: MediaClient;
  /** The task's work dir, relative to the media root (the normalised clip goes there). */
  workRel: string;
  /** The draft's `assets/` folder being written. */
  assetsDir: string;
  signal: AbortSignal;
}

/**
 * Makes segment `s`'s synthesised `audio` ready for the draft: the media service trims its
 * leading silence and normalises its loudness, then it is copied into the assets under a
 * portable name. A clip shorter than one 400 ms EBU R128 block cannot be measured: the media
 * service calls it silent, and it goes into the draft as synthesised.
 */
export async function prepareNarration(
  s: ScriptSegment,
  audio: string,
  tts: SynthesizeResult,
  options: NarrationOptions,
): Promise<Narration> {
  const { ctx, signal } = options;
  let path = audio;
  let duration = tts.duration_ms / 1000;
  let trimmedMs = 0;
  let strategy = "raw";
  try {
    const r = await options.media.normalizeLoudness({
      input: audio,
      output: join(options.workRel, `norm_${s.index}.wav`),
      trim_leading_silence: true,
    }, signal);
    ({ output: path, duration } = r);
    trimmedMs = (r.trimmed_seconds ?? 0) * 1000;
    strategy = "loudnorm";
  } catch (err) {
    if (!(err instanceof SacvError) || err.reason !== "SILENT_AUDIO") throw err;
    ctx.logger.warn("narration not normalised: loudness not measurable", { input: audio });
  }
  const file = `narration_${s.index}_${portableName(s.id, 60, "segment")}${extname(path)}`;
  await copyFileAbortable(join(ctx.mediaRoot, path), join(options.assetsDir, file), signal);
  ctx.updateSegment({ segment_id: s.id, index: s.index, status: "normalized", strategy });
  return { file, durationUs: toUs(duration), words: shiftWords(tts.words, trimmedMs) };
}

/**
 * What the planner needs of each segment: its range in the source (clamped to `sourceUs`), its
 * subtitle text (the narration's text unless the script gives one; none for original sound),
 * and its narration as placed in the assets.
 */
export function segmentFacts(
  segments: readonly ScriptSegment[],
  narrations: ReadonlyMap<string, Narration>,
  sourceUs: number,
): SegmentFacts[] {
  return segments.map((s) => {
    const n = narrations.get(s.id);
    return {
      id: s.id,
      kind: s.kind,
      startUs: toUs(s.start),
      endUs: Math.min(toUs(s.end), sourceUs),
      subtitle: s.subtitle ?? (s.kind === "original" ? "" : s.text),
      narration: n && {
        path: assetPath(n.file),
        name: n.file,
        durationUs: n.durationUs,
        width: 0,
        height: 0,
        words: n.words,
        text: s.text,
      },
    };
  });
}
