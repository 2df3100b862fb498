// This replica's view of the limits kept in Redis (global, configured and effective per
// provider, epochs), of the replica count and slots held, and of changes made while Redis was away.

/** One provider's limits as last read from Redis. */
export interface CachedLimit {
  configured: number;
  effective: number;
  /** Changes when the effective limit drops (see AdaptiveLimit.epoch). */
  epoch: number;
}

/** What applying a read-back changed. */
export interface LimitsChange {
  /** A configured limit (or the global one) changed. */
  changed: boolean;
  /** A limit grew: waiting callers may ask again at once. */
  grew: boolean;
}

/**
 * The limits as this replica knows them. Redis is the truth: every read-back
 * (`apply`) replaces what is here. A SetLimits made while Redis is away is
 * applied here and remembered (`pending`), to be pushed when Redis answers.
 */
export class SharedLimits {
  global: number;
  readonly providers = new Map<string, CachedLimit>();
  /** Replicas seen in the heartbeats (at least 1). */
  replicas = 1;
  /** Slots held across the cluster per gate, from the last read-back. */
  held: Record<string, number> = {};
  #pending?: { global: number; providers: Record<string, number> };
  readonly #onConfigured?: (provider: string, limit: number) => void;

  constructor(
    global: number,
    providers: Record<string, number>,
    onConfigured?: (provider: string, limit: number) => void,
  ) {
    this.global = global;
    for (const [p, n] of Object.entries(providers)) {
      this.providers.set(p, { configured: n, effective: n, epoch: 0 });
    }
    this.#onConfigured = onConfigured;
  }

  /** Applies a limits hash read from Redis (and, from a sync, the replica count and slots held). */
  apply(
    limits: Record<string, number>,
    sync?: { replicas: number; held: Record<string, number> },
  ): LimitsChange {
    if (sync) {
      this.replicas = Math.max(1, sync.replicas);
      this.held = sync.held;
    }
    let changed = false;
    let grew = false;
    if (limits.global > 0) {
      grew ||= limits.global > this.global;
      changed ||= limits.global !== this.global;
      this.global = limits.global;
    }
    for (const [p, c] of this.providers) {
      const configured = limits[`configured:${p}`];
      const effective = limits[`effective:${p}`];
      if (configured > 0 && configured !== c.configured) {
        changed = true;
        c.configured = configured;
        this.#onConfigured?.(p, configured);
      }
      if (effective > 0) {
        grew ||= effective > c.effective;
        c.effective = effective;
      }
      if (Number.isFinite(limits[`epoch:${p}`])) c.epoch = limits[`epoch:${p}`];
    }
    return { changed, grew };
  }

  /** Applies an adaptive change answered by Redis; true when the limit grew. */
  adapted(provider: string, r: { effective: number; epoch: number }): boolean {
    const c = this.providers.get(provider);
    if (!c || r.epoch < c.epoch) return false;
    const grew = r.effective > c.effective;
    c.effective = r.effective;
    c.epoch = r.epoch;
    return grew;
  }

  /** A SetLimits while Redis is away: applied here, pushed when Redis is back. */
  setLocally(global: number | undefined, providers: Record<string, number>): void {
    // A new object each time, so a push under way cannot forget a later change.
    const before = this.#pending;
    this.#pending = {
      global: global || before?.global || 0,
      providers: { ...before?.providers, ...providers },
    };
    if (global) this.global = global;
    for (const [p, n] of Object.entries(providers)) {
      const c = this.providers.get(p)!;
      c.configured = c.effective = n;
    }
  }

  /** The SetLimits made while Redis was away, if any. */
  get pending(): { global: number; providers: Record<string, number> } | undefined {
    return this.#pending;
  }

  /** Forgets `pushed` once Redis has it (unless a newer change replaced it meanwhile). */
  pushed(pushed: { global: number; providers: Record<string, number> }): void {
    if (this.#pending === pushed) this.#pending = undefined;
  }

  /** The limits hash fields to seed an empty (or restarted) Redis with. */
  seedFields(): Record<string, number> {
    const fields: Record<string, number> = { global: this.global };
    for (const [p, c] of this.providers) {
      fields[`configured:${p}`] = c.configured;
      fields[`effective:${p}`] = c.effective;
      fields[`epoch:${p}`] = c.epoch;
      fields[`credit:${p}`] = 0;
    }
    return fields;
  }
}
