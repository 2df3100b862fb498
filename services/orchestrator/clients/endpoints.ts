// The replicas of one service the orchestrator calls: a channel per address, ready-state
// tracking, least-in-flight choice, a short cooldown after a failure, and a bounded wait
// for a ready replica (so the first call after a restart waits instead of failing at once).
import * as grpc from "@grpc/grpc-js";
import { type AnyClient, createClient } from "../../common/client.ts";
import { CancelledError, SacvError } from "../../common/errors.ts";
import type { ServiceName } from "../../common/proto.ts";
import { CHANNEL_OPTIONS } from "./call_policy.ts";

/** One replica (or, for a `dns:///` target grpc-js balances itself, one channel). */
export interface Endpoint {
  /** The gRPC target of this channel. */
  readonly addr: string;
  /** A client of the pool's service on this channel. */
  readonly client: AnyClient;
  /** Calls (or stream items) this orchestrator has in flight here. */
  inFlight: number;
  /** True once the address is gone from the pool: finishes what it has, gets nothing new. */
  draining: boolean;
  /** Consecutive transient failures; 0 after a success. */
  failures: number;
  /** `Date.now()` before which the endpoint is not picked (after a failure). */
  coolUntil: number;
}

/** Options for {@linkcode EndpointPool}. */
export interface EndpointPoolOptions {
  /** Extra grpc-js channel options. */
  channelOptions?: grpc.ChannelOptions;
  /** Longest cooldown after repeated failures (ms, default 3000). */
  maxCooldownMs?: number;
}

const { READY, SHUTDOWN } = grpc.connectivityState;

/** Cooldown after the n-th consecutive failure: 200 ms doubling, capped, ±20 % jitter. */
export function cooldownMs(failures: number, maxMs = 3000): number {
  const base = Math.min(maxMs, 200 * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/**
 * The channels to a service's replicas. Addresses are given as a list
 * (`set`); each gets its own channel. An address that leaves the list drains:
 * calls already made on it finish, no new one is picked, and its channel
 * closes once nothing is in flight.
 *
 * @example
 * ```ts
 * const pool = new EndpointPool("sacv.media.v1.MediaService", ["127.0.0.1:50053"]);
 * const ep = await pool.acquire(AbortSignal.timeout(60_000), 30_000);
 * const done = pool.begin(ep);
 * try {
 *   // call ep.client
 * } finally {
 *   done();
 * }
 * pool.close();
 * ```
 */
export class EndpointPool {
  readonly service: ServiceName;
  #options: EndpointPoolOptions;
  #endpoints = new Map<string, Endpoint>();
  #draining = new Set<Endpoint>();
  #waiters = new Set<() => void>();
  #watched = new WeakSet<Endpoint>();
  #closed = false;
  #listeners = new Set<(change: { added: string[]; removed: string[] }) => void>();

  constructor(service: ServiceName, addrs: readonly string[], options: EndpointPoolOptions = {}) {
    this.service = service;
    this.#options = options;
    this.set(addrs);
  }

  /** The endpoints taking new work, in address order. */
  get endpoints(): Endpoint[] {
    return [...this.#endpoints.values()];
  }

  /** Every address with a channel, including draining ones (for diagnostics). */
  get addresses(): { addr: string; draining: boolean; inFlight: number }[] {
    return [...this.#endpoints.values(), ...this.#draining].map((e) => ({
      addr: e.addr,
      draining: e.draining,
      inFlight: e.inFlight,
    }));
  }

  /**
   * Makes `addrs` the pool's addresses: new ones get a channel, missing ones
   * drain. Returns what changed.
   */
  set(addrs: readonly string[]): { added: string[]; removed: string[] } {
    if (this.#closed) return { added: [], removed: [] };
    const want = new Set(addrs);
    const added: string[] = [];
    const removed: string[] = [];
    for (const addr of want) {
      if (this.#endpoints.has(addr)) continue;
      const client = createClient(this.service, addr, {
        ...CHANNEL_OPTIONS,
        ...this.#options.channelOptions,
      });
      this.#endpoints.set(addr, {
        addr,
        client,
        inFlight: 0,
        draining: false,
        failures: 0,
        coolUntil: 0,
      });
      added.push(addr);
    }
    for (const [addr, ep] of this.#endpoints) {
      if (want.has(addr)) continue;
      this.#endpoints.delete(addr);
      ep.draining = true;
      removed.push(addr);
      if (ep.inFlight === 0) ep.client.close();
      else this.#draining.add(ep);
    }
    if (added.length || removed.length) {
      this.#wake();
      for (const cb of this.#listeners) cb({ added, removed });
    }
    return { added, removed };
  }

  /** Calls `cb` after every change of the address list; returns the unsubscribe function. */
  onChange(cb: (change: { added: string[]; removed: string[] }) => void): () => void {
    this.#listeners.add(cb);
    return () => this.#listeners.delete(cb);
  }

  /** True when the endpoint can take a call now: its channel is READY and it is not cooling down. */
  isReady(ep: Endpoint, now = Date.now()): boolean {
    if (ep.draining || ep.coolUntil > now) return false;
    return ep.client.getChannel().getConnectivityState(true) === READY;
  }

  /** Ready endpoints, least in flight first (ties: fewest recent failures, then address order). */
  ready(): Endpoint[] {
    const now = Date.now();
    return this.endpoints.filter((ep) => this.isReady(ep, now))
      .sort((a, b) => a.inFlight - b.inFlight || a.failures - b.failures);
  }

  /** The ready endpoint with the least in flight, if any. */
  pick(): Endpoint | undefined {
    return this.ready()[0];
  }

  /**
   * Waits (at most `timeoutMs`) for a ready endpoint and returns the least
   * loaded one. Rejects with UNAVAILABLE (reason DEPENDENCY_UNAVAILABLE)
   * naming the service and addresses when none gets ready in time, or with
   * CancelledError when `signal` aborts.
   */
  async acquire(signal: AbortSignal | undefined, timeoutMs: number): Promise<Endpoint> {
    const deadline = Date.now() + timeoutMs;
    while (true) {
      if (signal?.aborted) throw new CancelledError();
      if (this.#closed) {
        throw new SacvError("UNAVAILABLE", `${this.service} client is closed`, {
          reason: "CLIENT_CLOSED",
        });
      }
      const ep = this.pick();
      if (ep) return ep;
      const left = deadline - Date.now();
      if (left <= 0) throw this.unavailable(timeoutMs);
      await this.changed(signal, Math.min(left, 500));
    }
  }

  /**
   * Like {@linkcode EndpointPool.acquire}, and counts the call on the chosen
   * replica in the same step (so concurrent callers spread instead of all
   * choosing the replica that was least busy before any of them began).
   * Call `release` when the call ends.
   */
  async lease(
    signal: AbortSignal | undefined,
    timeoutMs: number,
  ): Promise<{ ep: Endpoint; release: () => void }> {
    let ep = this.pick();
    if (!ep) {
      const waited = await this.acquire(signal, timeoutMs);
      // Picked again in this same step: others may have begun calls while we waited.
      ep = this.pick() ?? waited;
    }
    return { ep, release: this.begin(ep) };
  }

  /** The UNAVAILABLE error for "no replica became ready within `waitedMs`". */
  unavailable(waitedMs: number): SacvError {
    const addrs = this.endpoints.map((e) => e.addr).join(", ") || "(no address)";
    return new SacvError(
      "UNAVAILABLE",
      `${this.service} unreachable: no ready replica at ${addrs} within ${
        Math.round(waitedMs / 100) / 10
      } s`,
      { reason: "DEPENDENCY_UNAVAILABLE", retryable: true },
    );
  }

  /**
   * Resolves when an endpoint's connectivity changes, the address list
   * changes, a failure is recorded or released, `maxWaitMs` passes, or
   * `signal` aborts, whichever is first.
   */
  changed(signal: AbortSignal | undefined, maxWaitMs: number): Promise<void> {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      // A cooldown ending is a change too: wake then rather than at the end of maxWaitMs.
      const now = Date.now();
      let wait = Math.max(0, maxWaitMs);
      for (const ep of this.#endpoints.values()) {
        if (ep.coolUntil > now) wait = Math.min(wait, ep.coolUntil - now);
      }
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        this.#waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, wait);
      signal?.addEventListener("abort", done, { once: true });
      this.#waiters.add(done);
      for (const ep of this.#endpoints.values()) this.#watch(ep);
    });
  }

  /** Counts a call on `ep`; the returned function ends it (idempotent). */
  begin(ep: Endpoint): () => void {
    ep.inFlight++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      ep.inFlight--;
      if (ep.draining && ep.inFlight === 0 && this.#draining.delete(ep)) ep.client.close();
      this.#wake();
    };
  }

  /** Records a transient failure of `ep` (connection dropped, refused, shutting down). */
  failed(ep: Endpoint): void {
    ep.failures++;
    ep.coolUntil = Date.now() + cooldownMs(ep.failures, this.#options.maxCooldownMs);
    this.#wake();
  }

  /** Records a success of `ep`. */
  succeeded(ep: Endpoint): void {
    ep.failures = 0;
    ep.coolUntil = 0;
  }

  /** Closes every channel; waiting acquires reject. */
  close(): void {
    this.#closed = true;
    for (const ep of [...this.#endpoints.values(), ...this.#draining]) ep.client.close();
    this.#endpoints.clear();
    this.#draining.clear();
    this.#wake();
  }

  #wake(): void {
    for (const w of [...this.#waiters]) w();
  }

  /** Watches `ep`'s channel state (one watch at a time) and wakes waiters on every change. */
  #watch(ep: Endpoint): void {
    if (this.#watched.has(ep)) return;
    const channel = ep.client.getChannel();
    const state = channel.getConnectivityState(true);
    if (state === SHUTDOWN) return;
    this.#watched.add(ep);
    // A bounded deadline keeps no timer alive for long once nobody waits.
    channel.watchConnectivityState(state, Date.now() + 1000, () => {
      this.#watched.delete(ep);
      this.#wake();
    });
  }
}
