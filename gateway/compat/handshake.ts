// The handshake the superAIAutoCutVideo frontend does before anything else: it scans ports for
// `/api/server/info` answering its backend identifier, then checks `/api/hello`.
import { createRoute } from "@hono/zod-openapi";
import { type App, ok, type RouteDeps } from "../envelope.ts";
import { envelope, json, z } from "../openapi.ts";
import { COMPAT_TAG } from "./envelope.ts";

/** What the frontend requires in `data.identifier` to accept a backend. */
export const BACKEND_IDENTIFIER = "super-auto-cut-video-backend";

const ServerInfo = z.object({
  identifier: z.literal(BACKEND_IDENTIFIER),
  version: z.string(),
  host: z.string(),
  port: z.number().int(),
  started_at: z.string(),
  status: z.literal("running"),
  boot_token: z.string(),
}).openapi("ServerInfo");

/** The host and port the client reached, from the Host header (the gateway may sit behind a port map). */
function reached(
  hostHeader: string | undefined,
  fallbackPort: number,
): { host: string; port: number } {
  const m = (hostHeader ?? "").match(/^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/);
  const port = m?.[2] ? Number(m[2]) : fallbackPort;
  return { host: m?.[1] ?? "127.0.0.1", port: port > 0 && port < 65536 ? port : fallbackPort };
}

/** Registers `/api/server/info` and `/api/hello`. */
export function registerHandshake(app: App, deps: RouteDeps): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/server/info",
      tags: [COMPAT_TAG],
      summary: "Backend identity and the port the client reached (the frontend's port scan)",
      responses: { 200: json(envelope(ServerInfo)) },
    }),
    (c) => {
      const { host, port } = reached(c.req.header("host"), deps.port);
      return ok(c, {
        identifier: BACKEND_IDENTIFIER as typeof BACKEND_IDENTIFIER,
        version: deps.version,
        host,
        port,
        started_at: deps.startedAt,
        status: "running" as const,
        boot_token: "",
      }, "server info");
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/hello",
      tags: [COMPAT_TAG],
      summary: "Connection test",
      responses: {
        200: json(z.object({ message: z.string(), timestamp: z.string() })),
      },
    }),
    (c) =>
      c.json({ message: "Hello from the SACV gateway", timestamp: new Date().toISOString() }, 200),
  );
}
