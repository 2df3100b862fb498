// The TTS replicas' shared state in Redis (ioredis): leased gate slots, limits, adaptive
// limits and replica heartbeats; reports whether Redis is reachable so gates can fall back.
import { Redis } from "ioredis";
import type { Logger } from "../common/log.ts";
import { hashToRecord, RedisDownError, SCRIPTS, timeout } from "./redis_scripts.ts";

export { RedisDownError } from "./redis_scripts.ts";

/** Options for {@linkcode RedisStore}. */
export interface RedisStoreOptions {
  /** `redis://host:port/db` (`SACV_REDIS_URL`). */
  url: string;
  /** Lease of a slot: a replica that stops refreshing loses its slots after this (ms). */
  leaseMs: number;
  /** Heartbeat and limits read-back period (ms). Default 250. */
  syncMs?: number;
  /** Key prefix. Default `sacv:tts:`. */
  prefix?: string;
  /** Gate names whose slots sets the sync reads back (global first). */
  gates: readonly string[];
  /** Run on every (re)connection before the store reports itself up (seed limits). */
  prepare: () => Promise<void>;
  logger: Logger;
}

/** A slot held by this replica; `inRedis` false while it is only known locally. */
export interface Lease {
  readonly gate: string;
  readonly id: string;
  inRedis: boolean;
}

/** What a sync read back. */
export interface SyncResult {
  replicas: number;
  /** Slots held across the cluster, per gate name. */
  held: Record<string, number>;
  limits: Record<string, number>;
}

type Script = (...args: (string | number)[]) => Promise<unknown>;

/**
 * One connection to Redis for this replica. Commands issued while Redis is
 * away wait in ioredis' queue (releases, refreshes); acquisitions are refused
 * at once instead ({@linkcode RedisDownError}) so gates can fall back. On
 * every (re)connection `prepare` runs, leases held meanwhile are adopted
 * into Redis, and the store reports itself up. All held leases are refreshed
 * together every `leaseMs / 3`.
 */
export class RedisStore {
  readonly replicaId = `${Deno.hostname()}-${Deno.pid}-${crypto.randomUUID().slice(0, 8)}`;
  readonly leaseMs: number;
  readonly syncMs: number;
  readonly #prefix: string;
  readonly #gates: readonly string[];
  readonly #redis: Redis;
  readonly #log: Logger;
  readonly #prepare: () => Promise<void>;
  readonly #leases = new Map<string, Lease>();
  readonly #stateListeners = new Set<(up: boolean) => void>();
  readonly #syncListeners = new Set<(r: SyncResult) => void>();
  readonly #timers: ReturnType<typeof setInterval>[] = [];
  readonly #scripts: Record<keyof typeof SCRIPTS, Script>;
  #up = false;
  #recovering?: Promise<void>;
  #seq = 0;
  #closed = false;
  #lastSync?: SyncResult;

  constructor(options: RedisStoreOptions) {
    this.leaseMs = options.leaseMs;
    this.syncMs = options.syncMs ?? 250;
    this.#prefix = options.prefix ?? "sacv:tts:";
    this.#gates = options.gates;
    this.#log = options.logger;
    this.#prepare = options.prepare;
    this.#redis = new Redis(options.url, {
      lazyConnect: true,
      // Queue commands while disconnected rather than failing them; acquisitions check #up.
      maxRetriesPerRequest: null,
      connectTimeout: 2_000,
      retryStrategy: (times) => Math.min(100 * times, 1_000),
    });
    const scripts = {} as Record<string, Script>;
    for (const [name, [keys, body]] of Object.entries(SCRIPTS)) {
      this.#redis.defineCommand(name, { numberOfKeys: keys ?? undefined, lua: body });
      const fn = (this.#redis as unknown as Record<string, Script>)[name];
      scripts[name] = (...args) => fn.apply(this.#redis, args);
    }
    this.#scripts = scripts as Record<keyof typeof SCRIPTS, Script>;
    this.#redis.on("ready", () => void this.#recover());
    this.#redis.on("close", () => this.#setUp(false, "connection closed"));
    // Errors also arrive as close/reconnect; without a listener ioredis would log them itself.
    this.#redis.on("error", () => {});
  }

  /** Connects and waits up to `waitMs` for Redis to be usable; resolves either way. */
  async start(waitMs = 3_000): Promise<boolean> {
    this.#redis.connect().catch(() => {});
    this.#timers.push(setInterval(() => void this.#sync(), this.syncMs));
    this.#timers.push(setInterval(() => void this.#refresh(), Math.max(50, this.leaseMs / 3)));
    const deadline = Date.now() + waitMs;
    while (!this.#up && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return this.#up;
  }

  /** Whether Redis is reachable and this replica's state is in it. */
  get up(): boolean {
    return this.#up;
  }

  /** The last sync's result, if any. */
  get lastSync(): SyncResult | undefined {
    return this.#lastSync;
  }

  /** Calls `fn` when the store goes up or down. */
  onState(fn: (up: boolean) => void): void {
    this.#stateListeners.add(fn);
  }

  /** Calls `fn` after each successful sync. */
  onSync(fn: (r: SyncResult) => void): void {
    this.#syncListeners.add(fn);
  }

  /**
   * One attempt at a slot of `gate` whose limit is the limits field `limitField`
   * (`fallbackLimit` if missing). Resolves the lease or undefined when the gate
   * is full; throws {@linkcode RedisDownError} when Redis cannot be used.
   */
  async acquire(
    gate: string,
    limitField: string,
    fallbackLimit: number,
  ): Promise<Lease | undefined> {
    if (!this.#up) throw new RedisDownError("not connected");
    const lease: Lease = { gate, id: `${this.replicaId}:${++this.#seq}`, inRedis: true };
    const attempt = this.#scripts.sacvAcquire(
      this.#key(`slots:${gate}`),
      this.#key("limits"),
      limitField,
      fallbackLimit,
      lease.id,
      this.leaseMs,
    );
    let got: unknown;
    try {
      got = await timeout(attempt, Math.max(1_000, 4 * this.syncMs), "acquire");
    } catch (err) {
      // If the attempt succeeds after all, give the slot straight back.
      attempt.then((r) => Number(r) === 1 && this.#zrem(lease)).catch(() => {});
      this.#setUp(false, err instanceof Error ? err.message : String(err));
      throw err instanceof RedisDownError ? err : new RedisDownError(String(err));
    }
    if (Number(got) !== 1) return undefined;
    this.#leases.set(lease.id, lease);
    return lease;
  }

  /** A slot taken from a local gate while Redis is away; adopted into Redis when it returns. */
  registerLocal(gate: string): Lease {
    const lease: Lease = { gate, id: `${this.replicaId}:${++this.#seq}`, inRedis: false };
    this.#leases.set(lease.id, lease);
    return lease;
  }

  /** Gives a lease back (at most once). */
  release(lease: Lease): void {
    if (!this.#leases.delete(lease.id)) return;
    if (lease.inRedis && this.#up) this.#zrem(lease);
  }

  /** Leases this replica holds, per gate. */
  held(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const l of this.#leases.values()) out[l.gate] = (out[l.gate] ?? 0) + 1;
    return out;
  }

  /** Sets missing limits fields. */
  async seed(fields: Record<string, number>): Promise<Record<string, number>> {
    const args = Object.entries(fields).flatMap(([k, v]) => [k, v]);
    return hashToRecord(await this.#scripts.sacvSeed(this.#key("limits"), ...args));
  }

  /** Applies SetLimits in Redis and returns the limits hash (callers check {@linkcode up}). */
  async setLimits(
    global: number,
    providers: Record<string, number>,
  ): Promise<Record<string, number>> {
    const args = Object.entries(providers).flatMap(([p, n]) => [p, n]);
    const reply = this.#scripts.sacvSetLimits(this.#key("limits"), global, ...args);
    return hashToRecord(await timeout(reply, 2_000, "SetLimits"));
  }

  /** Reports a throttled call; resolves {effective, epoch} or undefined when Redis is away. */
  throttled(provider: string, epoch: number, factor: number) {
    return this.#aimd(this.#scripts.sacvThrottled(this.#key("limits"), provider, epoch, factor));
  }

  /** Reports a successful call; resolves {effective, epoch} or undefined when Redis is away. */
  succeeded(provider: string) {
    return this.#aimd(this.#scripts.sacvSucceeded(this.#key("limits"), provider));
  }

  /** Stops the timers, gives back every lease, leaves the replica set and disconnects. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const t of this.#timers) clearInterval(t);
    if (this.#up) {
      const pipe = this.#redis.pipeline();
      for (const l of this.#leases.values()) {
        if (l.inRedis) pipe.zrem(this.#key(`slots:${l.gate}`), l.id);
      }
      pipe.zrem(this.#key("replicas"), this.replicaId);
      await timeout(pipe.exec(), 1_000, "close").catch(() => {});
    }
    this.#leases.clear();
    this.#up = false;
    this.#redis.disconnect();
  }

  #key(name: string): string {
    return `${this.#prefix}${name}`;
  }

  #zrem(lease: Lease): void {
    this.#redis.zrem(this.#key(`slots:${lease.gate}`), lease.id).catch(() => {});
  }

  async #aimd(reply: Promise<unknown>): Promise<{ effective: number; epoch: number } | undefined> {
    if (!this.#up) {
      reply.catch(() => {});
      return undefined;
    }
    try {
      const r = await timeout(reply, 2_000, "adaptive limit update") as number[];
      return { effective: Number(r[1]), epoch: Number(r[2]) };
    } catch {
      return undefined;
    }
  }

  #setUp(up: boolean, why: string): void {
    if (this.#up === up || this.#closed) return;
    this.#up = up;
    if (up) this.#log.info("redis shared gates in use", { replica: this.replicaId });
    else this.#log.warn("redis unreachable, using local gates", { replica: this.replicaId, why });
    for (const fn of this.#stateListeners) fn(up);
  }

  /** (Re)connected: seed, adopt what is held, read back, then report up. */
  #recover(): Promise<void> {
    this.#recovering ??= (async () => {
      try {
        await timeout(this.#prepare(), 2_000, "seeding limits");
        const leases = [...this.#leases.values()];
        if (leases.length > 0) {
          await timeout(
            this.#scripts.sacvAdopt(
              leases.length,
              ...leases.map((l) => this.#key(`slots:${l.gate}`)),
              ...leases.map((l) => l.id),
            ),
            2_000,
            "adopting leases",
          );
          for (const l of leases) l.inRedis = true;
        }
        await this.#sync(true);
      } catch (err) {
        this.#log.warn("redis recovery failed, will retry", { error: err });
      } finally {
        this.#recovering = undefined;
      }
    })();
    return this.#recovering;
  }

  async #sync(recovering = false): Promise<void> {
    if (this.#closed || (this.#recovering && !recovering)) return;
    if (this.#redis.status !== "ready") return;
    try {
      const reply = await timeout(
        this.#scripts.sacvSync(
          2 + this.#gates.length,
          this.#key("limits"),
          this.#key("replicas"),
          ...this.#gates.map((g) => this.#key(`slots:${g}`)),
          this.replicaId,
          Math.max(3_000, 4 * this.syncMs),
          this.leaseMs,
        ) as Promise<[number, number[], unknown]>,
        Math.max(1_000, 4 * this.syncMs),
        "sync",
      );
      const held: Record<string, number> = {};
      this.#gates.forEach((g, i) => (held[g] = Number(reply[1][i] ?? 0)));
      this.#lastSync = { replicas: Number(reply[0]), held, limits: hashToRecord(reply[2]) };
      if (!this.#up && !recovering) {
        // Answering again after a stall: recover (seed and adopt) before use.
        void this.#recover();
        return;
      }
      this.#setUp(true, "");
      for (const fn of this.#syncListeners) fn(this.#lastSync);
    } catch (err) {
      this.#setUp(false, err instanceof Error ? err.message : String(err));
    }
  }

  async #refresh(): Promise<void> {
    const leases = [...this.#leases.values()].filter((l) => l.inRedis);
    if (!this.#up || leases.length === 0) return;
    try {
      const lost = await timeout(
        this.#scripts.sacvRefresh(
          leases.length,
          ...leases.map((l) => this.#key(`slots:${l.gate}`)),
          ...leases.map((l) => l.id),
        ) as Promise<number[]>,
        Math.max(1_000, this.leaseMs / 3),
        "lease refresh",
      );
      for (const i of lost) {
        const l = leases[Number(i) - 1];
        if (l && this.#leases.has(l.id)) {
          this.#log.warn("redis slot lease lost", { gate: l.gate, lease: l.id });
          l.inRedis = false;
        }
      }
    } catch (err) {
      this.#setUp(false, err instanceof Error ? err.message : String(err));
    }
  }
}
