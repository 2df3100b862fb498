// BuildVideo: the video track of a script, built once and at once (it needs no narration):
// whole GOPs of H.264/HEVC sources stay copied, only partial GOPs at the edges of runs are
// re-encoded (matched to the source), in parallel chunk processes; a manifest lists the files.
import { relative } from "node:path";
import type { MediaContext } from "./context.ts";
import type { BuildVideoRequestInit, BuildVideoResult } from "./messages.ts";
import { resolveOutputDir, toRootRelative, WORK_MARKER } from "./paths.ts";
import { framesToSeconds, openSource, segmentSpecs } from "./source_video.ts";
import { DEFAULT_ENCODE } from "./video_encoder.ts";
import { type PieceFiles, writePieces } from "./video_pieces.ts";
import { entryFrames, planVideo, type VideoPlan } from "./video_plan.ts";

/** The manifest BuildVideo leaves in its folder for MuxVideo. */
export const MANIFEST = "manifest.json";

/** Progress of {@linkcode buildVideo}: a fraction and the segments whose video is ready. */
export type BuildVideoReport = (progress: number, ready: number[]) => void;

/** "copy", "smart" or "encode": what the plan does with the source's frames. */
export function modeOf(plan: VideoPlan): "copy" | "smart" | "encode" {
  const copies = plan.entries.some((e) => e.kind === "copy");
  return !copies ? "encode" : plan.pieces.length === 0 ? "copy" : "smart";
}

/** Seconds of the plan's output copied and encoded. */
export function splitSeconds(plan: VideoPlan, toSeconds: (frames: number) => number) {
  let copied = 0;
  for (const e of plan.entries) if (e.kind === "copy") copied += entryFrames(e);
  return { copied: toSeconds(copied), encoded: toSeconds(plan.frames - copied) };
}

/** Reads the manifest of a BuildVideo folder: key → absolute file. */
export async function readManifest(dir: string): Promise<PieceFiles> {
  const json = JSON.parse(await Deno.readTextFile(`${dir}/${MANIFEST}`)) as {
    files?: Record<string, string>;
  };
  const files: PieceFiles = {};
  for (const [key, name] of Object.entries(json.files ?? {})) {
    // Names only: a manifest can never point outside its own folder.
    if (typeof name === "string" && /^[\w.-]+$/.test(name)) files[key] = `${dir}/${name}`;
  }
  return files;
}

/**
 * Builds the video of `req.segments` (script order) from `req.source` into
 * `req.output_dir`. Reports each segment once its frames are written (copied segments at
 * once). On failure or cancel the folder is removed; nothing half-written stays.
 */
export async function buildVideo(
  ctx: MediaContext,
  req: BuildVideoRequestInit,
  report: BuildVideoReport,
  signal?: AbortSignal,
): Promise<BuildVideoResult> {
  const out = resolveOutputDir(ctx.root, req.output_dir, "output_dir");
  const src = await openSource(ctx, req.source, "source", signal);
  const specs = segmentSpecs(src, req.segments ?? []);
  const plan = planVideo(src.table, specs, src.noCopy === null);
  const dir = out.path;
  await Deno.remove(dir, { recursive: true }).catch(() => {});
  const created: string[] = [];
  for (const d of [...out.missingDirs, dir]) {
    await Deno.mkdir(d).then(() => created.push(d), () => {});
  }
  let ok = false;
  try {
    await Deno.writeTextFile(`${dir}/${WORK_MARKER}`, "");
    const waiting = plan.segments.map((s) => new Set(s.pieces));
    const reported = new Set<number>();
    const readyNow = () => {
      const ready: number[] = [];
      waiting.forEach((w, i) => {
        if (w.size === 0 && !reported.has(i)) (reported.add(i), ready.push(i));
      });
      return ready;
    };
    let fraction = 0;
    report(0, readyNow());
    const files = await writePieces({
      ctx,
      src,
      plan,
      matched: src.noCopy === null,
      settings: ctx.encode ?? DEFAULT_ENCODE,
      dir,
      prefix: "p",
      onProgress: (f) => (fraction = f),
      onDone: (keys) => {
        for (const w of waiting) for (const k of keys) w.delete(k);
        report(fraction, readyNow());
      },
      signal,
    });
    const names = Object.fromEntries(
      Object.entries(files).map(([k, f]) => [k, relative(dir, f)]),
    );
    await Deno.writeTextFile(`${dir}/${MANIFEST}`, JSON.stringify({ version: 1, files: names }));
    report(1, readyNow());
    ok = true;
    const seconds = splitSeconds(plan, (n) => framesToSeconds(src, n));
    return {
      output_dir: toRootRelative(ctx.root, dir),
      mode: modeOf(plan),
      reason: src.noCopy ?? "",
      frames: plan.frames,
      duration: framesToSeconds(src, plan.frames),
      copied_seconds: seconds.copied,
      encoded_seconds: seconds.encoded,
      pieces: Object.keys(files).length,
      segments: plan.segments.map((s) => ({ frames: s.frames, copied_frames: s.copied })),
    };
  } finally {
    if (!ok) {
      await Deno.remove(dir, { recursive: true }).catch(() => {});
      for (const d of created.reverse()) await Deno.remove(d).catch(() => {});
    }
  }
}
