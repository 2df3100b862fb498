// A resizable FIFO counting semaphore with in-flight/queued counts; retries may go first.
import { CancelledError, SacvError } from "../common/errors.ts";

/** Releases a slot taken from a {@linkcode Gate}; calling it again does nothing. */
export type Release = () => void;

/** Options for {@linkcode Gate.acquire}. */
export interface AcquireOptions {
  /** Aborting leaves the queue at once, never taking a slot. */
  signal?: AbortSignal;
  /**
   * Queue ahead of ordinary waiters (behind earlier priority ones). Retries
   * use it: they already waited their turn once.
   */
  priority?: boolean;
}

interface Waiter {
  signal?: AbortSignal;
  priority: boolean;
  grant: (release: Release) => void;
  fail: (err: unknown) => void;
}

/** Throws INVALID_ARGUMENT naming the gate unless `limit` is a positive integer. */
export function checkLimit(name: string, limit: number): void {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new SacvError(
      "INVALID_ARGUMENT",
      `Cannot set the limit of gate '${name}' as it must be a positive integer: current value is ${limit}`,
      { reason: "BAD_LIMIT", details: { field: name } },
    );
  }
}

/** The error an aborted acquisition rejects with. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason instanceof SacvError ? signal.reason : new CancelledError();
}

/**
 * A FIFO counting semaphore whose limit can change at any time. Growing it
 * starts queued waiters at once; shrinking it never touches work already
 * running, it only holds new work back until enough slots are released.
 */
export class Gate {
  readonly name: string;
  #limit: number;
  #inFlight = 0;
  #peak = 0;
  #queue: Waiter[] = [];

  constructor(name: string, limit: number) {
    checkLimit(name, limit);
    this.name = name;
    this.#limit = limit;
  }

  /** Current limit. */
  get limit(): number {
    return this.#limit;
  }

  /** Changes the limit live; throws INVALID_ARGUMENT unless it is a positive integer. */
  set limit(value: number) {
    checkLimit(this.name, value);
    this.#limit = value;
    this.#drain();
  }

  /** Slots currently held. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** Callers waiting for a slot. */
  get queued(): number {
    return this.#queue.length;
  }

  /** Highest {@linkcode inFlight} seen since creation or the last {@linkcode resetPeak}. */
  get peak(): number {
    return this.#peak;
  }

  /** Starts a new peak measurement from the current in-flight count. */
  resetPeak(): void {
    this.#peak = this.#inFlight;
  }

  /**
   * Waits for a slot. If the signal aborts while waiting, the caller leaves the
   * queue at once (never taking a slot) and the promise rejects with CANCELLED.
   * An `AbortSignal` may be passed in place of the options.
   */
  acquire(options: AcquireOptions | AbortSignal = {}): Promise<Release> {
    const { signal, priority = false } = options instanceof AbortSignal
      ? { signal: options }
      : options;
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const ahead = priority ? this.#queue.filter((w) => w.priority).length : this.#queue.length;
    if (ahead === 0 && this.#inFlight < this.#limit) {
      return Promise.resolve(this.#take());
    }
    return new Promise<Release>((resolve, reject) => {
      const waiter: Waiter = {
        signal,
        priority,
        grant: (release) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(release);
        },
        fail: reject,
      };
      const onAbort = () => {
        const i = this.#queue.indexOf(waiter);
        if (i >= 0) this.#queue.splice(i, 1);
        reject(abortReason(signal!));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#queue.splice(ahead, 0, waiter);
    });
  }

  #take(): Release {
    this.#inFlight++;
    if (this.#inFlight > this.#peak) this.#peak = this.#inFlight;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#inFlight--;
      this.#drain();
    };
  }

  #drain(): void {
    while (this.#queue.length > 0 && this.#inFlight < this.#limit) {
      const waiter = this.#queue.shift()!;
      // A release made while an abort is being dispatched must not go to an aborted waiter.
      if (waiter.signal?.aborted) waiter.fail(abortReason(waiter.signal));
      else waiter.grant(this.#take());
    }
  }
}
