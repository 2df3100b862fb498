// One gate's slots shared by every replica through Redis: local waiters queue here (FIFO,
// retries first) and the head polls Redis for a leased slot.
import { abortReason, type AcquireOptions } from "./gate.ts";
import type { Lease, RedisStore } from "./redis_store.ts";

interface Waiter {
  signal?: AbortSignal;
  priority: boolean;
  resolve: (lease: Lease) => void;
  reject: (err: unknown) => void;
}

/** Options for {@linkcode SharedSlotPool}. */
export interface SharedSlotPoolOptions {
  /** Gate name (`global` or a provider). */
  gate: string;
  /** The limits hash field holding this gate's limit. */
  limitField: string;
  /** The limit to use when Redis has none (this replica's last known value). */
  limit: () => number;
  /** How often the head waiter asks Redis again while the gate is full (ms). Default 20. */
  pollMs?: number;
}

/**
 * Waiters of one gate on this replica. Only the first one asks Redis (one
 * attempt at a time, again every `pollMs` with jitter, or at once when a
 * local slot is released), so a long queue costs Redis nothing. When Redis
 * fails, every waiter is rejected with the store's error, for the caller to
 * fall back to local gates.
 */
export class SharedSlotPool {
  readonly gate: string;
  readonly #store: RedisStore;
  readonly #field: string;
  readonly #limit: () => number;
  readonly #pollMs: number;
  #queue: Waiter[] = [];
  #held = 0;
  #pumping = false;
  #wake?: () => void;

  constructor(store: RedisStore, options: SharedSlotPoolOptions) {
    this.#store = store;
    this.gate = options.gate;
    this.#field = options.limitField;
    this.#limit = options.limit;
    this.#pollMs = options.pollMs ?? 20;
  }

  /** Slots this replica holds from this gate. */
  get inFlight(): number {
    return this.#held;
  }

  /** Local callers waiting. */
  get queued(): number {
    return this.#queue.length;
  }

  /**
   * Waits for a leased slot. Aborting leaves the queue at once (never holding
   * a slot); a Redis failure rejects with the store's `RedisDownError`.
   */
  acquire(options: AcquireOptions = {}): Promise<() => void> {
    const { signal, priority = false } = options;
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    return new Promise<() => void>((resolve, reject) => {
      const waiter: Waiter = {
        signal,
        priority,
        resolve: (lease) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(this.#releaser(lease));
        },
        reject: (err) => {
          signal?.removeEventListener("abort", onAbort);
          reject(err);
        },
      };
      const onAbort = () => {
        const i = this.#queue.indexOf(waiter);
        if (i >= 0) this.#queue.splice(i, 1);
        reject(abortReason(signal!));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      const ahead = priority ? this.#queue.filter((w) => w.priority).length : this.#queue.length;
      this.#queue.splice(ahead, 0, waiter);
      void this.#pump();
    });
  }

  /** Asks Redis again now (a slot may be free: a release, a limit change). */
  wake(): void {
    this.#wake?.();
  }

  /** Rejects every waiter with `err` (Redis went away). */
  failAll(err: unknown): void {
    const waiters = this.#queue;
    this.#queue = [];
    for (const w of waiters) w.reject(err);
  }

  #releaser(lease: Lease): () => void {
    this.#held++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#held--;
      this.#store.release(lease);
      this.wake();
    };
  }

  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      while (this.#queue.length > 0) {
        let lease: Lease | undefined;
        try {
          lease = await this.#store.acquire(this.gate, this.#field, this.#limit());
        } catch (err) {
          this.failAll(err);
          return;
        }
        if (lease) {
          // Whoever is first now gets it (the one that asked may have left meanwhile).
          const waiter = this.#queue.shift();
          if (waiter) waiter.resolve(lease);
          else this.#store.release(lease);
          continue;
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, this.#pollMs * (0.75 + Math.random() / 2));
          function done() {
            clearTimeout(timer);
            resolve();
          }
          this.#wake = done;
        });
        this.#wake = undefined;
      }
    } finally {
      this.#pumping = false;
    }
  }
}
