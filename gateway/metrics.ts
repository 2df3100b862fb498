// Gateway Prometheus metrics: request counts and durations per route (@hono/prometheus over the
// process registry of services/common/metrics.ts), served at GET /metrics on the gateway port.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { prometheus } from "@hono/prometheus";
import type { MiddlewareHandler } from "hono";
import { metricsRegistry } from "../services/common/metrics.ts";

let recorder: MiddlewareHandler | undefined;

/**
 * Records every request (`sacv_gateway_http_requests_total`,
 * `sacv_gateway_http_request_duration_seconds`, labelled by method, route
 * pattern and status; never by ids) and serves the registry at `/metrics`.
 * Behind the bearer token like every route except the health probes.
 */
export function registerMetrics(app: OpenAPIHono): void {
  // The series live in the process registry: create them once, however many apps (tests) exist.
  recorder ??= prometheus({
    registry: metricsRegistry("gateway"),
    prefix: "sacv_gateway_",
  }).registerMetrics;
  app.use("*", recorder);
  app.openapi(
    createRoute({
      method: "get",
      path: "/metrics",
      tags: ["system"],
      summary: "Prometheus metrics (text exposition format)",
      responses: {
        200: {
          description: "Every series of the gateway process",
          content: { "text/plain": { schema: z.string() } },
        },
      },
    }),
    async (c) => {
      const reg = metricsRegistry("gateway");
      return c.text(await reg.metrics(), 200, { "content-type": reg.contentType });
    },
  );
}
