// Gateway entry point: config, orchestrator client, HTTP server, graceful shutdown.
import { loadConfig } from "./config.ts";
import { createApp } from "./app.ts";
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
  heartbeatMs: config.heartbeatMs,
});

const server = Deno.serve({
  port: config.port,
  hostname: config.hostname,
  onListen: ({ hostname, port }) =>
    logger.info("listening", {
      addr: `${hostname}:${port}`,
      port,
      orchestrator: config.orchestratorAddr,
      auth: config.apiToken ? "bearer" : "none",
    }),
}, app.fetch);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info("shutting down", { signal });
  closeSockets();
  const deadline = setTimeout(() => {
    logger.warn("shutdown deadline reached, exiting");
    Deno.exit(0);
  }, 10_000);
  server.shutdown().then(() => {
    clearTimeout(deadline);
    orchestrator.close();
    Deno.exit(0);
  });
};
Deno.addSignalListener("SIGINT", () => stop("SIGINT"));
Deno.addSignalListener("SIGTERM", () => stop("SIGTERM"));
