// The generate_jianying_draft flow: TTS concurrent, media work (copies, loudness, stills) in
// parallel, then a portable draft folder written atomically and registered with the editor.
import { basename, extname, isAbsolute, join, relative, resolve } from "node:path";
import { type PipelineContext, PipelineError, type PipelineResult } from "../pipeline.ts";
import type { Clients } from "../clients.ts";
import { DEFAULT_SUBTITLE_MAX_CHARS } from "../subtitles.ts";
import { startSpeech } from "./speech.ts";
import { linkedController, loadScript, locate, located, probeSource } from "./common.ts";
import { checkDirInside, ensureDirInside } from "../safe_path.ts";
import { PipelineRun } from "./run.ts";
import { BoundedQueue, defaultMediaWorkers } from "./bounded_queue.ts";
import { copyFileAbortable } from "./copy.ts";
import { type ExtractFrame, mediaFrameExtractor } from "../draft/frames.ts";
import { type Narration, prepareNarration, segmentFacts } from "../draft/narration.ts";
import { planDraft } from "../draft/plan.ts";
import {
  DEFAULT_MAX_TEMPO,
  draftPolicy,
  SLOT_POLICIES,
  type SlotPolicy,
  toUs,
} from "../draft/timeline.ts";
import { assetPath, dataRelative, draftFolderName, portableName } from "../draft/paths.ts";
import { addStills, writeDraftFolder } from "../draft/write.ts";

const DRAFT_FIELD = { field: "draft_dir" };

const P = { prepare: 3, work0: 5, work1: 88, json: 92, done: 99 } as const;

/** Options of the draft pipeline that come from the service's configuration. */
export interface DraftPipelineOptions {
  /** Longest subtitle line (SACV_SUBTITLE_MAX_CHARS); default 16. */
  subtitleMaxChars?: number;
  /** Media jobs run at once; default the machine's cores (2 to 8). */
  mediaWorkers?: number;
  /** Frame extraction; default the media service's ExtractFrame. */
  extractFrame?: ExtractFrame;
}

/**
 * The drafts directory for a task: the task's `draftDir` (relative to the
 * data dir, or absolute) or `<data>/jianying_drafts`. It must lie inside the
 * data dir or the media root (DESIGN §10: nothing is written elsewhere). This
 * check is lexical; SubmitTask and the pipeline also resolve real paths, so a
 * symlink leading outside is refused (bind-mount the editor's drafts folder).
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
 * Runs generate_jianying_draft (DESIGN §7, §8). All narration is synthesised
 * over one stream; meanwhile the source is copied and a cover frame taken,
 * and each narration is trimmed of leading silence and loudness-normalised as
 * it arrives, up to `mediaWorkers` media jobs at once. Then every slot is
 * planned so no speech is dropped, held frames are taken where a slot holds
 * its last frame, and the folder is written under a temp name and renamed.
 * Every material path uses the editor's draft-folder placeholder.
 */
export async function generateJianyingDraft(
  ctx: PipelineContext,
  clients: Clients,
  options: DraftPipelineOptions = {},
): Promise<PipelineResult> {
  const run = new PipelineRun(ctx, "generate_jianying_draft");
  const { workRel, workAbs, fail } = run;
  const mediaAc = linkedController(run.signal);
  const signal = mediaAc.signal;
  const jobs = new BoundedQueue(signal, options.mediaWorkers ?? defaultMediaWorkers());
  const extract = options.extractFrame ?? mediaFrameExtractor(clients.media);
  const draftsDir = draftsDirOf(ctx);
  const draftRoots = [ctx.dataDir, ctx.mediaRoot];
  const name = draftFolderName(ctx.project.name, ctx.taskId);
  const finalDir = join(draftsDir, name);
  const tmpDir = join(draftsDir, `.${name}.tmp-${crypto.randomUUID().slice(0, 8)}`);
  const rel = dataRelative(ctx.dataDir, finalDir);
  let committed = false;
  try {
    const probe = await probeSource(ctx, clients, signal);
    const { segments } = loadScript(ctx, probe);
    const narrated = segments.filter((s) => s.kind !== "original");
    if (await exists(finalDir)) {
      throw new PipelineError("ALREADY_EXISTS", `draft folder ${rel} already exists`, {
        stage: "prepare",
        code: "DRAFT_EXISTS",
      });
    }
    // Real paths, component by component: a drafts dir symlinked outside is refused.
    await located(
      { stage: "prepare" },
      () => Promise.resolve().then(() => ensureDirInside(draftsDir, draftRoots, DRAFT_FIELD)),
    );
    await located({ stage: "prepare", code: "DRAFT_DIR" }, async () => {
      await Deno.mkdir(join(tmpDir, "assets"), { recursive: true });
      await Deno.mkdir(workAbs, { recursive: true });
    });
    ctx.emit("prepare", P.prepare, `draft ${rel}`, { draft_dir: rel, draft_name: name });
    for (const s of segments) {
      ctx.updateSegment({ segment_id: s.id, index: s.index, kind: s.kind, status: "pending" });
    }

    const narrations = new Map<string, Narration>();
    let units = 0;
    const total = 2 + narrated.length * 2;
    const progress = () => P.work0 + ((P.work1 - P.work0) * units) / total;
    const narrationOptions = {
      ctx,
      media: clients.media,
      workRel,
      assetsDir: join(tmpDir, "assets"),
      signal,
    };

    let ttsUnits = 0;
    const speech = startSpeech(ctx, clients, narrated, {
      signal,
      workRel,
      progress: (n) => {
        units += Math.max(0, n - ttsUnits);
        ttsUnits = Math.max(ttsUnits, n);
        return progress();
      },
      onError: fail,
      onAudio: (s, audio, tts) => {
        jobs.push(() =>
          located({ stage: "loudness", segment_id: s.id, index: s.index }, async () => {
            narrations.set(s.id, await prepareNarration(s, audio, tts, narrationOptions));
            units++;
          })
        ).catch(fail);
      },
    });
    run.trackSpeech(speech.done);

    // The source copy goes first; TTS events are held until it is done so phases stay in order.
    const ext = extname(ctx.project.videoPath);
    const videoFile = portableName(basename(ctx.project.videoPath, ext), 140, "source") + ext;
    jobs.push(() =>
      located({ stage: "copy_materials" }, async () => {
        ctx.emit("copy_materials", P.prepare + 1, `copying ${videoFile} into the draft`);
        await copyFileAbortable(
          join(ctx.mediaRoot, ctx.project.videoPath),
          join(tmpDir, "assets", videoFile),
          signal,
        );
        units++;
        speech.open();
      })
    ).catch(fail);
    const first = segments[0];
    jobs.push(() =>
      located({ stage: "cover" }, async () => {
        const cover = await extract({
          input: ctx.project.videoPath,
          output: join(workRel, "cover.jpg"),
          time: first ? first.start + Math.min(1, (first.end - first.start) / 2) : 0,
          max_width: 1280,
        }, signal);
        await copyFileAbortable(
          join(ctx.mediaRoot, cover.output),
          join(tmpDir, "draft_cover.jpg"),
          signal,
        );
        units++;
      })
    ).catch(fail);

    await speech.done.catch(() => {});
    await jobs.idle();
    await run.settle();

    const sourceUs = toUs(probe.duration);
    const facts = segmentFacts(segments, narrations, sourceUs);
    const planned = planDraft(facts, {
      policy: draftPolicy(ctx.options.overflow),
      maxTempo: ctx.options.maxTempo ?? DEFAULT_MAX_TEMPO,
      sourceUs,
      maxChars: options.subtitleMaxChars ?? DEFAULT_SUBTITLE_MAX_CHARS,
    });
    for (const [i, p] of planned.entries()) {
      ctx.updateSegment({
        segment_id: p.id,
        index: segments[i].index,
        status: "processed",
        strategy: p.plan.strategy,
        duration: p.plan.slotUs / 1_000_000,
      });
    }
    addStills(planned, {
      extract,
      jobs,
      fps: probe.fps,
      videoPath: ctx.project.videoPath,
      workRel,
      mediaRoot: ctx.mediaRoot,
      assetsDir: join(tmpDir, "assets"),
      signal,
      fail,
    });
    await jobs.idle();
    await run.settle();

    ctx.emit("write_json", P.json, "writing draft JSON");
    const written = await writeDraftFolder({
      ctx,
      name,
      tmpDir,
      draftsDir,
      video: {
        path: assetPath(videoFile),
        name: videoFile,
        durationUs: sourceUs,
        width: probe.width,
        height: probe.height,
        fps: probe.fps,
        hasAudio: probe.has_audio,
      },
      segments: planned,
      beforeCommit: () => {
        run.throwIfCancelled();
        // Checked again right before the rename: a symlink swapped in meanwhile is refused.
        try {
          checkDirInside(tmpDir, draftRoots, DRAFT_FIELD);
        } catch (err) {
          throw locate(err, { stage: "write_json" });
        }
      },
    });
    committed = true;
    const data = {
      draft_dir: rel,
      draft_name: name,
      draft_id: written.draftId,
      editor: written.editor,
      duration: written.durationUs / 1_000_000,
      registered: written.registered,
      lengthened: planned.filter((p) => SLOT_POLICIES.includes(p.plan.strategy as SlotPolicy))
        .length,
    };
    ctx.emit("write_json", P.done, `wrote ${rel}`, data);
    return { filePath: rel, data };
  } catch (err) {
    throw run.outcomeOf(err);
  } finally {
    mediaAc.abort();
    await jobs.idle();
    await run.close();
    if (!committed) await Deno.remove(tmpDir, { recursive: true }).catch(() => {});
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.lstat(path);
    return true;
  } catch {
    return false;
  }
}
