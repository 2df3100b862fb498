// Entry point: wires config, clients, pipelines and the orchestrator server, then waits for a signal.
import { SacvError } from "../common/errors.ts";
import { createLogger } from "../common/log.ts";
import { installCrashGuards } from "../common/crash_guard.ts";
import { setInternalToken } from "../common/internal_auth.ts";
import { metricsRegistry, serveMetrics } from "../common/metrics.ts";
import { exitOnSignal } from "../common/server.ts";
import { startOrchestrator } from "./app.ts";
import { OrchestratorMetrics } from "./metrics.ts";
import { createClients } from "./clients.ts";
import { loadConfig, type OrchestratorConfig } from "./config.ts";
import type { PipelineContext } from "./pipeline.ts";
import { generateVideo, workDirOf } from "./pipelines/generate_video.ts";
import { draftsDirOf, generateJianyingDraft } from "./pipelines/jianying_draft.ts";
import { parseScript } from "./script.ts";
import { TtsConfigStore } from "./tts_configs.ts";
import { withStoredCredentials } from "./tts_credentials.ts";
import { checkDirInside } from "./safe_path.ts";

/** Refuses at submit time a draft_dir the draft pipeline would refuse when it runs. */
function checkDraftDir(dir: string, cfg: OrchestratorConfig): void {
  const probe = {
    options: { tts: {}, draftDir: dir },
    dataDir: cfg.dataDir,
    mediaRoot: cfg.uploadsDir,
  };
  try {
    checkDirInside(draftsDirOf(probe as PipelineContext), [cfg.dataDir, cfg.uploadsDir], {
      field: "draft_dir",
    });
  } catch (err) {
    throw new SacvError("INVALID_ARGUMENT", (err as Error).message, {
      reason: "DRAFT_DIR_OUTSIDE",
      details: { field: "draft_dir" },
    });
  }
}

let config: OrchestratorConfig;
try {
  config = loadConfig();
} catch (err) {
  console.error(JSON.stringify({ level: "error", service: "orchestrator", msg: String(err) }));
  Deno.exit(2);
}
const logger = createLogger("orchestrator", { level: config.logLevel });
installCrashGuards(logger);
setInternalToken(config.internalToken);
const metrics = new OrchestratorMetrics(metricsRegistry("orchestrator"));
await serveMetrics(config.metricsAddr, logger);
let ttsConfigs: TtsConfigStore;
try {
  ttsConfigs = new TtsConfigStore(config.dataDir);
} catch (err) {
  logger.error("cannot read the TTS configs", { error: err });
  Deno.exit(2);
}
// Every synthesis carries the credentials saved through the API for its provider, if any.
const clients = withStoredCredentials(
  createClients({
    ttsAddr: config.ttsAddr,
    mediaAddr: config.mediaAddr,
    logger: logger.child({ component: "clients" }),
    readyWaitMs: config.dependencyWaitMs,
    resolveIntervalMs: config.resolveIntervalMs,
  }),
  ttsConfigs,
);
metrics.bind({ replicas: { tts: clients.tts.pool, media: clients.media.pool } });
const orchestrator = await startOrchestrator(config, {
  clients,
  metrics,
  pipelines: {
    generate_video: (ctx) =>
      generateVideo(ctx, clients, { subtitleMaxChars: config.subtitleMaxChars }),
    generate_jianying_draft: (ctx) =>
      generateJianyingDraft(ctx, clients, { subtitleMaxChars: config.subtitleMaxChars }),
  },
  parseScript,
  checkDraftDir,
  ttsConfigs,
  workDirsOf: (taskId) => [workDirOf(taskId)],
  logger,
}).catch((err) => {
  // A malformed concurrency file or an unusable database: say so and stop, without a stack.
  logger.error("cannot start", { error: err });
  clients.close();
  Deno.exit(2);
});
logger.info("orchestrator started", {
  port: orchestrator.port,
  data_dir: config.dataDir,
  uploads_dir: config.uploadsDir,
  tts_addr: config.ttsAddr,
  media_addr: config.mediaAddr,
});
exitOnSignal(() => orchestrator.stop(), logger);
