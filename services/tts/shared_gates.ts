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
import { type CachedLimit, SharedLimits } from "./shared_limits.ts";
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
  /** How long start-up waits for Redis before going on in fallback mode (ms). Default 3000. */
  connectWaitMs?: number;
  logger: Logger;
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
  readonly #pools = new Map<string, SharedSlotPool>();
  readonly #counters = new Map<string, { throttles: number; retries: number }>();
  readonly #limits: SharedLimits;

  private constructor(options: SharedGatesOptions) {
    this.#log = options.logger;
    this.#limits = new SharedLimits(
      options.globalLimit,
      options.providerLimits,
      options.onConfigured,
    );
    for (const p of Object.keys(options.providerLimits)) {
      this.#counters.set(p, { throttles: 0, retries: 0 });
    }
    this.#local = new TtsGates(options.globalLimit, options.providerLimits);
    this.store = new RedisStore({
      url: options.url,
      leaseMs: options.leaseMs,
      syncMs: options.syncMs,
      gates: ["global", ...this.#limits.providers.keys()],
      prepare: () => this.#prepare(),
      logger: options.logger,
    });
    const limits = this.#limits;
    this.#pools.set("global", this.#pool("global", "global", () => limits.global));
    for (const p of limits.providers.keys()) {
      this.#pools.set(p, this.#pool(p, `effective:${p}`, () => limits.providers.get(p)!.effective));
    }
    this.store.onSync((r) => this.#synced(r.limits, r));
    this.store.onState((up) => {
      this.#sizeLocal();
      if (!up) {
        for (const pool of this.#pools.values()) {
          pool.failAll(new RedisDownError("connection lost"));
        }
      }
    });
  }

  /** Connects (waiting up to 3 s); starts in fallback mode when Redis does not answer. */
  static async start(options: SharedGatesOptions): Promise<SharedGates> {
    const gates = new SharedGates(options);
    gates.#sizeLocal();
    if (!await gates.store.start(options.connectWaitMs)) {
      options.logger.warn("redis not reachable at start, using local gates until it is", {
        replica: gates.store.replicaId,
      });
    }
    return gates;
  }

  #pool(gate: string, field: string, limit: () => number): SharedSlotPool {
    return new SharedSlotPool(this.store, { gate, limitField: field, limit });
  }

  #known(provider: string): CachedLimit {
    const c = this.#limits.providers.get(provider);
    if (!c) this.#local.provider(provider); // throws INVALID_ARGUMENT naming the provider
    return c!;
  }

  providerNames(): string[] {
    return [...this.#limits.providers.keys()];
  }

  noteRetry(provider: string): void {
    this.#known(provider);
    this.#counters.get(provider)!.retries++;
  }

  /**
   * Runs `fn` holding a local slot (this replica's share while falling back;
   * the cluster limit otherwise, so never binding) and, when Redis is up, a
   * leased slot of the shared global and provider gates. A caller waiting for
   * a shared slot when Redis goes away queues again on the local gates.
   */
  async run<T>(
    provider: string,
    signal: AbortSignal,
    fn: (signal: AbortSignal) => Promise<T>,
    options: RunOptions = {},
  ): Promise<T> {
    this.#known(provider);
    while (true) {
      try {
        return await this.#local.run(
          provider,
          signal,
          (s) => this.#shared(provider, s, fn, options),
          options,
        );
      } catch (err) {
        if (!(err instanceof RedisDownError) || signal.aborted) throw err;
      }
    }
  }

  async #shared<T>(
    provider: string,
    signal: AbortSignal,
    fn: (signal: AbortSignal) => Promise<T>,
    options: RunOptions,
  ): Promise<T> {
    if (!this.store.up) {
      // Falling back: the local slots are this replica's share; Redis counts them once back.
      const leases = [this.store.registerLocal("global"), this.store.registerLocal(provider)];
      try {
        return await fn(signal);
      } finally {
        for (const l of leases) this.store.release(l);
      }
    }
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
      throw err;
    }
    if (signal.aborted) {
      releaseAll();
      throw abortReason(signal);
    }
    signal.addEventListener("abort", releaseAll, { once: true });
    const epoch = this.#limits.providers.get(provider)!.epoch;
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

  async resize(global: number | undefined, providers: Record<string, number> = {}): Promise<void> {
    if (global) checkLimit("global", global);
    for (const [name, limit] of Object.entries(providers)) {
      this.#known(name);
      checkLimit(name, limit);
    }
    if (this.store.up) {
      try {
        const limits = await this.store.setLimits(global ?? 0, providers);
        this.#synced(limits);
        return;
      } catch (err) {
        this.#log.warn("SetLimits could not reach redis, kept locally until it is back", {
          error: err,
        });
      }
    }
    // Redis away: apply here and push it when Redis is back.
    this.#limits.setLocally(global, providers);
    this.#sizeLocal();
  }

  /**
   * `inFlight` counts the slots this replica holds (shared leases, or local
   * slots while falling back); a caller that passed the local gate but still
   * waits for a shared slot counts as queued.
   */
  snapshot(): GatesSnapshot {
    const local = this.#local.snapshot();
    const shared = this.store.up;
    const held = this.store.held();
    const waiting = (l: { inFlight: number; queued: number }, mine: number) =>
      l.queued + Math.max(0, l.inFlight - mine);
    const providers: Record<string, ProviderGateStats> = {};
    for (const [p, c] of this.#limits.providers) {
      const l = local.providers[p];
      const counters = this.#counters.get(p)!;
      const mine = held[p] ?? 0;
      providers[p] = {
        limit: shared ? c.effective : l.limit,
        configured: c.configured,
        inFlight: mine,
        queued: waiting(l, mine),
        peak: l.peak,
        clusterInFlight: shared ? this.#limits.held[p] ?? mine : mine,
        throttles: counters.throttles + l.throttles,
        retries: counters.retries,
      };
    }
    const g = local.global;
    const mine = held.global ?? 0;
    return {
      mode: shared ? "shared" : "fallback",
      replicas: this.#limits.replicas,
      global: {
        limit: shared ? this.#limits.global : g.limit,
        inFlight: mine,
        queued: waiting(g, mine),
        peak: g.peak,
        clusterInFlight: shared ? this.#limits.held.global ?? mine : mine,
      },
      providers,
    };
  }

  close(): Promise<void> {
    return this.store.close();
  }

  /** Before the store reports up: push limits set while Redis was away, seed missing ones. */
  async #prepare(): Promise<void> {
    const pending = this.#limits.pending;
    if (pending) {
      await this.store.setLimits(pending.global, pending.providers);
      this.#limits.pushed(pending);
    }
    this.#synced(await this.store.seed(this.#limits.seedFields()));
  }

  #synced(
    limits: Record<string, number>,
    sync?: { replicas: number; held: Record<string, number> },
  ) {
    const { changed, grew } = this.#limits.apply(limits, sync);
    if (changed && this.store.up) this.#sizeLocal();
    // Other replicas' releases are seen by polling; a grown limit is worth asking at once.
    if (grew) { for (const pool of this.#pools.values()) pool.wake(); }
  }

  #adapted(provider: string, r: { effective: number; epoch: number }): void {
    if (this.#limits.adapted(provider, r)) this.#pools.get(provider)!.wake();
  }

  /**
   * Sizes the local gates: with Redis up, to the cluster limits (they then
   * never bind and do not adapt; Redis does); falling back, to this replica's
   * share, limit ÷ replicas last seen (at least 1), adapting locally. Calls
   * already running keep running; new ones wait until fewer than the share run.
   */
  #sizeLocal(): void {
    const up = this.store.up;
    const limits = this.#limits;
    const share = (n: number) => up ? n : Math.max(1, Math.floor(n / limits.replicas));
    const providers: Record<string, number> = {};
    for (const [p, c] of limits.providers) providers[p] = share(up ? c.configured : c.effective);
    const global = share(limits.global);
    const now = this.#local.snapshot();
    const same = now.global.limit === global &&
      Object.entries(providers).every(([p, n]) => now.providers[p].configured === n);
    this.#local.adaptive = !up;
    if (!same) this.#local.resize(global, providers);
  }
}
