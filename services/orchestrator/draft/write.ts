// Writes a planned draft: held-frame stills, the content under both file names, the meta file,
// then renames the temp folder into place and registers it in the editor's draft list.
import { join } from "node:path";
import type { PipelineContext } from "../pipeline.ts";
import { located } from "../pipelines/common.ts";
import { copyFileAbortable } from "../pipelines/copy.ts";
import type { BoundedQueue } from "../pipelines/bounded_queue.ts";
import { buildDraftContent, type DraftVideo, type PlannedSegment } from "./content.ts";
import { editorOs, editorProfile } from "./editor.ts";
import type { ExtractFrame } from "./frames.ts";
import { buildDraftMeta, rootEntry } from "./meta.ts";
import { PHOTO_DURATION_US } from "./materials.ts";
import { assetPath, portableName, slashPath } from "./paths.ts";
import { stillSourceUs } from "./plan.ts";
import { draftJsonFileOf, editorRootOf, readRootMeta, registerDraft } from "./root_meta.ts";

/** What {@linkcode addStills} needs. */
export interface StillOptions {
  extract: ExtractFrame;
  jobs: BoundedQueue;
  fps: number;
  /** The source, relative to the media root. */
  videoPath: string;
  workRel: string;
  mediaRoot: string;
  /** Absolute assets folder of the draft being built. */
  assetsDir: string;
  signal: AbortSignal;
  fail: (err: unknown) => void;
}

/**
 * Takes the held last frame of every segment whose plan holds one, in
 * parallel on `jobs`, and attaches it as the segment's `still`. Failures go
 * to `fail`; wait on `jobs.idle()`.
 */
export function addStills(planned: PlannedSegment[], o: StillOptions): void {
  const frame = o.fps > 0 ? 1 / o.fps : 0.04;
  planned.forEach((seg, index) => {
    const endUs = stillSourceUs(seg);
    if (endUs === undefined) return;
    o.jobs.push(() =>
      located({ stage: "freeze_frame", segment_id: seg.id, index }, async () => {
        const file = `still_${index}_${portableName(seg.id, 60, "segment")}.jpg`;
        const r = await o.extract({
          input: o.videoPath,
          output: join(o.workRel, file),
          time: Math.max(seg.sourceStartUs / 1e6, endUs / 1e6 - frame),
          max_width: 0,
        }, o.signal);
        await copyFileAbortable(join(o.mediaRoot, r.output), join(o.assetsDir, file), o.signal);
        seg.still = {
          path: assetPath(file),
          name: file,
          durationUs: PHOTO_DURATION_US,
          width: r.width,
          height: r.height,
        };
      })
    ).catch(o.fail);
  });
}

/** Input of {@linkcode writeDraftFolder}. */
export interface WriteDraftInput {
  ctx: PipelineContext;
  /** The draft's folder name. */
  name: string;
  /** The temp folder holding assets and cover. */
  tmpDir: string;
  draftsDir: string;
  video: DraftVideo;
  segments: readonly PlannedSegment[];
  /** Called right before the rename (throws to stop a cancelled task). */
  beforeCommit: () => void;
}

/** What {@linkcode writeDraftFolder} wrote. */
export interface WrittenDraft {
  draftId: string;
  durationUs: number;
  editor: string;
  registered: boolean;
}

/**
 * Builds and writes the draft in `tmpDir`, renames it to
 * `<draftsDir>/<name>`, then adds it to the drafts folder's
 * root_meta_info.json when one exists. The meta paths are the editor's: the
 * task's `editorDraftsRoot`, else the `root_path` the editor wrote in
 * root_meta_info.json, else empty (the editor fills them in when it scans).
 */
export async function writeDraftFolder(input: WriteDraftInput): Promise<WrittenDraft> {
  const { ctx, name, tmpDir, draftsDir } = input;
  const rootMeta = await readRootMeta(draftsDir).catch((err) => {
    ctx.logger.warn("root_meta_info.json not readable", { error: err });
    return { state: "unreadable" as const, detail: String(err) };
  });
  const given = ctx.options.editorDraftsRoot?.trim() ?? "";
  // A root_meta_info.json without root_path still sits in the folder the editor reads.
  const editorRoot = given || editorRootOf(rootMeta) ||
    (rootMeta.state === "present" ? slashPath(draftsDir) : "");
  const editor = editorProfile(ctx.options.editor ?? "jianying", editorOs(editorRoot));
  const content = buildDraftContent({ name, editor, video: input.video, segments: input.segments });
  const meta = buildDraftMeta({
    draftId: content.draftId,
    name,
    editor,
    editorRoot,
    durationUs: content.durationUs,
    media: content.media,
    materialsSize: await dirSize(join(tmpDir, "assets")),
  });
  const text = JSON.stringify(content.json);
  const signal = ctx.signal;
  await Deno.writeTextFile(join(tmpDir, "draft_content.json"), text, { signal });
  await Deno.writeTextFile(join(tmpDir, "draft_info.json"), text, { signal });
  await Deno.writeTextFile(join(tmpDir, "draft_meta_info.json"), JSON.stringify(meta), { signal });
  input.beforeCommit();
  const finalDir = join(draftsDir, name);
  await Deno.rename(tmpDir, finalDir);

  let registered = false;
  if (rootMeta.state === "present") {
    const jsonFile = editor.alwaysDraftInfo ? "draft_info.json" : draftJsonFileOf(rootMeta);
    const reg = await registerDraft(draftsDir, rootEntry(meta, { editorRoot, jsonFile })).catch(
      (err) => {
        ctx.logger.warn("root_meta_info.json not updated", { error: err, draft: name });
        return undefined;
      },
    );
    registered = reg?.registered ?? false;
  } else if (rootMeta.state === "unreadable") {
    ctx.logger.warn("root_meta_info.json is not plain JSON; draft not registered", {
      draft: name,
    });
  }
  return {
    draftId: content.draftId,
    durationUs: content.durationUs,
    editor: editor.name,
    registered,
  };
}

async function dirSize(dir: string): Promise<number> {
  let total = 0;
  for await (const e of Deno.readDir(dir)) {
    if (e.isFile) total += (await Deno.stat(join(dir, e.name))).size;
  }
  return total;
}
