// Gateway entry point: config, orchestrator client, HTTP server behind the connection guard,
// graceful shutdown.
import { loadConfig } from "./config.ts";
import { createApp } from "./app.ts";
import { startConnGuard } from "./conn_guard.ts";
import { createOrchestratorApi } from "./orchestrator.ts";
import { createLogger } from "../services/common/log.ts";
import { installCrashGuards } from "../services/common/crash_guard.ts";
import { setInternalToken } from "../services/common/internal_auth.ts";

let config;
try {
  config = loadConfig(Deno.env.toObject());
} catch (err) {
  console.error(`gateway: invalid configuration: ${err instanceof Error ? err.message : err}`);
  Deno.exit(2);
}
const logger = createLogger("gateway", { level: config.logLevel });
installCrashGuards(logger);
setInternalToken(config.internalToken);
const orchestrator = createOrchestratorApi(config.orchestratorAddr);
const { app, closeSockets } = createApp({
  orchestrator,
  logger,
  apiToken: config.apiToken,
  uploadMaxBytes: config.uploadMaxBytes,
  jsonMaxBytes: config.jsonMaxBytes,
  heartbeatMs: config.heartbeatMs,
  corsOrigins: config.corsOrigins,
  port: config.port,
});

// The HTTP server listens on loopback only; clients reach it through the guard, which closes
// connections whose request head is too slow (Deno.serve has no header timeout) or that idle.
const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen: () => {} }, app.fetch);
let guard;
try {
  guard = startConnGuard({
    hostname: config.hostname,
    port: config.port,
    backend: { hostname: "127.0.0.1", port: server.addr.port },
    headerTimeoutMs: config.headerTimeoutMs,
    idleTimeoutMs: config.idleTimeoutMs,
    logger,
  });
} catch (err) {
  logger.error("cannot listen", { addr: `${config.hostname}:${config.port}`, error: err });
  Deno.exit(2);
}
logger.info("listening", {
  addr: `${guard.hostname}:${guard.port}`,
  port: guard.port,
  orchestrator: config.orchestratorAddr,
  auth: config.apiToken ? "bearer" : "none",
  cors: config.corsOrigins.join(","),
});

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info("shutting down", { signal });
  guard.close();
  closeSockets();
  const deadline = setTimeout(() => {
    logger.warn("shutdown deadline reached, exiting");
    Deno.exit(0);
  }, 10_000);
  server.shutdown().then(() => {
    clearTimeout(deadline);
    guard.closeAll();
    orchestrator.close();
    Deno.exit(0);
  });
};
Deno.addSignalListener("SIGINT", () => stop("SIGINT"));
Deno.addSignalListener("SIGTERM", () => stop("SIGTERM"));
