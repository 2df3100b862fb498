// Unpacks a downloaded zip safely: entries cannot escape the target folder, files stream to disk
// (the archive is read with random access, never loaded whole), and nothing half-written stays.
import { dirname, join, normalize, relative } from "node:path";
import { configure, Reader, ZipReader } from "@zip.js/zip.js";

configure({ useWebWorkers: false });

/** Random access to an open file for zip.js (reads are serialised: one file position). */
class FileReader extends Reader<Deno.FsFile> {
  #file: Deno.FsFile;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(file: Deno.FsFile) {
    super(file);
    this.#file = file;
  }

  override async init(): Promise<void> {
    this.size = (await this.#file.stat()).size;
  }

  override readUint8Array(index: number, length: number): Promise<Uint8Array> {
    const read = this.#queue.then(async () => {
      await this.#file.seek(index, Deno.SeekMode.Start);
      const data = new Uint8Array(length);
      let got = 0;
      while (got < length) {
        const n = await this.#file.read(data.subarray(got));
        if (n === null) return data.subarray(0, got);
        got += n;
      }
      return data;
    });
    this.#queue = read.catch(() => {});
    return read;
  }
}

/** An archive entry name that would land outside the target, or is not a plain relative path. */
export class UnsafeEntryError extends Error {
  constructor(name: string) {
    super(`refusing zip entry '${name}': it is absolute or leaves the target folder`);
    this.name = "UnsafeEntryError";
  }
}

/** The relative path an entry may be written to, or throws {@linkcode UnsafeEntryError}. */
export function safeEntryPath(name: string): string {
  const n = name.replaceAll("\\", "/");
  if (n.startsWith("/") || /^[A-Za-z]:/.test(n) || n.includes("\0")) {
    throw new UnsafeEntryError(name);
  }
  const rel = normalize(n).replace(/\/+$/, "");
  if (rel === "" || rel === "." || rel === ".." || rel.startsWith("../")) {
    throw new UnsafeEntryError(name);
  }
  return rel;
}

/**
 * Unpacks `zipPath` into `outDir`. Everything is first written to a hidden
 * temp folder inside `outDir`, then each top-level entry is renamed into
 * place; an existing file or folder of the same name is never replaced (the
 * call fails first). Resolves with the top-level names unpacked.
 */
export async function unzipFile(zipPath: string, outDir: string): Promise<string[]> {
  await Deno.mkdir(outDir, { recursive: true });
  const tmp = await Deno.makeTempDir({ dir: outDir, prefix: ".sacv-unzip-" });
  const file = await Deno.open(zipPath, { read: true });
  const reader = new ZipReader(new FileReader(file));
  try {
    const entries = await reader.getEntries();
    const paths = entries.map((e) => ({ e, rel: safeEntryPath(e.filename) }));
    const tops = [...new Set(paths.map((p) => p.rel.split("/")[0]))];
    for (const top of tops) {
      if (await exists(join(outDir, top))) {
        throw new Error(`${join(outDir, top)} already exists; remove it or choose another --out`);
      }
    }
    for (const { e, rel } of paths) {
      const dest = join(tmp, rel);
      if (relative(tmp, dest).startsWith("..")) throw new UnsafeEntryError(e.filename);
      if (e.directory) {
        await Deno.mkdir(dest, { recursive: true });
        continue;
      }
      await Deno.mkdir(dirname(dest), { recursive: true });
      const out = await Deno.open(dest, { write: true, createNew: true });
      await e.getData(out.writable);
    }
    for (const top of tops) await Deno.rename(join(tmp, top), join(outDir, top));
    return tops;
  } finally {
    await reader.close().catch(() => {});
    file.close();
    await Deno.remove(tmp, { recursive: true }).catch(() => {});
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
