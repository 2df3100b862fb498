// Resizable concurrency gates: one global gate and one per provider, with in-flight/queued counts.
import { CancelledError, SacvError } from "../common/errors.ts";

/** Releases a slot taken from a {@linkcode Gate}; calling it again does nothing. */
export type Release = () => void;

interface Waiter {
  signal?: AbortSignal;
  grant: (release: Release) => void;
  fail: (err: unknown) => void;
}

function checkLimit(name: string, limit: number): void {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new SacvError(
      "INVALID_ARGUMENT",
      `Cannot set the limit of gate '${name}' as it must be a positive integer: current value is ${limit}`,
      { reason: "BAD_LIMIT", details: { field: name } },
    );
  }
}

function abortReason(signal: AbortSignal): unknown {
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
   * Waits for a slot. If `signal` aborts while waiting, the caller leaves the
   * queue at once (never taking a slot) and the promise rejects with CANCELLED.
   */
  acquire(signal?: AbortSignal): Promise<Release> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    if (this.#queue.length === 0 && this.#inFlight < this.#limit) {
      return Promise.resolve(this.#take());
    }
    return new Promise<Release>((resolve, reject) => {
      const waiter: Waiter = {
        signal,
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
      this.#queue.push(waiter);
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

/** A snapshot of one gate. */
export interface GateStats {
  limit: number;
  inFlight: number;
  queued: number;
  peak: number;
}

function stats(gate: Gate): GateStats {
  return { limit: gate.limit, inFlight: gate.inFlight, queued: gate.queued, peak: gate.peak };
}

/**
 * The TTS service's gates: every synthesis takes a global slot, then a slot
 * of its provider's gate, and gives both back when it ends or is aborted.
 *
 * @example
 * ```ts
 * const gates = new TtsGates(8, { fake: 4 });
 * const out = await gates.run("fake", signal, (s) => provider.synthesize(input, s));
 * ```
 */
export class TtsGates {
  readonly global: Gate;
  readonly #providers = new Map<string, Gate>();

  constructor(globalLimit: number, providerLimits: Record<string, number>) {
    this.global = new Gate("global", globalLimit);
    for (const [name, limit] of Object.entries(providerLimits)) {
      this.#providers.set(name, new Gate(name, limit));
    }
  }

  /** The gate of `provider`; throws INVALID_ARGUMENT for a provider without one. */
  provider(provider: string): Gate {
    const gate = this.#providers.get(provider);
    if (!gate) {
      throw new SacvError("INVALID_ARGUMENT", `unknown provider '${provider}'`, {
        reason: "UNKNOWN_PROVIDER",
        details: { field: "provider" },
      });
    }
    return gate;
  }

  /** Provider names with a gate, in registration order. */
  providerNames(): string[] {
    return [...this.#providers.keys()];
  }

  /**
   * Runs `fn` holding a global slot and a `provider` slot. `fn` gets a signal
   * that aborts with `signal`; the slots are released as soon as `signal`
   * aborts, without waiting for `fn` to notice, so aborted work frees them at once.
   */
  async run<T>(
    provider: string,
    signal: AbortSignal,
    fn: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const providerGate = this.provider(provider);
    const releaseGlobal = await this.global.acquire(signal);
    if (signal.aborted) {
      releaseGlobal();
      throw abortReason(signal);
    }
    let releaseProvider: Release | undefined;
    const releaseAll = () => {
      releaseProvider?.();
      releaseGlobal();
    };
    signal.addEventListener("abort", releaseAll, { once: true });
    try {
      releaseProvider = await providerGate.acquire(signal);
      if (signal.aborted) throw abortReason(signal);
      return await fn(signal);
    } finally {
      signal.removeEventListener("abort", releaseAll);
      releaseAll();
    }
  }

  /**
   * Changes limits live. `global` of 0 or undefined leaves the global limit as
   * it is. Every value is checked before any is applied, so a bad entry changes nothing.
   */
  resize(global: number | undefined, providers: Record<string, number> = {}): void {
    if (global) checkLimit("global", global);
    for (const [name, limit] of Object.entries(providers)) {
      this.provider(name);
      checkLimit(name, limit);
    }
    if (global) this.global.limit = global;
    for (const [name, limit] of Object.entries(providers)) this.provider(name).limit = limit;
  }

  /** Snapshot of the global gate and every provider gate. */
  snapshot(): { global: GateStats; providers: Record<string, GateStats> } {
    const providers: Record<string, GateStats> = {};
    for (const [name, gate] of this.#providers) providers[name] = stats(gate);
    return { global: stats(this.global), providers };
  }
}
