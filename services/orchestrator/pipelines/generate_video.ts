// The generate_video flow: the video track starts at once (it needs no narration) while one
// TTS stream synthesises every narration; then one audio graph, then one stream-copy mux.
import { join } from "node:path";
import type { PipelineContext, PipelineResult, TaskOptions } from "../pipeline.ts";
import type { LoudnessReport__Output as LoudnessReport } from "../../../proto/gen/sacv/common/v1/LoudnessReport.ts";
import type { Clients } from "../clients.ts";
import { startSpeech } from "./speech.ts";
import { loadScript, located, probeSource, safeName } from "./common.ts";
import { PipelineRun } from "./run.ts";
import { ensureDirInside, writeFileInside } from "../safe_path.ts";
import { BANDS, mediaStep, VideoProgress } from "./video_progress.ts";
import { writeSubtitles } from "./video_subtitles.ts";
import type { WordTiming } from "../subtitles.ts";

export { workDirOf } from "./run.ts";

/** Options of the video pipeline that come from the service's configuration. */
export interface VideoPipelineOptions {
  /** Longest subtitle line (SACV_SUBTITLE_MAX_CHARS); default 16. */
  subtitleMaxChars?: number;
}

/**
 * Runs generate_video for `ctx.project` (DESIGN §7, issue 9). The media service builds
 * the video of every segment (whole GOPs copied, edges re-encoded) while TTS runs; when
 * every narration is in, it builds the audio track in one graph (alignment policy,
 * original sound, ducking) and muxes both by stream copy into
 * `outputs/<project_id>/<name>.mp4`. Phases are emitted in DESIGN §5 order (TTS progress
 * waits until the video is ready). The work dir `.work/<task_id>/` is removed on every outcome.
 */
export async function generateVideo(
  ctx: PipelineContext,
  clients: Clients,
  options: VideoPipelineOptions = {},
): Promise<PipelineResult> {
  const run = new PipelineRun(ctx, "generate_video");
  const { signal, workRel, workAbs, fail } = run;
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
    ctx.emit("prepare_output", BANDS.prepare, `${segments.length} segments, output ${output}`, {
      segments: segments.length,
      narration: narrated.length,
    });
    for (const s of segments) {
      ctx.updateSegment({ segment_id: s.id, index: s.index, kind: s.kind, status: "pending" });
    }
    const progress = new VideoProgress(segments.length, narrated.length);
    const source = ctx.project.videoPath;
    const ranges = segments.map((s) => ({ start: s.start, end: Math.min(s.end, probe.duration) }));

    // TTS and the video start together; neither waits for the other.
    const narrations = new Map<number, string>();
    const words = new Map<number, WordTiming[]>();
    const speech = startSpeech(ctx, clients, narrated, {
      signal,
      workRel,
      progress: (n) => progress.set("tts", n),
      onError: fail,
      onAudio: (s, audio, r) => {
        narrations.set(s.index, audio);
        if (r.words?.length) words.set(s.index, r.words);
      },
    });
    run.trackSpeech(speech.done);
    const ready = new Set<number>();
    const videoDir = join(workRel, "video");
    const video = mediaStep(
      "cut",
      segments,
      () =>
        clients.media.buildVideo({ source, output_dir: videoDir, segments: ranges }, {
          signal,
          onProgress: (p) => {
            for (const i of p.ready) {
              const s = segments[i];
              if (!s || ready.has(i)) continue;
              ready.add(i);
              ctx.updateSegment({ segment_id: s.id, index: s.index, status: "cut" });
              ctx.emit(
                "cutting_segments_progress",
                progress.add("video"),
                `video ${ready.size}/${segments.length}`,
                { segment_id: s.id, index: s.index, completed: ready.size, total: segments.length },
              );
            }
          },
        }),
      // Killed mid-build, the video call names no segment: the first one not written is where.
      () => segments.find((_, i) => !ready.has(i)),
    );
    video.catch(fail);
    // The audio needs every narration, not the video: it starts as soon as TTS is done.
    const audioRel = join(workRel, "audio.m4a");
    const audioDone = new Set<number>();
    const audio = speech.done.then(() =>
      mediaStep(
        "align",
        segments,
        () =>
          clients.media.buildAudio({
            source,
            output: audioRel,
            overflow: ctx.options.overflow ?? "trim",
            max_tempo: ctx.options.maxTempo ?? 0,
            ...audioFinish(ctx.options),
            segments: segments.map((s, i) => ({
              ...ranges[i],
              // A source without sound has nothing to duck under the narration.
              kind: s.kind === "mixed" && !probe.has_audio ? "narration" : s.kind,
              narration: narrations.get(s.index) ?? "",
            })),
          }, { signal, onProgress: (p) => p.ready.forEach((i) => audioDone.add(i)) }),
        () => segments.find((_, i) => !audioDone.has(i)),
      )
    );
    audio.catch(fail);

    const built = await video;
    speech.open();
    await run.settle();
    const aligned = await audio;
    let at = 0;
    aligned.segments.forEach((a, i) => {
      const s = segments[i];
      const start = at;
      at += a.duration;
      ctx.updateSegment({
        segment_id: s.id,
        index: s.index,
        status: "processed",
        strategy: a.strategy,
        duration: a.duration,
      });
      ctx.emit(
        "segment_processed",
        progress.add("aligned"),
        `segment ${s.id} ready (${a.strategy})`,
        {
          segment_id: s.id,
          index: s.index,
          strategy: a.strategy,
          video: a.video,
          output_start: round3(start),
          output_end: round3(at),
        },
      );
    });

    // The subtitles are timed now (the output timeline is known); the MP4's render may burn them.
    const srt = await located({ stage: "subtitles", code: "SUBTITLES" }, () =>
      writeSubtitles(ctx, {
        dirAbs: workAbs,
        name: "subtitles.srt",
        segments,
        aligned: aligned.segments,
        words,
        maxChars: options.subtitleMaxChars,
        signal,
      }));
    const { subtitles: style, output: frame } = ctx.options;
    ctx.emit("concat_start", BANDS.work, `joining ${segments.length} segments`);
    let lastReported: number = BANDS.work;
    const result = await mediaStep("concat", segments, () =>
      clients.media.muxVideo({
        source,
        video_dir: built.output_dir,
        audio: aligned.output,
        output,
        segments: aligned.segments.map((a, i) => ({
          ...ranges[i],
          video: a.video,
          duration: a.duration,
        })),
        ...(frame ? { frame } : {}),
        ...(style?.burn ? { subtitle_style: style, subtitles: join(workRel, srt.name) } : {}),
      }, {
        signal,
        onProgress: (p) => {
          const stage = { patch: 0, reencode: 0, mux: 0.5, verify: 0.9, render: 0.9 }[p.stage] ?? 0;
          const pct = Math.floor(
            BANDS.work + (BANDS.end - BANDS.work - 1) * (stage + 0.1 * p.progress),
          );
          if (pct > lastReported) {
            lastReported = pct;
            ctx.emit("concat_start", pct, `${p.stage} ${Math.round(p.progress * 100)}%`);
          }
        },
      }));
    const srtName = `${safeName(ctx.project.name)}.srt`;
    await located(
      { stage: "subtitles", code: "SUBTITLES" },
      () =>
        writeFileInside(outDirAbs!, srtName, srt.bytes, [ctx.mediaRoot], {
          field: "output_dir",
          signal,
        }),
    );
    const data = {
      output_path: output,
      srt_path: join(outDir, srtName),
      subtitle_cues: srt.cues,
      segments_count: segments.length,
      duration: result.duration,
      video_mode: result.mode,
      video_reason: result.reason,
      copied_seconds: round3(result.copied_seconds),
      encoded_seconds: round3(result.encoded_seconds),
      loudness: aligned.loudness ? loudnessData(aligned.loudness) : null,
      bgm: ctx.options.bgm?.path ?? null,
    };
    ctx.emit("concat_done", BANDS.end, `wrote ${output}`, data);
    succeeded = true;
    const loud = data.loudness ? `; loudness ${data.loudness.output_i} LUFS` : "";
    return { filePath: output, data, message: videoMessage(result) + loud };
  } catch (err) {
    throw run.outcomeOf(err);
  } finally {
    await run.close();
    // Only an empty output folder goes (a previous run's video stays).
    if (!succeeded && outDirAbs) await Deno.remove(outDirAbs).catch(() => {});
  }
}

/** BuildAudio's loudness and music fields from the task's options (loudness on by default). */
function audioFinish(o: TaskOptions) {
  const l = o.loudness ?? { enabled: true };
  return {
    loudness: { enabled: l.enabled, target_lufs: l.targetLufs, true_peak_db: l.truePeakDb },
    bgm: o.bgm
      ? { path: o.bgm.path, volume_db: o.bgm.volumeDb, duck_db: o.bgm.duckDb, loop: o.bgm.loop }
      : null,
  };
}

/** The completed event's loudness figures (one decimal, as meters show them). */
function loudnessData(l: LoudnessReport) {
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    input_i: r(l.input_i),
    input_tp: r(l.input_tp),
    output_i: r(l.output_i),
    output_tp: r(l.output_tp),
    target_i: l.target_i,
    target_tp: l.target_tp,
    mode: l.mode,
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The completed task's message: which path the video took. */
function videoMessage(
  r: { mode: string; reason: string; copied_seconds: number; encoded_seconds: number },
): string {
  const parts = `copied ${r.copied_seconds.toFixed(1)} s, re-encoded ${
    r.encoded_seconds.toFixed(1)
  } s`;
  return `completed: video ${r.mode} (${parts})${r.reason ? `; ${r.reason}` : ""}`;
}
