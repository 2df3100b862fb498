// Streams a draft folder as a zip while it is read: entries are stored (media does not compress)
// or deflated (JSON), one file at a time, so memory stays flat whatever the draft's size.
import { join } from "node:path";
import { configure, ZipWriter } from "@zip.js/zip.js";

// Workers would load code from URLs; the native CompressionStream does the deflating here.
configure({ useWebWorkers: false });

/** Extensions worth deflating; everything else (video, audio, images) is stored as is. */
const COMPRESSIBLE = /\.(json|txt|srt|tmp|bak)$/i;

/** Largest size a plain (non-ZIP64) archive can describe, with room for headers. */
const ZIP32_LIMIT = 0xfff00000;

/** A file of the folder, relative path with forward slashes. */
interface FolderFile {
  rel: string;
  abs: string;
  size: number;
  mtime: Date | null;
}

/** Every regular file under `dir` (symlinks and other entries are skipped), sorted. */
export async function listFolder(dir: string): Promise<FolderFile[]> {
  const out: FolderFile[] = [];
  const walk = async (abs: string, rel: string) => {
    for await (const e of Deno.readDir(abs)) {
      const a = join(abs, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory) await walk(a, r);
      else if (e.isFile) {
        const info = await Deno.stat(a);
        out.push({ rel: r, abs: a, size: info.size, mtime: info.mtime });
      }
    }
  };
  await walk(dir, "");
  return out.sort((x, y) => (x.rel < y.rel ? -1 : x.rel > y.rel ? 1 : 0));
}

/** Options for {@linkcode zipFolder}. */
export interface ZipFolderOptions {
  /** Name of the top-level folder inside the archive (the draft's folder name). */
  rootName: string;
  /** Aborting stops reading and errors the stream. */
  signal?: AbortSignal;
}

/**
 * A stream of a zip of `dir` with every file under `<rootName>/`, built as
 * it is read (backpressure reaches the file reads). Names are UTF-8; ZIP64
 * is used when the folder is near 4 GiB. Cancelling the stream stops it.
 *
 * @example
 * ```ts
 * const zip = zipFolder("/data/jianying_drafts/demo_1a2b3c4d", { rootName: "demo_1a2b3c4d" });
 * await zip.pipeTo((await Deno.create("demo.zip")).writable);
 * ```
 */
export function zipFolder(dir: string, options: ZipFolderOptions): ReadableStream<Uint8Array> {
  const { rootName, signal } = options;
  const pipe = new TransformStream<Uint8Array, Uint8Array>();
  (async () => {
    const files = await listFolder(dir);
    const total = files.reduce((n, f) => n + f.size, 0);
    const writer = new ZipWriter(pipe.writable, { zip64: total > ZIP32_LIMIT, signal });
    for (const f of files) {
      signal?.throwIfAborted();
      const file = await Deno.open(f.abs, { read: true });
      await writer.add(`${rootName}/${f.rel}`, file.readable, {
        level: COMPRESSIBLE.test(f.rel) ? 6 : 0,
        lastModDate: f.mtime ?? undefined,
        signal,
      });
    }
    await writer.close();
  })().catch(async (err) => {
    await pipe.writable.abort(err).catch(() => {});
  });
  return pipe.readable;
}
