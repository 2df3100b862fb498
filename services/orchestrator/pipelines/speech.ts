// The TTS stage both pipelines share: every narration synthesised (or reused from an interrupted
// run), audio stored atomically in the work dir, progress events held back until the pipeline
// opens the tts phase (so phases stay in order).
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { PipelineContext } from "../pipeline.ts";
import type { ScriptSegment } from "../script.ts";
import type { Clients, SynthesizeResult, TtsItem } from "../clients.ts";
import { locate, type TaskTts, ttsFailure, ttsItem, ttsProgressData } from "./common.ts";
import { itemKey, loadAudio, saveAudio } from "./speech_store.ts";

/** Options for {@linkcode startSpeech}. */
export interface SpeechOptions {
  /** Aborting cancels the stream (every in-flight provider call). */
  signal: AbortSignal;
  /** Work dir relative to the media root, where audio files are written. */
  workRel: string;
  /** Progress to report when the n-th synthesis completes. */
  progress: (completed: number) => number;
  /**
   * Called once a segment's audio file is stored (path relative to the media root); never
   * synchronously from startSpeech, so work the pipeline queues right after it goes first.
   */
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

/**
 * Starts synthesising `segments`; results arrive in completion order. Audio a
 * previous run of the task already stored in the work dir for the same request
 * is reused (a resumed task pays for nothing twice); the rest goes to the TTS
 * service, whose dropped streams the client re-sends.
 */
export function startSpeech(
  ctx: PipelineContext,
  clients: Clients,
  segments: readonly ScriptSegment[],
  options: SpeechOptions,
): SpeechStage {
  const byId = new Map(segments.map((s) => [s.id, s]));
  const task: TaskTts = ctx.options.tts ?? {};
  const workAbs = join(ctx.mediaRoot, options.workRel);
  const held: (() => void)[] = [];
  const writes = new Set<Promise<void>>();
  const keys = new Map<string, string>();
  let opened = false;
  let completed = 0;
  let writeError: unknown;

  /** A segment's audio is stored: mark it, report it (held until the phase opens), hand it on. */
  const stored = (s: ScriptSegment, file: string, r: SynthesizeResult, replica?: string) => {
    const reused = replica === undefined;
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
    if (reused) data.reused = true;
    else if (replica) data.replica = replicaTag(replica);
    const report = () =>
      ctx.emit(
        "tts_generate_progress",
        options.progress(data.completed as number),
        `TTS ${data.completed}/${segments.length}${reused ? " (reused)" : ""}`,
        data,
      );
    if (opened) report();
    else held.push(report);
    options.onAudio(s, join(options.workRel, file), r);
  };

  const synthesise = (todo: ScriptSegment[], items: TtsItem[]): Promise<void> => {
    if (todo.length === 0) return Promise.resolve();
    return clients.tts.synthesizeMany(items, {
      signal: options.signal,
      onResult: (o) => {
        if (writeError !== undefined) throw writeError;
        const s = byId.get(o.ok ? o.result.request_id : o.error.request_id)!;
        if (!o.ok) throw ttsFailure(s, o.error);
        const r = o.result;
        const w = saveAudio(workAbs, s.index, keys.get(s.id)!, r, {
          roots: [ctx.mediaRoot],
          signal: options.signal,
        })
          .then((file) => stored(s, file, r, o.replica ?? ""))
          .catch((err) => {
            writeError ??= err;
            options.onError(err);
          });
        writes.add(w);
        w.finally(() => writes.delete(w));
      },
    });
  };

  // Stored audio is looked up before the stream opens, so the stream starts at once (before
  // the pipeline queues its first cut) with only what is missing.
  const items = segments.map((s) => ttsItem(s, task));
  const todo: ScriptSegment[] = [];
  const todoItems: TtsItem[] = [];
  const reused: [ScriptSegment, NonNullable<ReturnType<typeof loadAudio>>][] = [];
  segments.forEach((s, i) => {
    const key = itemKey(items[i]);
    keys.set(s.id, key);
    const hit = loadAudio(workAbs, s.index, key);
    if (hit) reused.push([s, hit]);
    else (todo.push(s), todoItems.push(items[i]));
  });
  if (reused.length > 0) {
    ctx.logger.info("reusing narration from the interrupted run", {
      reused: reused.length,
      total: segments.length,
    });
  }
  const stream = synthesise(todo, todoItems);
  const done = (async () => {
    try {
      // Handed on after the pipeline has queued its work (as stream results are).
      await Promise.resolve();
      for (const [s, hit] of reused) stored(s, hit.file, hit.result);
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

/**
 * An opaque, stable name for a TTS replica in client-visible events: which replica served an
 * item is useful to see, its internal address is not something clients should learn.
 */
export function replicaTag(addr: string): string {
  return `r-${createHash("sha256").update(addr).digest("hex").slice(0, 8)}`;
}
