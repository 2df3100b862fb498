// Persistent TTS results: one file per cache key under a directory, written atomically
// (temp + rename), checked on read, bounded in bytes with least-recently-used eviction.
import { join } from "node:path";
import { LRUCache } from "lru-cache";
import type { Logger } from "../common/log.ts";
import type { Codec, SynthesisOutput, WordTiming } from "./provider.ts";

/** What the disk cache keeps of a result (no per-call counters). */
export type StoredResult = Pick<
  SynthesisOutput,
  "audio" | "codec" | "sampleRate" | "durationMs" | "chunks" | "voice" | "words"
>;

/** Options for {@linkcode DiskCache.open}. */
export interface DiskCacheOptions {
  /** Directory of the entries; created when missing. */
  dir: string;
  /** Total size budget of the entry files, in bytes (> 0). */
  maxBytes: number;
  logger?: Logger;
}

const MAGIC = new TextEncoder().encode("SACVTTS1");
const KEY = /^[0-9a-f]{64}$/;

interface Header {
  key: string;
  codec: Codec;
  sampleRate: number;
  durationMs: number;
  chunks: number;
  voice?: string;
  words?: WordTiming[];
  bytes: number;
  sha256: string;
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Serialises an entry: magic, header length (u32 BE), JSON header, audio. */
export async function encodeEntry(key: string, value: StoredResult): Promise<Uint8Array> {
  const header: Header = {
    key,
    codec: value.codec,
    sampleRate: value.sampleRate,
    durationMs: value.durationMs,
    chunks: value.chunks,
    voice: value.voice,
    words: value.words,
    bytes: value.audio.length,
    sha256: await sha256(value.audio),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(MAGIC.length + 4 + json.length + value.audio.length);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(MAGIC.length, json.length);
  out.set(json, MAGIC.length + 4);
  out.set(value.audio, MAGIC.length + 4 + json.length);
  return out;
}

/** Parses an entry written by {@linkcode encodeEntry}; throws when anything does not check out. */
export async function decodeEntry(key: string, bytes: Uint8Array): Promise<StoredResult> {
  const fail = (why: string): never => {
    throw new Error(`cache entry ${key} is damaged: ${why}`);
  };
  if (bytes.length < MAGIC.length + 4) fail("too short");
  if (!MAGIC.every((b, i) => bytes[i] === b)) fail("bad magic");
  const len = new DataView(bytes.buffer, bytes.byteOffset).getUint32(MAGIC.length);
  const start = MAGIC.length + 4;
  if (start + len > bytes.length) fail("header runs past the end");
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(start, start + len)));
  } catch {
    return fail("header is not JSON");
  }
  const audio = bytes.slice(start + len);
  if (header.key !== key) fail(`written for key ${header.key}`);
  if (audio.length !== header.bytes) {
    fail(`${audio.length} audio bytes, header says ${header.bytes}`);
  }
  if (await sha256(audio) !== header.sha256) fail("audio checksum mismatch");
  return {
    audio,
    codec: header.codec,
    sampleRate: header.sampleRate,
    durationMs: header.durationMs,
    chunks: header.chunks,
    voice: header.voice,
    words: header.words,
  };
}

/**
 * A size-bounded on-disk cache of synthesis results that survives restarts.
 * Entries live at `<dir>/<key[0..2]>/<key>`; writes go to `<dir>/tmp` first
 * and are renamed into place, so a reader never sees half a file. A damaged
 * entry is removed and reported as a miss. Eviction is least recently used
 * (`lru-cache` keeps the order; a hit touches the file's mtime so the order
 * survives a restart, when entries are re-read oldest first). Several
 * processes may share a directory: each bounds what it wrote or read, and a
 * file another one removed is simply a miss.
 */
export class DiskCache {
  readonly dir: string;
  readonly maxBytes: number;
  readonly #log?: Logger;
  readonly #index: LRUCache<string, number>;
  readonly #pending = new Set<Promise<unknown>>();

  private constructor(options: DiskCacheOptions) {
    this.dir = options.dir;
    this.maxBytes = options.maxBytes;
    this.#log = options.logger;
    this.#index = new LRUCache<string, number>({
      maxSize: options.maxBytes,
      sizeCalculation: (size) => Math.max(1, size),
      dispose: (_size, key, reason) => {
        if (reason === "evict") this.#track(this.#remove(key));
      },
    });
  }

  /**
   * Opens (creating) the directory, removes temp files a crash left behind,
   * and indexes existing entries, evicting beyond the budget. Throws a
   * RangeError for a bad budget and the file system's error when the
   * directory cannot be created or written.
   */
  static async open(options: DiskCacheOptions): Promise<DiskCache> {
    if (!Number.isInteger(options.maxBytes) || options.maxBytes < 1) {
      throw new RangeError(
        `Cannot open the disk cache as 'maxBytes' must be a positive integer: current value is ${options.maxBytes}`,
      );
    }
    const cache = new DiskCache(options);
    await Deno.remove(join(options.dir, "tmp"), { recursive: true }).catch(() => {});
    await Deno.mkdir(join(options.dir, "tmp"), { recursive: true });
    const found: { key: string; size: number; mtime: number }[] = [];
    for await (const shard of Deno.readDir(options.dir)) {
      if (!shard.isDirectory || !/^[0-9a-f]{2}$/.test(shard.name)) continue;
      for await (const file of Deno.readDir(join(options.dir, shard.name))) {
        if (!KEY.test(file.name) || !file.name.startsWith(shard.name)) continue;
        const info = await Deno.stat(join(options.dir, shard.name, file.name)).catch(() => null);
        if (info?.isFile) {
          found.push({ key: file.name, size: info.size, mtime: info.mtime?.getTime() ?? 0 });
        }
      }
    }
    found.sort((a, b) => a.mtime - b.mtime);
    for (const f of found) cache.#index.set(f.key, f.size);
    await cache.flush();
    return cache;
  }

  /** Entries indexed. */
  get size(): number {
    return this.#index.size;
  }

  /** Bytes of the indexed entries. */
  get bytes(): number {
    return this.#index.calculatedSize;
  }

  /** The path of `key`'s entry. */
  path(key: string): string {
    return join(this.dir, key.slice(0, 2), key);
  }

  /** The stored result for `key`, or undefined (missing or damaged: the damaged file is removed). */
  async get(key: string): Promise<StoredResult | undefined> {
    if (!KEY.test(key)) {
      throw new RangeError(`Cannot use '${key}' as a cache key: not a SHA-256 hex`);
    }
    let bytes: Uint8Array;
    try {
      bytes = await Deno.readFile(this.path(key));
    } catch {
      this.#index.delete(key);
      return undefined;
    }
    try {
      const value = await decodeEntry(key, bytes);
      this.#index.set(key, bytes.length);
      const now = new Date();
      this.#track(Deno.utime(this.path(key), now, now).catch(() => {}));
      return value;
    } catch (err) {
      this.#log?.warn("damaged tts cache entry removed", { key, error: err });
      this.#index.delete(key);
      await this.#remove(key);
      return undefined;
    }
  }

  /**
   * Stores `value` under `key` (temp file, then rename), evicting the least
   * recently used entries beyond the budget. A value larger than the whole
   * budget is not stored.
   */
  async set(key: string, value: StoredResult): Promise<void> {
    if (!KEY.test(key)) {
      throw new RangeError(`Cannot use '${key}' as a cache key: not a SHA-256 hex`);
    }
    const bytes = await encodeEntry(key, value);
    if (bytes.length > this.maxBytes) return;
    const tmp = join(this.dir, "tmp", `${key}.${crypto.randomUUID()}`);
    try {
      await Deno.mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
      await Deno.writeFile(tmp, bytes);
      await Deno.rename(tmp, this.path(key));
    } catch (err) {
      await Deno.remove(tmp).catch(() => {});
      throw err;
    }
    this.#index.set(key, bytes.length);
  }

  /** Waits for removals and touches still under way. */
  async flush(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all(this.#pending);
  }

  #remove(key: string): Promise<void> {
    return Deno.remove(this.path(key)).catch(() => {});
  }

  #track(p: Promise<unknown>): void {
    this.#pending.add(p);
    p.finally(() => this.#pending.delete(p));
  }
}
