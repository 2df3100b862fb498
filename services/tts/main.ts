// Entry point of the TTS service: config, server, signals.
import { createLogger } from "../common/log.ts";
import { installCrashGuards } from "../common/crash_guard.ts";
import { setInternalToken } from "../common/internal_auth.ts";
import { metricsRegistry, serveMetrics } from "../common/metrics.ts";
import { exitOnSignal } from "../common/server.ts";
import { loadConfig } from "./config.ts";
import { startTtsService } from "./app.ts";

let config;
try {
  config = loadConfig();
} catch (err) {
  console.error(`tts: invalid configuration: ${err instanceof Error ? err.message : err}`);
  Deno.exit(2);
}
const logger = createLogger("tts", { level: config.logLevel });
installCrashGuards(logger);
setInternalToken(config.internalToken);
const registry = metricsRegistry("tts");
await serveMetrics(config.metricsAddr, logger);
let tts;
try {
  tts = await startTtsService(config, { logger, metrics: registry });
} catch (err) {
  console.error(`tts: cannot start: ${err instanceof Error ? err.message : err}`);
  Deno.exit(2);
}
exitOnSignal(() => tts.stop(config.drainMs), logger);
