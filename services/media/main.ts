// Entry point of the media service: config, gRPC server, signals.
import pLimit from "p-limit";
import { createLogger } from "../common/log.ts";
import { installCrashGuards } from "../common/crash_guard.ts";
import { setInternalToken } from "../common/internal_auth.ts";
import { metricsRegistry, serveMetrics } from "../common/metrics.ts";
import { listenAddr } from "../common/env.ts";
import { exitOnSignal, serve } from "../common/server.ts";
import { loadConfig } from "./config.ts";
import { createMediaService, stopMediaServer } from "./service.ts";
import { MediaMetrics } from "./metrics.ts";

/** Seconds in-flight ffmpeg work may take to finish on SIGTERM before it is cancelled. */
const DRAIN_DEADLINE_MS = 10_000;

let config;
try {
  config = loadConfig();
} catch (err) {
  createLogger("media").error("invalid configuration", { error: err });
  Deno.exit(1);
}
const logger = createLogger("media", { level: config.logLevel });
installCrashGuards(logger);
setInternalToken(config.internalToken);
const limit = pLimit(config.maxProcesses);
const metrics = new MediaMetrics(metricsRegistry("media"), limit);
await serveMetrics(config.metricsAddr, logger);
const media = createMediaService({
  ctx: {
    root: config.mediaRoot,
    ffmpeg: config.ffmpeg,
    ffprobe: config.ffprobe,
    limit,
    encode: config.encode,
  },
  logger,
  metrics,
});
const running = await serve(listenAddr(config.addr), {
  services: [{ name: "sacv.media.v1.MediaService", impl: media.impl }],
  logger,
  onDrain: (deadline) => media.drain(deadline),
});
logger.info("media service ready", { media_root: config.mediaRoot, port: running.port });
exitOnSignal(() => stopMediaServer(running, media, DRAIN_DEADLINE_MS), logger);
