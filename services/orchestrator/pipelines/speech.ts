// The TTS stage both pipelines share: one stream for every narration, audio written to the work dir,
// progress events held back until the pipeline opens the tts phase (so phases stay in order).
import { join } from "node:path";
import type { PipelineContext } from "../pipeline.ts";
import type { ScriptSegment } from "../script.ts";
import type { Clients, SynthesizeResult } from "../clients.ts";
import { audioExt, locate, type TaskTts, ttsFailure, ttsItem, ttsProgressData } from "./common.ts";

/** Options for {@linkcode startSpeech}. */
export interface SpeechOptions {
  /** Aborting cancels the stream (every in-flight provider call). */
  signal: AbortSignal;
  /** Work dir relative to the media root, where audio files are written. */
  workRel: string;
  /** Progress to report when the n-th synthesis completes. */
  progress: (completed: number) => number;
  /** Called once a segment's audio file is written (path relative to the media root). */
  onAudio: (seg: ScriptSegment, audioRel: string, result: SynthesizeResult) => void;
  /** Called at once when writing an audio file fails (the pipeline aborts everything). */
  onError: (err: unknown) => void;
}

/** A running TTS stage. */
export interface SpeechStage {
  /**
   * Settles when every item has an outcome and its audio is written; rejects
   * with the first item's located PipelineError (the rest of the stream is
   * cancelled at once), a write error, or CancelledError.
   */
  done: Promise<void>;
  /** Emits `tts_generate` {total} and then every progress event so far; later ones go out live. */
  open(): void;
}

/** Starts synthesising `segments` over ONE stream; results arrive in completion order. */
export function startSpeech(
  ctx: PipelineContext,
  clients: Clients,
  segments: readonly ScriptSegment[],
  options: SpeechOptions,
): SpeechStage {
  const byId = new Map(segments.map((s) => [s.id, s]));
  const task: TaskTts = ctx.options.tts ?? {};
  const held: (() => void)[] = [];
  const writes = new Set<Promise<void>>();
  let opened = false;
  let completed = 0;
  let writeError: unknown;

  const write = async (s: ScriptSegment, r: SynthesizeResult) => {
    const rel = join(options.workRel, `tts_${s.index}.${audioExt(r.codec)}`);
    await Deno.writeFile(join(ctx.mediaRoot, rel), r.audio, { signal: options.signal });
    options.onAudio(s, rel, r);
  };

  const stream = segments.length === 0 ? Promise.resolve() : clients.tts.synthesizeMany(
    segments.map((s) => ttsItem(s, task)),
    {
      signal: options.signal,
      onResult: (o) => {
        if (writeError !== undefined) throw writeError;
        const s = byId.get(o.ok ? o.result.request_id : o.error.request_id)!;
        if (!o.ok) throw ttsFailure(s, o.error);
        const r = o.result;
        completed++;
        ctx.updateSegment({
          segment_id: s.id,
          index: s.index,
          status: "tts_done",
          provider: r.provider,
          attempts: r.attempts,
          tts_duration: r.duration_ms / 1000,
        });
        const data = ttsProgressData(s, r, completed, segments.length);
        const report = () =>
          ctx.emit(
            "tts_generate_progress",
            options.progress(data.completed as number),
            `TTS ${data.completed}/${segments.length}`,
            data,
          );
        if (opened) report();
        else held.push(report);
        const w = write(s, r).catch((err) => {
          writeError ??= err;
          options.onError(err);
        });
        writes.add(w);
        w.finally(() => writes.delete(w));
      },
    },
  );

  const done = (async () => {
    try {
      await stream.catch((err) => {
        throw locate(err, { stage: "tts" });
      });
    } finally {
      await Promise.all(writes);
    }
    if (writeError !== undefined) throw writeError;
  })();
  done.catch(() => {});

  return {
    done,
    open() {
      if (opened) return;
      opened = true;
      ctx.emit(
        "tts_generate",
        options.progress(0),
        `synthesising ${segments.length} narration segments`,
        {
          total: segments.length,
        },
      );
      held.splice(0).forEach((f) => f());
    },
  };
}
