// The generate_video flow: probe, validate, cut, one TTS stream overlapped with serial alignment, concat.
import { join } from "node:path";
import { CancelledError } from "../../common/errors.ts";
import type { PipelineContext, PipelineResult } from "../pipeline.ts";
import type { ScriptSegment } from "../script.ts";
import type { Clients, TtsResult } from "../clients.ts";
import { SerialQueue } from "./serial_queue.ts";
import {
  audioExt,
  linkedController,
  loadScript,
  located,
  probeSource,
  safeName,
  type TaskTts,
  ttsFailure,
  ttsItem,
  ttsProgressData,
} from "./common.ts";

/** Progress bands of the phases (the scheduler keeps progress monotonic anyway). */
const P = { prepare: 3, cut0: 5, cut1: 20, work1: 90, concat1: 99 } as const;

/** Relative work dir of a task under the media root. */
export function workDirOf(taskId: string): string {
  return join(".work", taskId);
}

/**
 * Runs generate_video for `ctx.project` (DESIGN §7): cuts every segment,
 * synthesises all narration over one TTS stream while aligning each result
 * to its clip as it arrives (media work serial), and concatenates the clips
 * in script order into `outputs/<project_id>/<name>.mp4`. The work dir
 * `.work/<task_id>/` under the media root is removed on every outcome.
 */
export async function generateVideo(
  ctx: PipelineContext,
  clients: Clients,
): Promise<PipelineResult> {
  const ac = linkedController(ctx.signal);
  const signal = ac.signal;
  const workRel = workDirOf(ctx.taskId);
  const workAbs = join(ctx.mediaRoot, workRel);
  const queue = new SerialQueue(signal);
  let tts: Promise<void> = Promise.resolve();
  const writes = new Set<Promise<unknown>>();
  let failure: unknown;
  const fail = (err: unknown) => {
    failure ??= err;
    ac.abort(err);
  };
  try {
    const probe = await probeSource(ctx, clients, signal);
    const { segments } = loadScript(ctx, probe);
    const speech = segments.filter((s) => s.kind !== "original");
    await Deno.mkdir(workAbs, { recursive: true });
    const outDir = join("outputs", ctx.project.id);
    await Deno.mkdir(join(ctx.mediaRoot, outDir), { recursive: true });
    const output = join(outDir, `${safeName(ctx.project.name)}.mp4`);
    ctx.emit("prepare_output", P.prepare, `${segments.length} segments, output ${output}`, {
      segments: segments.length,
      narration: speech.length,
    });
    for (const s of segments) {
      ctx.updateSegment({ segment_id: s.id, index: s.index, kind: s.kind, status: "pending" });
    }

    const clipOf = (s: ScriptSegment) => join(workRel, `clip_${s.index}.mp4`);
    const finalOf = (s: ScriptSegment) =>
      s.kind === "original" ? clipOf(s) : join(workRel, `seg_${s.index}.mp4`);
    const totalUnits = speech.length + segments.length;
    let doneUnits = 0;
    const workProgress = () => P.cut1 + ((P.work1 - P.cut1) * doneUnits) / totalUnits;
    const processed = (s: ScriptSegment, strategy: string, duration?: number) => {
      doneUnits++;
      ctx.updateSegment({
        segment_id: s.id,
        index: s.index,
        status: "processed",
        strategy,
        duration,
      });
      ctx.emit("segment_processed", workProgress(), `segment ${s.id} ready (${strategy})`, {
        segment_id: s.id,
        index: s.index,
        strategy,
      });
    };

    // 1. Cuts go first in the serial media queue; TTS starts at once and overlaps them.
    segments.forEach((s, i) => {
      queue.push(() =>
        located({ stage: "cut", segment_id: s.id, index: s.index }, async () => {
          const r = await clients.media.cutClip({
            input: ctx.project.videoPath,
            output: clipOf(s),
            start: s.start,
            end: Math.min(s.end, probe.duration),
            drop_audio: s.kind === "narration",
          }, signal);
          ctx.updateSegment({
            segment_id: s.id,
            index: s.index,
            status: "cut",
            duration: r.duration,
          });
          const p = P.cut0 + ((P.cut1 - P.cut0) * (i + 1)) / segments.length;
          ctx.emit("cutting_segments_progress", p, `cut ${i + 1}/${segments.length}`, {
            segment_id: s.id,
            index: s.index,
            completed: i + 1,
            total: segments.length,
          });
        })
      ).catch(fail);
    });

    // 2. TTS progress events wait until cutting is reported, so phases stay in order.
    let ttsPhase = false;
    const held: (() => void)[] = [];
    queue.push(() => {
      ttsPhase = true;
      ctx.emit("tts_generate", P.cut1, `synthesising ${speech.length} narration segments`, {
        total: speech.length,
      });
      held.splice(0).forEach((f) => f());
      for (const s of segments) if (s.kind === "original") processed(s, "original");
      return Promise.resolve();
    }).catch(fail);

    const byId = new Map(speech.map((s) => [s.id, s]));
    const task = ctx.options.tts as TaskTts;
    let completed = 0;
    const onAudio = async (s: ScriptSegment, r: TtsResult) => {
      const audio = join(workRel, `tts_${s.index}.${audioExt(r.codec)}`);
      await Deno.writeFile(join(ctx.mediaRoot, audio), r.audio);
      queue.push(() =>
        located({ stage: "align", segment_id: s.id, index: s.index }, async () => {
          const a = await clients.media.alignNarration({
            clip: clipOf(s),
            narration: audio,
            output: finalOf(s),
            overflow: ctx.options.overflow ?? "trim",
            mix: s.kind === "mixed" ? "duck" : "replace",
            source: ctx.project.videoPath,
            source_start: s.start,
          }, signal);
          processed(s, a.strategy, a.duration);
        })
      ).catch(fail);
    };
    if (speech.length > 0) {
      tts = clients.tts.synthesizeMany(speech.map((s) => ttsItem(s, task)), {
        signal,
        onResult: (o) => {
          const id = o.ok ? o.result.request_id : o.error.request_id;
          const s = byId.get(id)!;
          if (!o.ok) throw ttsFailure(s, o.error);
          const r = o.result;
          completed++;
          doneUnits++;
          ctx.updateSegment({
            segment_id: s.id,
            index: s.index,
            status: "tts_done",
            provider: r.provider,
            attempts: r.attempts,
            tts_duration: r.duration_ms / 1000,
          });
          const data = ttsProgressData(s, r, completed, speech.length);
          const report = () =>
            ctx.emit(
              "tts_generate_progress",
              workProgress(),
              `TTS ${completed}/${speech.length}`,
              data,
            );
          if (ttsPhase) report();
          else held.push(report);
          const w = onAudio(s, r).catch(fail);
          writes.add(w);
          w.finally(() => writes.delete(w));
        },
      });
      tts.catch(fail);
    }
    await tts.catch(() => {});
    await Promise.all(writes);
    await queue.idle();
    if (ctx.signal.aborted) throw new CancelledError("generate_video cancelled");
    if (failure !== undefined) throw failure;

    // 3. Concat in script order (the media service writes a temp name and renames).
    ctx.emit("concat_start", P.work1, `concatenating ${segments.length} clips`);
    let lastReported: number = P.work1;
    const result = await located(
      { stage: "concat" },
      () =>
        clients.media.concat({ inputs: segments.map(finalOf), output }, {
          signal,
          onProgress: (p) => {
            const pct = Math.floor(P.work1 + (P.concat1 - P.work1 - 1) * p.progress);
            if (pct > lastReported && !p.done) {
              lastReported = pct;
              ctx.emit("concat_start", pct, `concat ${Math.round(p.progress * 100)}%`);
            }
          },
        }),
    );
    const data = {
      output_path: output,
      segments_count: segments.length,
      duration: result.duration,
    };
    ctx.emit("concat_done", P.concat1, `wrote ${output}`, data);
    return { filePath: output, data };
  } catch (err) {
    if (ctx.signal.aborted) throw new CancelledError("generate_video cancelled");
    throw failure ?? err;
  } finally {
    ac.abort();
    await tts.catch(() => {});
    await Promise.all(writes);
    await queue.idle();
    await Deno.remove(workAbs, { recursive: true }).catch(() => {});
  }
}
