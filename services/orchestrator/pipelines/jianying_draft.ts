// The generate_jianying_draft flow: concurrent TTS, trim + loudness per narration, draft folder written atomically.
import { basename, isAbsolute, join, relative, resolve } from "node:path";
import { SacvError } from "../../common/errors.ts";
import { type PipelineContext, PipelineError, type PipelineResult } from "../pipeline.ts";
import type { ScriptSegment } from "../script.ts";
import type { Clients } from "../clients.ts";
import { startSpeech } from "./speech.ts";
import { loadScript, located, probeSource, safeName } from "./common.ts";
import { PipelineRun } from "./run.ts";
import { checkDirInside, ensureDirInside } from "../safe_path.ts";
import { buildDraftContent, type DraftSegment } from "../draft/content.ts";
import { buildDraftMeta, rootEntry } from "../draft/meta.ts";
import { registerDraft } from "../draft/root_meta.ts";
import { toUs } from "../draft/timeline.ts";
import { copyFileAbortable } from "./copy.ts";

const P = { prepare: 3, copy1: 15, work1: 88, json: 92, done: 99 } as const;

/**
 * The drafts directory for a task: the task's `draftDir` (relative to the
 * data dir, or absolute) or `<data>/jianying_drafts`. It must lie inside the
 * data dir or the media root (DESIGN §10: nothing is written elsewhere). This
 * check is lexical; the pipeline and SubmitTask also resolve real paths, so a
 * symlink leading outside is refused (bind-mount the editor's drafts folder
 * there instead).
 */
export function draftsDirOf(ctx: PipelineContext): string {
  const given = ctx.options.draftDir?.trim();
  const dir = given ? resolve(ctx.dataDir, given) : join(ctx.dataDir, "jianying_drafts");
  const inside = (root: string) => {
    const rel = relative(resolve(root), dir);
    return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
  };
  if (!inside(ctx.dataDir) && !inside(ctx.mediaRoot)) {
    throw new PipelineError(
      "INVALID_ARGUMENT",
      `draft_dir must be inside the data dir or the media root: current value is ${given}`,
      { stage: "prepare", code: "DRAFT_DIR_OUTSIDE" },
    );
  }
  return dir;
}

/**
 * Runs generate_jianying_draft (DESIGN §7, §8): all narration synthesised
 * over one stream; each result trimmed of leading silence and loudness
 * normalised by the media service (serially, while TTS goes on); then the
 * draft folder `<drafts dir>/<project name>_<short id>/` is written with
 * `draft_info.json` and `draft_content.json` (same content),
 * `draft_meta_info.json` and the media copied into `assets/`. The folder is
 * built under a temp name and renamed at the end, so a failed or cancelled
 * task leaves nothing half-written; the draft is then registered in
 * `root_meta_info.json` when that file exists.
 */
export async function generateJianyingDraft(
  ctx: PipelineContext,
  clients: Clients,
): Promise<PipelineResult> {
  const run = new PipelineRun(ctx, "generate_jianying_draft");
  const { signal, workRel, workAbs, queue, fail } = run;
  const draftsDir = draftsDirOf(ctx);
  const draftRoots = [ctx.dataDir, ctx.mediaRoot];
  const name = `${safeName(ctx.project.name)}_${ctx.taskId.replaceAll("-", "").slice(0, 8)}`;
  const finalDir = join(draftsDir, name);
  const tmpDir = join(draftsDir, `.${name}.tmp-${crypto.randomUUID().slice(0, 8)}`);
  let committed = false;
  try {
    const probe = await probeSource(ctx, clients, signal);
    const { segments } = loadScript(ctx, probe);
    const narrated = segments.filter((s) => s.kind !== "original");
    if (await exists(finalDir)) {
      throw new PipelineError("ALREADY_EXISTS", `draft folder ${finalDir} already exists`, {
        stage: "prepare",
        code: "DRAFT_EXISTS",
      });
    }
    // Real paths, component by component: a drafts dir symlinked outside is refused.
    await located(
      { stage: "prepare" },
      () =>
        Promise.resolve().then(() =>
          ensureDirInside(draftsDir, draftRoots, { field: "draft_dir" })
        ),
    );
    await located({ stage: "prepare", code: "DRAFT_DIR" }, async () => {
      await Deno.mkdir(join(tmpDir, "assets"), { recursive: true });
      await Deno.mkdir(workAbs, { recursive: true });
    });
    ctx.emit("prepare", P.prepare, `draft ${finalDir}`, { draft_dir: finalDir });
    for (const s of segments) {
      ctx.updateSegment({ segment_id: s.id, index: s.index, kind: s.kind, status: "pending" });
    }

    const audios = new Map<string, { file: string; durationUs: number }>();
    let ttsUnits = 0;
    let normUnits = 0;
    const totalUnits = narrated.length * 2;
    const progress = () =>
      P.copy1 + ((P.work1 - P.copy1) * (ttsUnits + normUnits)) / Math.max(1, totalUnits);
    // Loudness of a clip shorter than one 400 ms EBU R128 block cannot be measured: the media
    // service calls it silent, and such a narration goes into the draft as synthesised.
    const normalize = async (input: string, output: string) => {
      try {
        const r = await clients.media.normalizeLoudness({
          input,
          output,
          trim_leading_silence: true,
        }, signal);
        return { path: output, duration: r.duration as number | undefined, raw: false };
      } catch (err) {
        if (!(err instanceof SacvError) || err.reason !== "SILENT_AUDIO") throw err;
        ctx.logger.warn("narration not normalised: loudness not measurable", { input });
        return { path: input, duration: undefined, raw: true };
      }
    };
    const speech = startSpeech(ctx, clients, narrated, {
      signal,
      workRel,
      progress: (n) => {
        ttsUnits = Math.max(ttsUnits, n);
        return progress();
      },
      onError: fail,
      onAudio: (s, audio, tts) => {
        queue.push(() =>
          located({ stage: "loudness", segment_id: s.id, index: s.index }, async () => {
            const norm = await normalize(audio, join(workRel, `norm_${s.index}.wav`));
            const ext = norm.raw ? audio.slice(audio.lastIndexOf(".")) : ".wav";
            const file = `narration_${s.index}_${safeName(s.id)}${ext}`;
            await copyFileAbortable(
              join(ctx.mediaRoot, norm.path),
              join(tmpDir, "assets", file),
              signal,
            );
            const duration = norm.duration ?? tts.duration_ms / 1000;
            audios.set(s.id, { file, durationUs: toUs(duration) });
            normUnits++;
            ctx.updateSegment({
              segment_id: s.id,
              index: s.index,
              status: "processed",
              strategy: norm.raw ? "raw" : "loudnorm",
              duration,
            });
          })
        ).catch(fail);
      },
    });
    run.trackSpeech(speech.done);

    // Copy the source first in the media queue; TTS overlaps it, its events wait for it.
    const videoFile = basename(ctx.project.videoPath);
    queue.push(() =>
      located({ stage: "copy_materials" }, async () => {
        ctx.emit("copy_materials", P.prepare + 1, `copying ${videoFile} into the draft`);
        await copyFileAbortable(
          join(ctx.mediaRoot, ctx.project.videoPath),
          join(tmpDir, "assets", videoFile),
          signal,
        );
        speech.open();
      })
    ).catch(fail);

    await run.settle();

    ctx.emit("write_json", P.json, "writing draft JSON");
    const assets = join(finalDir, "assets");
    const draftSegments: DraftSegment[] = segments.map((s: ScriptSegment) => {
      const startUs = toUs(s.start);
      const a = audios.get(s.id);
      return {
        id: s.id,
        kind: s.kind,
        sourceStartUs: startUs,
        durationUs: toUs(Math.min(s.end, probe.duration)) - startUs,
        audio: a
          ? { path: join(assets, a.file), name: a.file, durationUs: a.durationUs }
          : undefined,
        subtitle: s.subtitle ?? (s.kind === "original" ? "" : s.text),
      };
    });
    const content = buildDraftContent({
      name,
      video: {
        path: join(assets, videoFile),
        durationUs: toUs(probe.duration),
        width: probe.width,
        height: probe.height,
        fps: probe.fps,
        hasAudio: probe.has_audio,
      },
      segments: draftSegments,
    });
    const meta = buildDraftMeta({
      draftId: content.draftId,
      name,
      folder: finalDir,
      root: draftsDir,
      durationUs: content.durationUs,
      materialsSize: await dirSize(join(tmpDir, "assets")),
    });
    const text = JSON.stringify(content.json);
    await Deno.writeTextFile(join(tmpDir, "draft_content.json"), text, { signal });
    await Deno.writeTextFile(join(tmpDir, "draft_info.json"), text, { signal });
    await Deno.writeTextFile(join(tmpDir, "draft_meta_info.json"), JSON.stringify(meta), {
      signal,
    });
    run.throwIfCancelled();
    // Checked again right before the folder goes in: a symlink swapped in meanwhile is refused.
    await located({ stage: "write_json" }, () => {
      checkDirInside(tmpDir, draftRoots, { field: "draft_dir" });
      return Deno.rename(tmpDir, finalDir);
    });
    committed = true;
    const reg = await registerDraft(draftsDir, rootEntry(meta)).catch((err) => {
      ctx.logger.warn("root_meta_info.json not updated", { error: err, draft_dir: finalDir });
      return undefined;
    });
    if (reg && !reg.registered && reg.reason === "unreadable") {
      ctx.logger.warn("root_meta_info.json is not plain JSON; draft not registered", {
        draft_dir: finalDir,
      });
    }
    const data = {
      draft_dir: finalDir,
      draft_id: content.draftId,
      duration: content.durationUs / 1_000_000,
      registered: reg?.registered ?? false,
    };
    ctx.emit("write_json", P.done, `wrote ${finalDir}`, data);
    return { filePath: finalDir, data };
  } catch (err) {
    throw run.outcomeOf(err);
  } finally {
    await run.close();
    if (!committed) await Deno.remove(tmpDir, { recursive: true }).catch(() => {});
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}

async function dirSize(dir: string): Promise<number> {
  let total = 0;
  for await (const e of Deno.readDir(dir)) {
    if (e.isFile) total += (await Deno.stat(join(dir, e.name))).size;
  }
  return total;
}
