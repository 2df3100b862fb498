// The orchestrator's clients for the TTS and media services, created once and shared by the pipelines.
import * as grpc from "@grpc/grpc-js";
import { type AnyClient, unary } from "../common/client.ts";
import type { Logger } from "../common/log.ts";
import { clientConstructor } from "../common/proto.ts";
import { createTtsClient, type TtsClient } from "./clients/tts.ts";
import { createMediaClient, type MediaClient } from "./clients/media.ts";
import { DEADLINES } from "./clients/call_policy.ts";
import { type Endpoint, EndpointPool } from "./clients/endpoints.ts";
import { Discovery, type LookupAll } from "./clients/discovery.ts";
import type { DependencyStatus } from "./messages.ts";

export type * from "./clients/tts.ts";
export type * from "./clients/media.ts";

/**
 * Readiness of one dependency (`sacv.orchestrator.v1.DependencyStatus`, name narrowed);
 * `detail` is "SERVING", or why not (e.g. "UNAVAILABLE: No connection established").
 */
export interface ReadyCheck extends DependencyStatus {
  name: "tts" | "media";
}

/** Both clients plus health checks. */
export interface Clients {
  tts: TtsClient;
  media: MediaClient;
  /** grpc.health.v1 Check on both services with a short deadline; never throws. */
  checkReady(timeoutMs?: number): Promise<ReadyCheck[]>;
  /** Closes every channel. */
  close(): void;
}

/**
 * Addresses of the services: `host:port`, `dns:///name:port` (every address
 * behind the name, looked up again every `resolveIntervalMs`), `ipv4:a:p,b:p`
 * or a comma-separated list of those; one channel per replica.
 */
export interface ClientsConfig {
  ttsAddr: string;
  mediaAddr: string;
  /** Logs retries and lost streams. */
  logger?: Logger;
  /** How long work waits for a ready replica before failing (ms, default 30 000). */
  readyWaitMs?: number;
  /** How often `dns:` targets are looked up again (ms, default 5000). */
  resolveIntervalMs?: number;
  /** Replaces DNS lookups (tests). */
  lookup?: LookupAll;
}

const healthClients = new WeakMap<Endpoint, AnyClient>();

/** A grpc.health.v1 client sharing the endpoint's channel (closed with it). */
function healthOf(ep: Endpoint): AnyClient {
  let health = healthClients.get(ep);
  if (!health) {
    const Health = clientConstructor("grpc.health.v1.Health");
    health = new Health(ep.addr, grpc.credentials.createInsecure(), {
      channelOverride: ep.client.getChannel(),
    }) as AnyClient;
    healthClients.set(ep, health);
  }
  return health;
}

/** The endpoint's health status, or why it could not be had ("UNAVAILABLE: ..."). */
async function checkEndpoint(ep: Endpoint, timeoutMs: number): Promise<string> {
  try {
    const res = await unary<{ service: string }, { status: string }>(
      healthOf(ep),
      "Check",
      { service: "" },
      { timeoutMs },
    );
    return res.status;
  } catch (err) {
    const e = err as { status?: string; message?: string };
    return `${e.status ?? "ERROR"}: ${e.message ?? String(err)}`;
  }
}

/** Ready when at least one replica answers SERVING; the detail names each replica that does not. */
async function check(
  name: ReadyCheck["name"],
  pool: EndpointPool,
  timeoutMs: number,
): Promise<ReadyCheck> {
  const eps = pool.endpoints;
  if (eps.length === 0) return { name, ready: false, detail: "no replica address" };
  const results = await Promise.all(eps.map((ep) => checkEndpoint(ep, timeoutMs)));
  const serving = results.filter((r) => r === "SERVING").length;
  if (eps.length === 1) return { name, ready: serving === 1, detail: results[0] };
  const bad = results.map((r, i) => r === "SERVING" ? "" : `${eps[i].addr} ${r}`).filter(Boolean);
  return {
    name,
    ready: serving > 0,
    detail: bad.length === 0
      ? "SERVING"
      : `${serving}/${eps.length} replicas SERVING; ${bad.join("; ")}`,
  };
}

/**
 * Creates the TTS and media clients. Channels connect lazily, so this never
 * fails when a service is not up yet; work then waits (bounded) for it.
 *
 * @example
 * ```ts
 * const clients = createClients({ ttsAddr: "127.0.0.1:50052", mediaAddr: "127.0.0.1:50053" });
 * console.log(await clients.checkReady());
 * clients.close();
 * ```
 */
export function createClients(config: ClientsConfig): Clients {
  for (const key of ["ttsAddr", "mediaAddr"] as const) {
    const value = config[key];
    if (typeof value !== "string" || value.trim() === "") {
      throw new RangeError(`Cannot create clients as '${key}' is empty: current value is ${value}`);
    }
  }
  const ttsPool = new EndpointPool("sacv.tts.v1.TtsService", []);
  const mediaPool = new EndpointPool("sacv.media.v1.MediaService", []);
  const discovery = {
    intervalMs: config.resolveIntervalMs ?? 5000,
    logger: config.logger,
    lookup: config.lookup,
  };
  const discoveries = [
    new Discovery(ttsPool, config.ttsAddr, discovery),
    new Discovery(mediaPool, config.mediaAddr, discovery),
  ];
  const o = { logger: config.logger, readyWaitMs: config.readyWaitMs };
  return {
    tts: createTtsClient(ttsPool, o),
    media: createMediaClient(mediaPool, o),
    checkReady: (timeoutMs = DEADLINES.health) =>
      Promise.all([check("tts", ttsPool, timeoutMs), check("media", mediaPool, timeoutMs)]),
    close() {
      for (const d of discoveries) d.close();
      ttsPool.close();
      mediaPool.close();
    },
  };
}
