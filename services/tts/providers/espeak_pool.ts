// A small pool of eSpeak workers: jobs wait for an idle worker, and an aborted job
// terminates its worker (eSpeak cannot be interrupted) so it stops at once.
import { CancelledError, SacvError } from "../../common/errors.ts";
import type { LocalJob, LocalReply } from "./local_worker.ts";

/** Samples produced by eSpeak at its native rate. */
export interface EspeakResult {
  samples: Int16Array;
  sampleRate: number;
}

interface Slot {
  worker: Worker;
  pending?: { id: number; resolve: (r: EspeakResult) => void; reject: (e: unknown) => void };
}

interface Waiter {
  resolve: (slot: Slot) => void;
  reject: (err: unknown) => void;
}

/**
 * Runs eSpeak jobs on up to `size` workers, created on first use and kept
 * (each loads the engine once). Further jobs queue in FIFO order.
 */
export class EspeakPool {
  #size: number;
  #slots = new Set<Slot>();
  #idle: Slot[] = [];
  #waiters: Waiter[] = [];
  #nextId = 1;
  #closed = false;

  constructor(size: number) {
    checkSize(size);
    this.#size = size;
  }

  /** Most workers kept. */
  get size(): number {
    return this.#size;
  }

  /**
   * Changes the number of workers live: growing starts workers for queued
   * jobs; shrinking ends idle workers now and busy ones when their job ends.
   */
  set size(value: number) {
    checkSize(value);
    this.#size = value;
    while (this.#slots.size > this.#size && this.#idle.length > 0) this.#discard(this.#idle[0]);
    while (!this.#closed && this.#waiters.length > 0 && this.#slots.size < this.#size) {
      this.#release(this.#spawn());
    }
  }

  /** Workers alive right now. */
  get workers(): number {
    return this.#slots.size;
  }

  /** Synthesizes `text` with eSpeak voice `voice` at `rate` words per minute. */
  async synthesize(
    text: string,
    voice: string,
    rate: number,
    signal: AbortSignal,
  ): Promise<EspeakResult> {
    const slot = await this.#acquire(signal);
    if (signal.aborted) {
      this.#release(slot);
      throw new CancelledError();
    }
    const id = this.#nextId++;
    let onAbort: (() => void) | undefined;
    try {
      return await new Promise<EspeakResult>((resolve, reject) => {
        slot.pending = { id, resolve, reject };
        onAbort = () => {
          // The job cannot be interrupted inside the engine: drop the whole worker.
          this.#discard(slot);
          reject(new CancelledError());
        };
        signal.addEventListener("abort", onAbort, { once: true });
        slot.worker.postMessage({ id, text, voice, rate } satisfies LocalJob);
      });
    } finally {
      if (onAbort) signal.removeEventListener("abort", onAbort);
      slot.pending = undefined;
      if (this.#slots.has(slot)) this.#release(slot);
    }
  }

  /** Terminates every worker; queued and running jobs fail with UNAVAILABLE. */
  close(): void {
    this.#closed = true;
    for (const slot of [...this.#slots]) {
      slot.pending?.reject(closedError());
      this.#discard(slot);
    }
    for (const w of this.#waiters.splice(0)) w.reject(closedError());
  }

  #acquire(signal: AbortSignal): Promise<Slot> {
    if (signal.aborted) return Promise.reject(new CancelledError());
    if (this.#closed) return Promise.reject(closedError());
    const idle = this.#idle.pop();
    if (idle) return Promise.resolve(idle);
    if (this.#slots.size < this.#size) return Promise.resolve(this.#spawn());
    return new Promise<Slot>((resolve, reject) => {
      const waiter: Waiter = {
        resolve: (slot) => {
          signal.removeEventListener("abort", onAbort);
          resolve(slot);
        },
        reject: (err) => {
          signal.removeEventListener("abort", onAbort);
          reject(err);
        },
      };
      const onAbort = () => {
        const i = this.#waiters.indexOf(waiter);
        if (i >= 0) this.#waiters.splice(i, 1);
        reject(new CancelledError());
      };
      signal.addEventListener("abort", onAbort, { once: true });
      this.#waiters.push(waiter);
    });
  }

  #release(slot: Slot): void {
    if (this.#slots.size > this.#size) {
      this.#discard(slot);
      return;
    }
    const waiter = this.#waiters.shift();
    if (waiter) waiter.resolve(slot);
    else this.#idle.push(slot);
  }

  #spawn(): Slot {
    const worker = new Worker(new URL("./local_worker.ts", import.meta.url), { type: "module" });
    const slot: Slot = { worker };
    worker.onmessage = (e: MessageEvent<LocalReply>) => {
      const reply = e.data;
      const pending = slot.pending;
      if (!pending || pending.id !== reply.id) return;
      if ("error" in reply) {
        pending.reject(
          new SacvError("INTERNAL", `local voice failed: ${reply.error}`, { reason: "ESPEAK" }),
        );
      } else pending.resolve({ samples: reply.samples, sampleRate: reply.sampleRate });
    };
    worker.onerror = (e: ErrorEvent) => {
      // Keep a crashing worker from taking the service down; fail its job instead.
      e.preventDefault();
      const pending = slot.pending;
      this.#discard(slot);
      pending?.reject(
        new SacvError("UNAVAILABLE", `local voice worker crashed: ${e.message}`, {
          reason: "ESPEAK_WORKER",
          retryable: true,
        }),
      );
    };
    this.#slots.add(slot);
    return slot;
  }

  #discard(slot: Slot): void {
    if (!this.#slots.delete(slot)) return;
    slot.worker.terminate();
    const i = this.#idle.indexOf(slot);
    if (i >= 0) this.#idle.splice(i, 1);
    // A waiter blocked on a full pool gets a fresh worker in the freed place.
    if (!this.#closed && this.#waiters.length > 0 && this.#slots.size < this.#size) {
      this.#release(this.#spawn());
    }
  }
}

function closedError(): SacvError {
  return new SacvError("UNAVAILABLE", "local voice is shutting down", {
    reason: "SHUTTING_DOWN",
    retryable: true,
  });
}

function checkSize(size: number): void {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(
      `Cannot size the eSpeak pool as 'size' must be a positive integer: current value is ${size}`,
    );
  }
}
