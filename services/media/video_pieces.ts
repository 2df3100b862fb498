// Writes the files a video plan needs (encoded pieces; for HEVC also the copied ranges with
// their parameter sets in band) with parallel chunk processes, and reports each as it lands.
import { CancelledError, SacvError } from "../common/errors.ts";
import type { MediaContext } from "./context.ts";
import { runTool } from "./ffmpeg.ts";
import { readMp4FrameTable } from "./frame_table.ts";
import type { Source } from "./source_video.ts";
import { copyJob, gopEncodeJob, type Job, seekEncodeJob } from "./video_jobs.ts";
import { encoderArgs, type EncodeSettings } from "./video_encoder.ts";
import { chunkPieces, type VideoPlan } from "./video_plan.ts";

/** Files by key: piece keys and `copy:<from>-<to>` for copied HEVC ranges. */
export type PieceFiles = Record<string, string>;

/** Options for {@linkcode writePieces}. */
export interface WritePiecesOptions {
  ctx: MediaContext;
  src: Source;
  plan: VideoPlan;
  /** Whether the plan copies (pieces matched to the source) or re-encodes everything. */
  matched: boolean;
  settings: EncodeSettings;
  /** Absolute folder for the new files. */
  dir: string;
  /** Name prefix for this call's files (distinct per call into one folder). */
  prefix: string;
  /** Files that exist already (from an earlier call); those keys are not written again. */
  have?: PieceFiles;
  /** Called as keys land. */
  onDone?: (keys: string[]) => void;
  /** Called with the fraction of the work written so far. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** The copied ranges of a plan that must be written as files (HEVC only). */
export function copyRangesOf(src: Source, plan: VideoPlan): { from: number; to: number }[] {
  if (src.stream.codec !== "hevc") return [];
  const seen = new Set<string>();
  const out: { from: number; to: number }[] = [];
  for (const e of plan.entries) {
    if (e.kind !== "copy" || seen.has(`${e.from}-${e.to}`)) continue;
    seen.add(`${e.from}-${e.to}`);
    out.push({ from: e.from, to: e.to });
  }
  return out.sort((a, b) => a.from - b.from);
}

/** Pieces per chunk process: enough chunks to keep every worker busy, none too large. */
function chunkTarget(total: number, workers: number): number {
  return Math.min(3000, Math.max(300, Math.ceil(total / (2 * workers))));
}

/**
 * Writes every piece (and HEVC copy range) of `plan` not in `have` into `dir`, several
 * processes at once (the context's process limit decides how many run), checks that
 * each file holds the frames it should, and returns key → absolute file.
 */
export async function writePieces(o: WritePiecesOptions): Promise<PieceFiles> {
  const { ctx, src, plan } = o;
  const have = o.have ?? {};
  const pieces = plan.pieces.filter((p) => !have[p.key]);
  const copies = copyRangesOf(src, plan).filter((r) => !have[`copy:${r.from}-${r.to}`]);
  const encoder = encoderArgs(src.stream, src.table, o.settings, o.matched);
  // The concat demuxer drops the display matrix: rotated sources are read directly, so that
  // ffmpeg turns their frames upright.
  const gop = src.table.frameTicks > 0 && src.table.cuts[0] === 0 && src.stream.rotation === 0;
  const workers = Math.max(1, ctx.limit?.concurrency ?? 2);
  const total = pieces.reduce((s, p) => s + p.body + p.hold, 0);
  const tail = [
    o.matched && src.stream.sar ? `setsar=${src.stream.sar.replace(":", "/")}` : "",
    o.matched ? "" : "scale=trunc(iw/2)*2:trunc(ih/2)*2,setsar=1",
  ].filter(Boolean).join(",");
  const chunks = chunkPieces(pieces, chunkTarget(total, workers));
  // Processes running side by side share the cores: x264 is most efficient with few threads.
  const cores = navigator.hardwareConcurrency || workers;
  const threads = Math.max(1, Math.floor(cores / Math.min(workers, chunks.length || 1)));
  const jobs: Job[] = chunks.map((chunk, i) => {
    const options = {
      table: src.table,
      source: src.abs,
      pieces: chunk,
      timing: src.timing,
      encoder: [...encoder, "-threads", String(threads)],
      tail,
      dir: o.dir,
      name: `${o.prefix}${i}`,
    };
    return (gop ? gopEncodeJob(options) : null) ?? seekEncodeJob(options);
  });
  if (copies.length > 0) {
    const tag = src.stream.tag || "hvc1";
    const job = copyJob(src.table, src.abs, copies, src.timing, o.dir, `${o.prefix}copy`, tag);
    if (!job) throw unsupportedPath(src);
    jobs.push(job);
  }
  const done: Record<string, number> = {};
  const weight = Math.max(1, total);
  const report = () => {
    const sum = Object.values(done).reduce((a, b) => a + b, 0);
    o.onProgress?.(Math.min(1, sum / weight));
  };
  const ac = new AbortController();
  const onAbort = () => ac.abort();
  o.signal?.addEventListener("abort", onAbort, { once: true });
  const files: PieceFiles = { ...have };
  try {
    const runs = jobs.map((job, j) =>
      runJob(ctx, job, ac.signal, (frames, landed) => {
        if (!job.outputs[0].key.startsWith("copy:")) done[j] = frames;
        report();
        if (landed.length) o.onDone?.(landed);
      }).catch((err) => {
        ac.abort();
        throw err;
      })
    );
    const settled = await Promise.allSettled(runs);
    const failed = settled.find((s) => s.status === "rejected") as
      | PromiseRejectedResult
      | undefined;
    if (o.signal?.aborted) throw new CancelledError();
    if (failed) throw failed.reason;
    for (const job of jobs) {
      for (const out of job.outputs) {
        const written = await readMp4FrameTable(out.file);
        if (written?.frames.length !== out.frames) {
          // The source promised frames its data does not hold (a cut-off upload).
          throw new SacvError(
            "INVALID_ARGUMENT",
            `source: ${src.shown} looks truncated or damaged: ${written?.frames.length ?? 0} ` +
              `frames decoded where ${out.frames} were expected`,
            { reason: "DAMAGED_MEDIA", details: { field: "source" } },
          );
        }
        files[out.key] = out.file;
      }
    }
    return files;
  } finally {
    o.signal?.removeEventListener("abort", onAbort);
  }
}

function unsupportedPath(src: Source): SacvError {
  return new SacvError("INVALID_ARGUMENT", `source: path ${src.shown} cannot go in a concat list`, {
    reason: "INVALID_PATH",
    details: { field: "source" },
  });
}

/** Runs one job: writes its side files, reports frames and outputs as ffmpeg progresses. */
async function runJob(
  ctx: MediaContext,
  job: Job,
  signal: AbortSignal,
  progress: (frames: number, landed: string[]) => void,
): Promise<void> {
  for (const [path, text] of Object.entries(job.files)) await Deno.writeTextFile(path, text);
  let next = 0;
  const land = (frames: number, final: boolean) => {
    const landed: string[] = [];
    // An output is complete once the encoder has moved past its last frame.
    while (next < job.outputs.length && (final || frames >= (job.starts[next + 1] ?? Infinity))) {
      landed.push(job.outputs[next++].key);
    }
    progress(frames, landed);
  };
  await runTool(ctx.ffmpeg, job.args, {
    signal,
    limit: ctx.limit,
    onProgress: (block) => {
      const frames = Number(block.frame);
      if (Number.isFinite(frames)) land(frames, false);
    },
  });
  const total = job.outputs.reduce((s, x) => s + x.frames, 0);
  land(total, true);
}
