// Atomic outputs: ffmpeg writes `.<name>.tmp-<random>.<ext>` beside the
// target, which is renamed into place on success and removed otherwise.
import { basename, dirname, extname, join } from "node:path";
import type { OutputTarget } from "./paths.ts";

/** A temporary file that becomes the target on {@linkcode TempOutput.commit}. */
export interface TempOutput {
  /** Where the writer should write. */
  tmp: string;
  /** The final path. */
  target: string;
  /** Renames the temp file onto the target. */
  commit(): Promise<void>;
  /** Removes the temp file and any folders created for it (safe to call twice). */
  discard(): Promise<void>;
}

/** Temp name for `target`: hidden, random, same extension (ffmpeg picks the muxer by it). */
export function tempNameFor(target: string): string {
  const ext = extname(target);
  const stem = basename(target, ext);
  const rand = crypto.randomUUID().slice(0, 8);
  return join(dirname(target), `.${stem}.tmp-${rand}${ext}`);
}

/** Creates the target's missing folders and returns its temp output. */
export async function createTempOutput(out: OutputTarget): Promise<TempOutput> {
  const created: string[] = [];
  for (const dir of out.missingDirs) {
    try {
      await Deno.mkdir(dir);
      created.push(dir);
    } catch (err) {
      if (!(err instanceof Deno.errors.AlreadyExists)) throw err;
    }
  }
  const tmp = tempNameFor(out.path);
  let done = false;
  return {
    tmp,
    target: out.path,
    async commit() {
      await Deno.rename(tmp, out.path);
      done = true;
    },
    async discard() {
      if (done) return;
      done = true;
      await Deno.remove(tmp).catch(() => {});
      for (const dir of created.reverse()) await Deno.remove(dir).catch(() => {});
    },
  };
}

/**
 * Runs `write(tmpPath)` for `out`, then renames the temp file onto the
 * target; on any failure or cancellation the temp file is removed.
 */
export async function writeAtomically<T>(
  out: OutputTarget,
  write: (tmpPath: string) => Promise<T>,
): Promise<T> {
  const temp = await createTempOutput(out);
  try {
    const result = await write(temp.tmp);
    await temp.commit();
    return result;
  } finally {
    await temp.discard();
  }
}

/**
 * Runs `work(dir)` with a fresh hidden folder beside `target` (for lists, graphs and
 * intermediate files) and removes it afterwards, whatever happens.
 */
export async function withTempDir<T>(
  target: string,
  work: (dir: string) => Promise<T>,
): Promise<T> {
  const dir = join(dirname(target), `.${basename(target)}.work-${crypto.randomUUID().slice(0, 8)}`);
  await Deno.mkdir(dir);
  try {
    return await work(dir);
  } finally {
    await Deno.remove(dir, { recursive: true }).catch(() => {});
  }
}
