// Builds the Hono app from an orchestrator client, so main.ts and tests share it.
import { Hono } from "hono";
import type { OrchestratorApi } from "./orchestrator.ts";
import type { Logger } from "../services/common/log.ts";
import { bearerAuth } from "./auth.ts";
import { errorHandler, errorResponse, HttpError } from "./errors.ts";
import { registerProjectRoutes } from "./routes/projects.ts";
import { registerTaskRoutes } from "./routes/tasks.ts";
import { registerMediaRoutes } from "./routes/media.ts";
import { registerDraftRoutes } from "./routes/drafts.ts";
import { registerSystemRoutes } from "./routes/system.ts";
import { registerWebSocket, type SocketRegistry } from "./ws.ts";
import { DEFAULT_UPLOAD_MAX_BYTES } from "./config.ts";

/** Options for {@linkcode createApp}. */
export interface AppOptions {
  orchestrator: OrchestratorApi;
  logger: Logger;
  /** Required bearer token; undefined leaves the API open. */
  apiToken?: string;
  uploadMaxBytes?: number;
  heartbeatMs?: number;
}

/** The gateway app plus a hook to close its WebSockets on shutdown. */
export interface GatewayApp {
  app: Hono;
  /** Closes every open WebSocket (code 1001) and cancels their event streams. */
  closeSockets(): void;
}

/**
 * Builds the gateway: auth, every DESIGN §5 route, `/ws`, and one error
 * handler that maps every failure to `{detail, code}`.
 *
 * @example
 * ```ts
 * const { app } = createApp({ orchestrator: createOrchestratorApi(addr), logger });
 * Deno.serve({ port: 8000 }, app.fetch);
 * ```
 */
export function createApp(options: AppOptions): GatewayApp {
  const deps = {
    orchestrator: options.orchestrator,
    logger: options.logger,
    uploadMaxBytes: options.uploadMaxBytes ?? DEFAULT_UPLOAD_MAX_BYTES,
    heartbeatMs: options.heartbeatMs ?? 15_000,
  };
  const sockets: SocketRegistry = new Set();
  const app = new Hono();
  app.onError(errorHandler(options.logger));
  app.notFound((c) =>
    errorResponse(c, new HttpError(404, `no route for ${c.req.method} ${c.req.path}`, "NOT_FOUND"))
  );
  app.use("*", async (c, next) => {
    const t0 = performance.now();
    await next();
    options.logger.debug("request", {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - t0),
    });
  });
  app.use("*", bearerAuth(options.apiToken));
  registerProjectRoutes(app, deps);
  registerTaskRoutes(app, deps);
  registerMediaRoutes(app, deps);
  registerDraftRoutes(app, deps);
  registerSystemRoutes(app, deps);
  registerWebSocket(app, deps, sockets);
  return {
    app,
    closeSockets() {
      for (const s of [...sockets]) s.close(1001, "gateway shutting down");
      sockets.clear();
    },
  };
}
