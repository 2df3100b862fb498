// Builds the gateway app from an orchestrator client, so main.ts and tests share it.
import { OpenAPIHono } from "@hono/zod-openapi";
import { cors } from "hono/cors";
import type { OrchestratorApi } from "./orchestrator.ts";
import type { Logger } from "../services/common/log.ts";
import { bearerAuth } from "./auth.ts";
import { DEFAULT_JSON_MAX_BYTES } from "./body.ts";
import { errorHandler, errorResponse, HttpError } from "./errors.ts";
import type { RouteDeps } from "./envelope.ts";
import { validationHook } from "./openapi.ts";
import { registerProjectRoutes } from "./routes/projects.ts";
import { registerTaskRoutes } from "./routes/tasks.ts";
import { registerMediaRoutes } from "./routes/media.ts";
import { registerDraftRoutes } from "./routes/drafts.ts";
import { registerSystemRoutes } from "./routes/system.ts";
import { registerCompat, unsupportedArea } from "./compat/mod.ts";
import { registerDocs } from "./docs.ts";
import { registerMetrics } from "./metrics.ts";
import { registerWebSocket, type SocketRegistry } from "./ws.ts";
import { DEFAULT_UPLOAD_MAX_BYTES, GATEWAY_VERSION } from "./config.ts";

/** Options for {@linkcode createApp}. */
export interface AppOptions {
  orchestrator: OrchestratorApi;
  logger: Logger;
  /** Required bearer token; undefined leaves the API open. */
  apiToken?: string;
  uploadMaxBytes?: number;
  jsonMaxBytes?: number;
  heartbeatMs?: number;
  /** Allowed browser origins (`["*"]` = any, the default). */
  corsOrigins?: string[];
  /** The configured port (reported by /api/server/info when the Host header names none). */
  port?: number;
}

/** The gateway app plus a hook to close its WebSockets on shutdown. */
export interface GatewayApp {
  app: OpenAPIHono;
  /** Closes every open WebSocket (code 1001) and cancels their event streams. */
  closeSockets(): void;
}

/**
 * Builds the gateway: CORS (answered before auth so preflights work with a
 * token set), auth, our routes (routes/), the superAIAutoCutVideo surface
 * (compat/), `/ws`, `/openapi.json`, `/docs`, and one error handler that maps
 * every failure to `{detail, code}`.
 *
 * @example
 * ```ts
 * const { app } = createApp({ orchestrator: createOrchestratorApi(addr), logger });
 * Deno.serve({ port: 8000 }, app.fetch);
 * ```
 */
export function createApp(options: AppOptions): GatewayApp {
  const deps: RouteDeps = {
    orchestrator: options.orchestrator,
    logger: options.logger,
    uploadMaxBytes: options.uploadMaxBytes ?? DEFAULT_UPLOAD_MAX_BYTES,
    jsonMaxBytes: options.jsonMaxBytes ?? DEFAULT_JSON_MAX_BYTES,
    heartbeatMs: options.heartbeatMs ?? 15_000,
    port: options.port ?? 8000,
    version: GATEWAY_VERSION,
    startedAt: new Date().toISOString(),
  };
  const sockets: SocketRegistry = new Set();
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.onError(errorHandler(options.logger));
  app.notFound((c) =>
    errorResponse(
      c,
      unsupportedArea(c.req.path) ??
        new HttpError(404, `no route for ${c.req.method} ${c.req.path}`, "NOT_FOUND"),
    )
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
  const origins = options.corsOrigins ?? ["*"];
  app.use(
    "*",
    cors({
      origin: origins.includes("*") ? "*" : origins,
      allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
      allowHeaders: ["Content-Type", "Authorization", "Range"],
      exposeHeaders: ["Content-Range", "Content-Length", "Accept-Ranges", "Content-Disposition"],
      maxAge: 600,
    }),
  );
  app.use("*", bearerAuth(options.apiToken));
  registerMetrics(app);
  registerProjectRoutes(app, deps);
  registerTaskRoutes(app, deps);
  registerMediaRoutes(app, deps);
  registerDraftRoutes(app, deps);
  registerSystemRoutes(app, deps);
  registerCompat(app, deps);
  registerWebSocket(app, deps, sockets);
  registerDocs(app, { version: deps.version });
  return {
    app,
    closeSockets() {
      for (const s of [...sockets]) s.close(1001, "gateway shutting down");
      sockets.clear();
    },
  };
}
