// Finds a service's replicas and keeps the endpoint pool in step with them: `dns:///name:port`
// targets are looked up (every A/AAAA record) again every interval, so a replica added with
// `docker compose up --scale` gets work without a restart and a removed one drains.
import { lookup } from "node:dns/promises";
import type { Logger } from "../../common/log.ts";
import type { EndpointPool } from "./endpoints.ts";

/** Looks up every address of a host name. */
export type LookupAll = (host: string) => Promise<string[]>;

/** One entry of a target list. */
export interface TargetEntry {
  host: string;
  port: number;
  /** True for `dns:` names, which are looked up by us (one channel per address). */
  lookup: boolean;
}

const defaultLookup: LookupAll = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

function splitHostPort(s: string, whole: string): { host: string; port: number } {
  const m = /^\[([^\]]+)\]:(\d+)$/.exec(s) ?? /^([^:\s]+):(\d+)$/.exec(s);
  const port = m ? Number(m[2]) : NaN;
  if (!m || !(port >= 1 && port <= 65535)) {
    throw new RangeError(
      `Cannot use service address as '${s}' is not host:port: current value is ${whole}`,
    );
  }
  return { host: m[1], port };
}

/**
 * Parses a service address: `host:port`, `dns:///name:port` (or `dns:name:port`),
 * `ipv4:1.2.3.4:50052,1.2.3.5:50052`, or any comma-separated mix of those.
 * `dns:` names are looked up by {@linkcode Discovery}; `host:port` entries are
 * used as they are (grpc-js resolves a plain name itself, to one replica).
 */
export function parseTargets(target: string): TargetEntry[] {
  const out: TargetEntry[] = [];
  let family = "";
  for (const raw of target.split(",").map((s) => s.trim()).filter(Boolean)) {
    let s = raw;
    const scheme = /^(dns|ipv4|ipv6):(?:\/\/[^/]*\/)?/.exec(s);
    if (scheme) {
      family = scheme[1];
      s = s.slice(scheme[0].length);
    } else if (family !== "ipv4" && family !== "ipv6") family = "";
    out.push({ ...splitHostPort(s, target), lookup: family === "dns" });
  }
  if (out.length === 0) {
    throw new RangeError(`Cannot use service address as it is empty: current value is ${target}`);
  }
  return out;
}

/** `host:port` with brackets for IPv6 literals. */
function addr(host: string, port: number): string {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}

/**
 * The addresses `entries` stand for now, sorted and unique. A name that cannot
 * be looked up contributes nothing; undefined when every lookup failed (the
 * caller then keeps what it had).
 */
export async function resolveTargets(
  entries: readonly TargetEntry[],
  lookupAll: LookupAll = defaultLookup,
): Promise<string[] | undefined> {
  const found = new Set<string>();
  let failures = 0;
  let lookups = 0;
  await Promise.all(entries.map(async (e) => {
    if (!e.lookup) return void found.add(addr(e.host, e.port));
    lookups++;
    try {
      for (const ip of await lookupAll(e.host)) found.add(addr(ip, e.port));
    } catch {
      failures++;
    }
  }));
  if (lookups > 0 && failures === lookups && found.size === 0) return undefined;
  return [...found].sort();
}

/** Options for {@linkcode Discovery}. */
export interface DiscoveryOptions {
  /** Re-resolve interval (ms, SACV_RESOLVE_INTERVAL_MS). */
  intervalMs: number;
  logger?: Logger;
  lookup?: LookupAll;
}

/**
 * Keeps `pool`'s addresses equal to what `target` resolves to: at once, then
 * every `intervalMs` when it names any `dns:` entry. A failed or empty lookup
 * keeps the current addresses (a DNS hiccup must not drain every replica).
 */
export class Discovery {
  readonly entries: readonly TargetEntry[];
  #pool: EndpointPool;
  #o: DiscoveryOptions;
  #timer: ReturnType<typeof setInterval> | undefined;
  #closed = false;
  #warned = false;

  constructor(pool: EndpointPool, target: string, options: DiscoveryOptions) {
    if (!Number.isInteger(options.intervalMs) || options.intervalMs < 100) {
      throw new RangeError(
        `Cannot discover replicas as 'intervalMs' must be an integer >= 100: current value is ${options.intervalMs}`,
      );
    }
    this.entries = parseTargets(target);
    this.#pool = pool;
    this.#o = options;
    if (this.entries.some((e) => e.lookup)) {
      void this.refresh();
      this.#timer = setInterval(() => void this.refresh(), options.intervalMs);
      Deno.unrefTimer(this.#timer as unknown as number);
    } else {
      pool.set(this.entries.map((e) => addr(e.host, e.port)));
    }
  }

  /** Resolves now and updates the pool; never throws. */
  async refresh(): Promise<void> {
    const addrs = await resolveTargets(this.entries, this.#o.lookup).catch(() => undefined);
    if (this.#closed) return;
    if (!addrs || addrs.length === 0) {
      if (!this.#warned) {
        this.#o.logger?.warn("replica lookup found nothing; keeping the known replicas", {
          dependency: this.#pool.service,
          known: this.#pool.endpoints.map((e) => e.addr),
        });
      }
      this.#warned = true;
      return;
    }
    this.#warned = false;
    const { added, removed } = this.#pool.set(addrs);
    if (added.length || removed.length) {
      this.#o.logger?.info("replicas changed", {
        dependency: this.#pool.service,
        added,
        removed,
        replicas: addrs.length,
      });
    }
  }

  /** Stops re-resolving. */
  close(): void {
    this.#closed = true;
    clearInterval(this.#timer);
  }
}
