// The TTS service's gates: one global gate and one per provider whose effective limit adapts
// to throttling (AIMD), with the counters GetLimits and ListProviders show.
import { SacvError } from "../common/errors.ts";
import { AdaptiveLimit } from "./adaptive_limit.ts";
import { abortReason, checkLimit, Gate, type Release } from "./gate.ts";

export { Gate, type Release } from "./gate.ts";

/** A snapshot of one gate. */
export interface GateStats {
  limit: number;
  /** Slots this replica holds. */
  inFlight: number;
  queued: number;
  peak: number;
  /** Slots held across every replica (shared mode); else as `inFlight`. */
  clusterInFlight: number;
}

/** A snapshot of one provider's gate: `limit` is the effective limit. */
export interface ProviderGateStats extends GateStats {
  /** The limit set by configuration or SetLimits. */
  configured: number;
  /** Provider calls that failed with throttling (RESOURCE_EXHAUSTED). */
  throttles: number;
  /** Provider calls started again after a retryable failure. */
  retries: number;
}

/**
 * Where the gates live: `local` (in this process; no `SACV_REDIS_URL`),
 * `shared` (in Redis, across every replica) or `fallback` (Redis configured
 * but unreachable: local gates at limit ÷ replicas last seen).
 */
export type GatesMode = "local" | "shared" | "fallback";

/** A snapshot of every gate. */
export interface GatesSnapshot {
  mode: GatesMode;
  /** Replicas sharing the gates (1 in local mode; the last count seen in fallback). */
  replicas: number;
  global: GateStats;
  providers: Record<string, ProviderGateStats>;
}

/**
 * The gates a synthesis passes: {@linkcode TtsGates} in one process,
 * `SharedGates` across replicas through Redis.
 */
export interface Gates {
  /** Runs `fn` holding a global and a `provider` slot; see {@linkcode TtsGates.run}. */
  run<T>(
    provider: string,
    signal: AbortSignal,
    fn: (signal: AbortSignal) => Promise<T>,
    options?: RunOptions,
  ): Promise<T>;
  /** Changes limits live (0 / undefined global: unchanged); checks every value first. */
  resize(global: number | undefined, providers?: Record<string, number>): void | Promise<void>;
  snapshot(): GatesSnapshot;
  /** Counts a retry of `provider`. */
  noteRetry(provider: string): void;
  providerNames(): string[];
  /** Releases what the gates hold outside the process (Redis leases); optional. */
  close?(): Promise<void>;
}

/** Options for {@linkcode TtsGates.run}. */
export interface RunOptions {
  /** Queue ahead of first attempts (a retry already waited its turn once). */
  priority?: boolean;
}

/** True for a provider's throttling error (the provider contract: RESOURCE_EXHAUSTED). */
export function isThrottle(err: unknown): boolean {
  return err instanceof SacvError && err.status === "RESOURCE_EXHAUSTED";
}

function stats(gate: Gate): GateStats {
  return {
    limit: gate.limit,
    inFlight: gate.inFlight,
    queued: gate.queued,
    peak: gate.peak,
    clusterInFlight: gate.inFlight,
  };
}

interface ProviderEntry {
  gate: Gate;
  adaptive: AdaptiveLimit;
  throttles: number;
  retries: number;
}

/**
 * Every synthesis takes a global slot, then a slot of its provider's gate,
 * and gives both back when it ends or is aborted. A provider's gate admits
 * its *effective* limit: a throttled call halves it (floor 1), successes
 * climb it back one at a time to the configured limit (see
 * {@linkcode AdaptiveLimit}); lowering it never interrupts running calls.
 *
 * @example
 * ```ts
 * const gates = new TtsGates(8, { fake: 4 });
 * const out = await gates.run("fake", signal, (s) => provider.synthesize(input, s));
 * ```
 */
export class TtsGates implements Gates {
  readonly global: Gate;
  /**
   * Whether outcomes adapt provider limits (default true). `SharedGates` turns it
   * off while Redis keeps the adaptive limit and on while it falls back to these gates.
   */
  adaptive = true;
  readonly #providers = new Map<string, ProviderEntry>();

  constructor(globalLimit: number, providerLimits: Record<string, number>) {
    this.global = new Gate("global", globalLimit);
    for (const [name, limit] of Object.entries(providerLimits)) {
      this.#providers.set(name, {
        gate: new Gate(name, limit),
        adaptive: new AdaptiveLimit(limit),
        throttles: 0,
        retries: 0,
      });
    }
  }

  #entry(provider: string): ProviderEntry {
    const entry = this.#providers.get(provider);
    if (!entry) {
      throw new SacvError("INVALID_ARGUMENT", `unknown provider '${provider}'`, {
        reason: "UNKNOWN_PROVIDER",
        details: { field: "provider" },
      });
    }
    return entry;
  }

  /** The gate of `provider`; throws INVALID_ARGUMENT for a provider without one. */
  provider(provider: string): Gate {
    return this.#entry(provider).gate;
  }

  /** Provider names with a gate, in registration order. */
  providerNames(): string[] {
    return [...this.#providers.keys()];
  }

  /** Counts a retry of `provider` (shown by {@linkcode TtsGates.snapshot}). */
  noteRetry(provider: string): void {
    this.#entry(provider).retries++;
  }

  /**
   * Runs `fn` holding a global slot and a `provider` slot. `fn` gets a signal
   * that aborts with `signal`; the slots are released as soon as `signal`
   * aborts, without waiting for `fn` to notice, so aborted work frees them at
   * once. The outcome feeds the provider's adaptive limit: throttling lowers
   * it, success raises it.
   */
  async run<T>(
    provider: string,
    signal: AbortSignal,
    fn: (signal: AbortSignal) => Promise<T>,
    options: RunOptions = {},
  ): Promise<T> {
    const entry = this.#entry(provider);
    const priority = options.priority ?? false;
    const releaseGlobal = await this.global.acquire({ signal, priority });
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
      releaseProvider = await entry.gate.acquire({ signal, priority });
      if (signal.aborted) throw abortReason(signal);
      const epoch = entry.adaptive.epoch;
      try {
        const value = await fn(signal);
        if (this.adaptive && entry.adaptive.succeeded()) {
          entry.gate.limit = entry.adaptive.effective;
        }
        return value;
      } catch (err) {
        if (this.adaptive && isThrottle(err) && !signal.aborted) {
          entry.throttles++;
          if (entry.adaptive.throttled(epoch)) entry.gate.limit = entry.adaptive.effective;
        }
        throw err;
      }
    } finally {
      signal.removeEventListener("abort", releaseAll);
      releaseAll();
    }
  }

  /**
   * Changes limits live; a provider's effective limit restarts from its new
   * configured limit. `global` of 0 or undefined leaves the global limit as
   * it is. Every value is checked before any is applied, so a bad entry changes nothing.
   */
  resize(global: number | undefined, providers: Record<string, number> = {}): void {
    if (global) checkLimit("global", global);
    for (const [name, limit] of Object.entries(providers)) {
      this.#entry(name);
      checkLimit(name, limit);
    }
    if (global) this.global.limit = global;
    for (const [name, limit] of Object.entries(providers)) {
      const entry = this.#entry(name);
      entry.adaptive.configured = limit;
      entry.gate.limit = limit;
    }
  }

  /** Snapshot of the global gate and every provider gate. */
  snapshot(): GatesSnapshot {
    const providers: Record<string, ProviderGateStats> = {};
    for (const [name, e] of this.#providers) {
      providers[name] = {
        ...stats(e.gate),
        configured: e.adaptive.configured,
        throttles: e.throttles,
        retries: e.retries,
      };
    }
    return { mode: "local", replicas: 1, global: stats(this.global), providers };
  }
}
