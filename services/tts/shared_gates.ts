// The TTS gates shared by every replica through Redis (SACV_REDIS_URL): leased slots, limits
// and adaptive limits live in Redis; while it is unreachable, local gates at limit ÷ replicas.
import type { Logger } from "../common/log.ts";
import { abortReason, checkLimit } from "./gate.ts";
import {
  type Gates,
  type GatesSnapshot,
  isThrottle,
  type ProviderGateStats,
  type RunOptions,
  TtsGates,
} from "./gates.ts";
import { RedisDownError, RedisStore } from "./redis_store.ts";
import { SharedSlotPool } from "./shared_slot_pool.ts";

/** Options for {@linkcode SharedGates.start}. */
export interface SharedGatesOptions {
  /** `SACV_REDIS_URL`. */
  url: string;
  /** `SACV_TTS_LEASE_MS`: a dead replica's slots return after this. */
  leaseMs: number;
  /** Limits read back from Redis this often (ms); default 250, so changes reach every replica within 1 s. */
  syncMs?: number;
  /** Global limit to seed Redis with when it has none. */
  globalLimit: number;
  /** Provider limits to seed Redis with when it has none. */
  providerLimits: Record<string, number>;
  /** Told when a provider's configured limit changes (from any replica). */
  onConfigured?: (provider: string, limit: number) => void;
  logger: Logger;
}

interface Cached {
  configured: number;
  effective: number;
  epoch: number;
}

const DECREASE = 0.5;

/**
 * {@linkcode Gates} across replicas. Every synthesis holds a leased slot of
 * the shared global gate and of its provider's gate (a Redis sorted set per
 * gate; a replica that dies stops refreshing and its slots expire after the
 * lease). Limits, and each provider's adaptive limit, are one hash in Redis:
 * SetLimits on any replica writes it, every replica reads it back every
 * `syncMs`, and the acquire script reads it directly. When Redis cannot be
 * reached the gates fall back to local ones at limit ÷ replicas last seen
 * (mode `fallback`, logged), and return to Redis when it answers again,
 * adopting the slots taken meanwhile so the cluster counts them.
 */
export class SharedGates implements Gates {
  readonly store: RedisStore;
  readonly #local: TtsGates;
  readonly #log: Logger;
  readonly #onConfigured?: (provider: string, limit: number) => void;
  readonly #pools = new Map<string, SharedSlotPool>();
  readonly #counters = new Map<string, { throttles: number; retries: number }>();
  #global: number;
  #providers = new Map<string, Cached>();
  #replicas = 1;
  #held: Record<string, number> = {};
  #dirty?: { global: number; providers: Record<string, number> };

  private constructor(options: SharedGatesOptions) {
    this.#log = options.logger;
    this.#onConfigured = options.onConfigured;
    this.#global = options.globalLimit;
    for (const [p, n] of Object.entries(options.providerLimits)) {
      this.#providers.set(p, { configured: n, effective: n, epoch: 0 });
      this.#counters.set(p, { throttles: 0, retries: 0 });
    }
    this.#local = new TtsGates(options.globalLimit, options.providerLimits);
    this.store = new RedisStore({
      url: options.url,
      leaseMs: options.leaseMs,
      syncMs: options.syncMs,
      gates: ["global", ...this.#providers.keys()],
      prepare: () => this.#prepare(),
      logger: options.logger,
    });
    this.#pools.set("global", this.#pool("global", "global", () => this.#global));
    for (const p of this.#providers.keys()) {
      this.#pools.set(p, this.#pool(p, `effective:${p}`, () => this.#providers.get(p)!.effective));
    }
    this.store.onSync((r) => this.#synced(r.limits, r.replicas, r.held));
    this.store.onState((up) => {
      if (up) return;
      for (const pool of this.#pools.values()) pool.failAll(new RedisDownError("connection lost"));
      this.#applyFallback();
    });
  }

  /** Connects (waiting up to 3 s); starts in fallback mode when Redis does not answer. */
  static async start(options: SharedGatesOptions): Promise<SharedGates> {
    const gates = new SharedGates(options);
    gates.#applyFallback();
    if (!await gates.store.start()) {
      options.logger.warn("redis not reachable at start, using local gates until it is", {
        replica: gates.store.replicaId,
      });
    }
    return gates;
  }

  #pool(gate: string, field: string, limit: () => number): SharedSlotPool {
    return new SharedSlotPool(this.store, { gate, limitField: field, limit });
  }

  #known(provider: string): Cached {
    const c = this.#providers.get(provider);
    if (!c) this.#local.provider(provider); // throws INVALID_ARGUMENT naming the provider
    return c!;
  }

  providerNames(): string[] {
    return [...this.#providers.keys()];
  }

  noteRetry(provider: string): void {
    this.#known(provider);
    this.#counters.get(provider)!.retries++;
  }

  async run<T>(
    provider: string,
    signal: AbortSignal,
    fn: (signal: AbortSignal) => Promise<T>,
    options: RunOptions = {},
  ): Promise<T> {
    const cached = this.#known(provider);
    if (!this.store.up) return this.#runLocal(provider, signal, fn, options);
    const priority = options.priority ?? false;
    let releaseGlobal: (() => void) | undefined;
    let releaseProvider: (() => void) | undefined;
    const releaseAll = () => {
      releaseProvider?.();
      releaseGlobal?.();
    };
    try {
      releaseGlobal = await this.#pools.get("global")!.acquire({ signal, priority });
      releaseProvider = await this.#pools.get(provider)!.acquire({ signal, priority });
    } catch (err) {
      releaseAll();
      if (err instanceof RedisDownError) return this.#runLocal(provider, signal, fn, options);
      throw err;
    }
    if (signal.aborted) {
      releaseAll();
      throw abortReason(signal);
    }
    signal.addEventListener("abort", releaseAll, { once: true });
    const epoch = cached.epoch;
    try {
      const value = await fn(signal);
      void this.store.succeeded(provider).then((r) => r && this.#adapted(provider, r));
      return value;
    } catch (err) {
      if (isThrottle(err) && !signal.aborted) {
        this.#counters.get(provider)!.throttles++;
        const r = await this.store.throttled(provider, epoch, DECREASE);
        if (r) this.#adapted(provider, r);
      }
      throw err;
    } finally {
      signal.removeEventListener("abort", releaseAll);
      releaseAll();
    }
  }

  /** Local gates; the slots are recorded so Redis counts them once it is back. */
  #runLocal<T>(
    provider: string,
    signal: AbortSignal,
    fn: (signal: AbortSignal) => Promise<T>,
    options: RunOptions,
  ): Promise<T> {
    return this.#local.run(provider, signal, async (s) => {
      const leases = [this.store.registerLocal("global"), this.store.registerLocal(provider)];
      try {
        return await fn(s);
      } finally {
        for (const l of leases) this.store.release(l);
      }
    }, options);
  }

  async resize(global: number | undefined, providers: Record<string, number> = {}): Promise<void> {
    if (global) checkLimit("global", global);
    for (const [name, limit] of Object.entries(providers)) {
      this.#known(name);
      checkLimit(name, limit);
    }
    if (this.store.up) {
      try {
        const limits = await this.store.setLimits(global ?? 0, providers);
        this.#synced(limits, this.#replicas, this.#held);
        return;
      } catch (err) {
        this.#log.warn("SetLimits could not reach redis, kept locally until it is back", {
          error: err,
        });
      }
    }
    // Redis away: apply here and push it when Redis is back.
    const dirty = this.#dirty ??= { global: 0, providers: {} };
    if (global) dirty.global = this.#global = global;
    for (const [p, n] of Object.entries(providers)) {
      dirty.providers[p] = n;
      const c = this.#providers.get(p)!;
      c.configured = c.effective = n;
    }
    this.#applyFallback();
  }

  snapshot(): GatesSnapshot {
    const local = this.#local.snapshot();
    const shared = this.store.up;
    const providers: Record<string, ProviderGateStats> = {};
    for (const [p, c] of this.#providers) {
      const l = local.providers[p];
      const pool = this.#pools.get(p)!;
      const counters = this.#counters.get(p)!;
      const inFlight = pool.inFlight + l.inFlight;
      providers[p] = {
        limit: shared ? c.effective : l.limit,
        configured: c.configured,
        inFlight,
        queued: pool.queued + l.queued,
        peak: 0,
        clusterInFlight: shared ? this.#held[p] ?? inFlight : inFlight,
        throttles: counters.throttles + l.throttles,
        retries: counters.retries + l.retries,
      };
    }
    const pool = this.#pools.get("global")!;
    const inFlight = pool.inFlight + local.global.inFlight;
    return {
      mode: shared ? "shared" : "fallback",
      replicas: this.#replicas,
      global: {
        limit: shared ? this.#global : local.global.limit,
        inFlight,
        queued: pool.queued + local.global.queued,
        peak: 0,
        clusterInFlight: shared ? this.#held.global ?? inFlight : inFlight,
      },
      providers,
    };
  }

  close(): Promise<void> {
    return this.store.close();
  }

  /** Before the store reports up: push limits set while Redis was away, seed missing ones. */
  async #prepare(): Promise<void> {
    const dirty = this.#dirty;
    if (dirty) {
      await this.store.setLimits(dirty.global, dirty.providers);
      this.#dirty = undefined;
    }
    const fields: Record<string, number> = { global: this.#global };
    for (const [p, c] of this.#providers) {
      fields[`configured:${p}`] = c.configured;
      fields[`effective:${p}`] = c.effective;
      fields[`epoch:${p}`] = c.epoch;
      fields[`credit:${p}`] = 0;
    }
    const limits = await this.store.seed(fields);
    this.#synced(limits, this.#replicas, this.#held);
  }

  #synced(limits: Record<string, number>, replicas: number, held: Record<string, number>): void {
    this.#replicas = Math.max(1, replicas);
    this.#held = held;
    let grew = false;
    if (limits.global > 0) {
      grew ||= limits.global > this.#global;
      this.#global = limits.global;
    }
    for (const [p, c] of this.#providers) {
      const configured = limits[`configured:${p}`];
      const effective = limits[`effective:${p}`];
      if (configured > 0 && configured !== c.configured) this.#onConfigured?.(p, configured);
      if (configured > 0) c.configured = configured;
      if (effective > 0) {
        grew ||= effective > c.effective;
        c.effective = effective;
      }
      if (Number.isFinite(limits[`epoch:${p}`])) c.epoch = limits[`epoch:${p}`];
    }
    // Other replicas' releases are seen by polling; a grown limit is worth asking at once.
    if (grew) { for (const pool of this.#pools.values()) pool.wake(); }
  }

  #adapted(provider: string, r: { effective: number; epoch: number }): void {
    const c = this.#providers.get(provider)!;
    if (r.epoch < c.epoch) return;
    const grew = r.effective > c.effective;
    c.effective = r.effective;
    c.epoch = r.epoch;
    if (grew) this.#pools.get(provider)!.wake();
  }

  /** Local gates sized to this replica's share: limit ÷ replicas last seen, at least 1. */
  #applyFallback(): void {
    const share = (n: number) => Math.max(1, Math.floor(n / this.#replicas));
    const providers: Record<string, number> = {};
    for (const [p, c] of this.#providers) providers[p] = share(c.effective);
    this.#local.resize(share(this.#global), providers);
  }
}
