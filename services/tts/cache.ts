// Result cache: an LRU bounded in bytes, keyed by SHA-256 of what determines the audio,
// plus sharing of one in-flight computation between identical concurrent requests.
import { LRUCache } from "lru-cache";
import { CancelledError } from "../common/errors.ts";

/** The request fields that determine a synthesis result. */
export interface CacheKeyParts {
  provider: string;
  voice: string;
  speed: number;
  codec: string;
  sampleRate: number;
  text: string;
  /** Provider knobs that can change the audio; part of the key so they never mix. */
  options?: Record<string, string>;
}

/** Hex SHA-256 of the key parts (length-prefixed, so no two part lists collide). */
export async function cacheKey(parts: CacheKeyParts): Promise<string> {
  const fields = [
    parts.provider,
    parts.voice,
    String(parts.speed),
    parts.codec,
    String(parts.sampleRate),
    parts.text,
    JSON.stringify(Object.entries(parts.options ?? {}).sort(([a], [b]) => a < b ? -1 : 1)),
  ];
  const joined = fields.map((f) => `${f.length}:${f}`).join("|");
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(joined));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Options for {@linkcode ResultCache}. */
export interface ResultCacheOptions<T> {
  /** Total size budget in bytes; 0 disables storing. */
  maxBytes: number;
  /** Size of one value in bytes. */
  sizeOf: (value: T) => number;
}

interface Shared<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
}

/**
 * An in-memory LRU cache bounded by total value size (`lru-cache` keeps the
 * order and the byte count). Values larger than the whole budget are not
 * stored. {@linkcode ResultCache.shared} lets identical concurrent requests
 * wait on one computation.
 */
export class ResultCache<T extends NonNullable<unknown>> {
  readonly maxBytes: number;
  readonly #entries?: LRUCache<string, T>;
  readonly #inflight = new Map<string, Shared<T>>();

  constructor(options: ResultCacheOptions<T>) {
    if (!Number.isInteger(options.maxBytes) || options.maxBytes < 0) {
      throw new RangeError(
        `Cannot create cache as 'maxBytes' must be a non-negative integer: current value is ${options.maxBytes}`,
      );
    }
    this.maxBytes = options.maxBytes;
    if (options.maxBytes > 0) {
      this.#entries = new LRUCache<string, T>({
        maxSize: options.maxBytes,
        sizeCalculation: (value) => Math.max(1, options.sizeOf(value)),
      });
    }
  }

  /** Bytes currently stored. */
  get bytes(): number {
    return this.#entries?.calculatedSize ?? 0;
  }

  /** Entries currently stored. */
  get size(): number {
    return this.#entries?.size ?? 0;
  }

  /** The value for `key`, marking it most recently used. */
  get(key: string): T | undefined {
    return this.#entries?.get(key);
  }

  /** Stores `value`, evicting least recently used entries to stay within budget. */
  set(key: string, value: T): void {
    if (!this.#entries) return;
    this.#entries.delete(key);
    this.#entries.set(key, value);
  }

  /** Removes `key`. */
  delete(key: string): void {
    this.#entries?.delete(key);
  }

  /**
   * Runs `compute` once for concurrent callers of the same `key`; `joined` is
   * false for the caller that started it. The computation gets its own signal
   * that aborts only when every waiting caller has aborted, so one caller
   * cancelling does not fail the others; a caller that aborts rejects at once.
   * Failures are not remembered: the next call computes again.
   */
  async shared(
    key: string,
    signal: AbortSignal,
    compute: (signal: AbortSignal) => Promise<T>,
  ): Promise<{ value: T; joined: boolean }> {
    if (signal.aborted) throw new CancelledError();
    let entry = this.#inflight.get(key);
    const joined = entry !== undefined;
    if (!entry) {
      const controller = new AbortController();
      const created: Shared<T> = {
        controller,
        waiters: 0,
        promise: compute(controller.signal).finally(() => {
          if (this.#inflight.get(key) === created) this.#inflight.delete(key);
        }),
      };
      // Rejections are delivered to waiters; keep an orphaned one from being unhandled.
      created.promise.catch(() => {});
      this.#inflight.set(key, created);
      entry = created;
    }
    const current = entry;
    current.waiters++;
    let onAbort!: () => void;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        reject(new CancelledError());
        if (--current.waiters === 0) {
          if (this.#inflight.get(key) === current) this.#inflight.delete(key);
          current.controller.abort(new CancelledError());
        }
      };
      signal.addEventListener("abort", onAbort, { once: true });
    });
    try {
      return { value: await Promise.race([current.promise, aborted]), joined };
    } finally {
      if (!signal.aborted) current.waiters--;
      signal.removeEventListener("abort", onAbort);
    }
  }
}
