// The generate_video flow: probe, validate, cut, one TTS stream overlapped with serial alignment, concat.
import { join } from "node:path";
import type { PipelineContext, PipelineResult } from "../pipeline.ts";
import type { ScriptSegment } from "../script.ts";
import type { Clients } from "../clients.ts";
import { startSpeech } from "./speech.ts";
import { loadScript, located, probeSource, safeName } from "./common.ts";
import { PipelineRun } from "./run.ts";
import { ensureDirInside } from "../safe_path.ts";

export { workDirOf } from "./run.ts";

/** Progress bands of the phases (the scheduler keeps progress monotonic anyway). */
const P = { prepare: 3, cut0: 5, cut1: 20, work1: 90, concat1: 99 } as const;

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
  const run = new PipelineRun(ctx, "generate_video");
  const { signal, workRel, workAbs, queue, fail } = run;
  let outDirAbs: string | undefined;
  let succeeded = false;
  try {
    const probe = await probeSource(ctx, clients, signal);
    const { segments } = loadScript(ctx, probe);
    const narrated = segments.filter((s) => s.kind !== "original");
    const outDir = join("outputs", ctx.project.id);
    outDirAbs = join(ctx.mediaRoot, outDir);
    await located({ stage: "prepare_output", code: "WORK_DIR" }, async () => {
      await Deno.mkdir(workAbs, { recursive: true });
      // Resolved component by component: an `outputs` symlinked out of the media root is refused.
      ensureDirInside(outDirAbs!, [ctx.mediaRoot], { field: "output_dir" });
    });
    const output = join(outDir, `${safeName(ctx.project.name)}.mp4`);
    ctx.emit("prepare_output", P.prepare, `${segments.length} segments, output ${output}`, {
      segments: segments.length,
      narration: narrated.length,
    });
    for (const s of segments) {
      ctx.updateSegment({ segment_id: s.id, index: s.index, kind: s.kind, status: "pending" });
    }

    const clipOf = (s: ScriptSegment) => join(workRel, `clip_${s.index}.mp4`);
    const finalOf = (s: ScriptSegment) =>
      s.kind === "original" ? clipOf(s) : join(workRel, `seg_${s.index}.mp4`);
    // Work after cutting: one unit per synthesis plus one per finished segment.
    const totalUnits = narrated.length + segments.length;
    let ttsUnits = 0;
    let segUnits = 0;
    const workProgress = () => P.cut1 + ((P.work1 - P.cut1) * (ttsUnits + segUnits)) / totalUnits;
    const processed = (s: ScriptSegment, strategy: string, duration?: number) => {
      segUnits++;
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

    // TTS starts at once and overlaps the cuts; cuts go first in the serial media queue.
    const speech = startSpeech(ctx, clients, narrated, {
      signal,
      workRel,
      progress: (n) => {
        ttsUnits = Math.max(ttsUnits, n);
        return workProgress();
      },
      onError: fail,
      onAudio: (s, audio) => {
        queue.push(() =>
          located({ stage: "align", segment_id: s.id, index: s.index }, async () => {
            const a = await clients.media.alignNarration({
              clip: clipOf(s),
              narration: audio,
              output: finalOf(s),
              overflow: ctx.options.overflow ?? "trim",
              // A source without sound has nothing to duck under the narration.
              mix: s.kind === "mixed" && probe.has_audio ? "duck" : "replace",
              source: ctx.project.videoPath,
              source_start: s.start,
            }, signal);
            processed(s, a.strategy, a.duration);
          })
        ).catch(fail);
      },
    });
    run.trackSpeech(speech.done);

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
    // Runs right after the last cut, before any alignment: the tts phase opens here.
    queue.push(() => {
      speech.open();
      for (const s of segments) if (s.kind === "original") processed(s, "original");
      return Promise.resolve();
    }).catch(fail);

    await run.settle();

    // Concat in script order (the media service writes a temp name and renames).
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
    succeeded = true;
    return { filePath: output, data };
  } catch (err) {
    throw run.outcomeOf(err);
  } finally {
    await run.close();
    // Only an empty output folder goes (a previous run's video stays).
    if (!succeeded && outDirAbs) await Deno.remove(outDirAbs).catch(() => {});
  }
}
