// Prometheus metrics: one registry per process (with the runtime's default metrics, labelled
// by service) and a small HTTP server answering GET /metrics for it.
import { collectDefaultMetrics, Registry } from "prom-client";
import type { Logger } from "./log.ts";

let registry: Registry | undefined;

/**
 * The process's metrics registry. The first call names the service (the
 * `service` label on every series) and starts collecting the runtime's
 * default metrics (CPU, memory, event-loop lag); later calls return the same one.
 *
 * @example
 * ```ts
 * import { Counter } from "prom-client";
 * const throttles = new Counter({
 *   name: "sacv_tts_throttles_total",
 *   help: "Provider calls answered with throttling",
 *   labelNames: ["provider"],
 *   registers: [metricsRegistry("tts")],
 * });
 * ```
 */
export function metricsRegistry(service = "sacv"): Registry {
  if (!registry) {
    registry = new Registry();
    registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: registry, prefix: "sacv_" });
  }
  return registry;
}

/** A running metrics endpoint. */
export interface MetricsServer {
  /** The bound port (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

/** Answers `GET /metrics` in the Prometheus text format; anything else is 404. */
export async function metricsResponse(req: Request, reg: Registry): Promise<Response> {
  if (new URL(req.url).pathname !== "/metrics" || req.method !== "GET") {
    return new Response("not found\n", { status: 404 });
  }
  return new Response(await reg.metrics(), { headers: { "content-type": reg.contentType } });
}

/**
 * Serves the process registry at `http://<addr>/metrics`. `addr` is
 * `host:port` (port 0 picks one) or `off`. A port that cannot be bound is
 * logged and skipped (metrics must never stop a service): resolves undefined then.
 */
export function serveMetrics(
  addr: string,
  logger: Logger,
  reg: Registry = metricsRegistry(),
): Promise<MetricsServer | undefined> {
  if (addr === "off") return Promise.resolve(undefined);
  const i = addr.lastIndexOf(":");
  const hostname = addr.slice(0, i).replace(/^\[|\]$/g, "");
  const port = Number(addr.slice(i + 1));
  return new Promise((resolve) => {
    try {
      const server = Deno.serve({
        hostname,
        port,
        onListen: (a) => {
          logger.info("metrics listening", { addr: `${hostname}:${a.port}`, path: "/metrics" });
          resolve({ port: a.port, close: () => server.shutdown() });
        },
        onError: (err) => {
          logger.warn("metrics request failed", { error: err });
          return new Response("metrics unavailable\n", { status: 500 });
        },
      }, (req) => metricsResponse(req, reg));
    } catch (err) {
      logger.warn("metrics endpoint not started", { addr, error: err });
      resolve(undefined);
    }
  });
}
