// Assembles the orchestrator: store, concurrency, scheduler, TTS limit sync and the gRPC server.
import { join } from "node:path";
import { listenAddr } from "../common/env.ts";
import type { Logger } from "../common/log.ts";
import { type RunningServer, serve } from "../common/server.ts";
import type { Clients, MediaClient } from "./clients.ts";
import { ConcurrencySettings } from "./concurrency.ts";
import type { OrchestratorConfig } from "./config.ts";
import { openDatabase } from "./db.ts";
import { EventBus } from "./events.ts";
import type { Pipeline, Scope } from "./pipeline.ts";
import { ProjectStore } from "./projects.ts";
import { TaskScheduler } from "./scheduler.ts";
import { createOrchestratorService } from "./service.ts";
import { TaskStore } from "./tasks.ts";
import { TtsLimitSync } from "./tts_limit.ts";
import { TtsConfigStore } from "./tts_configs.ts";
import { SettingsStore } from "./settings.ts";
import { ChunkedUploads } from "./chunked_upload.ts";
import { ResumeStore } from "./resume.ts";
import type { OrchestratorMetrics } from "./metrics.ts";

/** What {@linkcode startOrchestrator} needs besides the config. */
export interface OrchestratorDeps {
  /** `media` (optional) probes background music at submission and upload. */
  clients: Pick<Clients, "tts" | "checkReady" | "close"> & { media?: Pick<MediaClient, "probe"> };
  pipelines: Record<Scope, Pipeline>;
  /** Script parser refusing malformed scripts (O2's `parseScript`). */
  parseScript(script: unknown): { script: Record<string, unknown> };
  /** Refuses a draft_dir at submit time (defaults to accepting any). */
  checkDraftDir?(dir: string, config: OrchestratorConfig): void;
  /**
   * TTS configs saved through the API (default: `<data>/tts_configs.json`). main.ts creates
   * it first so the pipelines' TTS client can carry the stored credentials.
   */
  ttsConfigs?: TtsConfigStore;
  /** Temp dirs (relative to the media root) a task may leave when killed; removed on recovery. */
  workDirsOf?(taskId: string): string[];
  /** Prometheus series (queue depth and running tasks are bound to the scheduler here). */
  metrics?: OrchestratorMetrics;
  logger: Logger;
}

/** Hands the work dirs of task `from` to task `to` (a rename each; missing ones are skipped). */
function moveWorkDirs(
  deps: Pick<OrchestratorDeps, "workDirsOf">,
  mediaRoot: string,
  from: string,
  to: string,
): void {
  const src = deps.workDirsOf?.(from) ?? [];
  const dst = deps.workDirsOf?.(to) ?? [];
  src.forEach((rel, i) => {
    try {
      Deno.renameSync(join(mediaRoot, rel), join(mediaRoot, dst[i]));
    } catch (err) {
      if (!(err instanceof Deno.errors.NotFound)) throw err;
    }
  });
}

/** A running orchestrator. */
export interface Orchestrator {
  port: number;
  server: RunningServer;
  scheduler: TaskScheduler;
  /** Drains (running tasks get `drainMs`, then are interrupted) and closes everything. */
  stop(): Promise<void>;
}

/**
 * Opens the database, loads the concurrency config, recovers tasks left by a
 * previous run, pushes the tts limit to the TTS service and starts serving.
 */
export async function startOrchestrator(
  config: OrchestratorConfig,
  deps: OrchestratorDeps,
): Promise<Orchestrator> {
  const { logger, clients } = deps;
  const db = openDatabase(config.dataDir);
  const projects = new ProjectStore(db);
  const tasks = new TaskStore(db);
  const bus = new EventBus();
  const concurrency = ConcurrencySettings.load(config.dataDir, { env: config.envWorkers });
  const ttsSync = new TtsLimitSync(
    (n, signal) => clients.tts.setGlobalLimit(n, signal),
    logger.child({ component: "tts_limit" }),
    { resyncMs: config.ttsResyncMs },
  );
  const scheduler = new TaskScheduler({
    tasks,
    projects,
    bus,
    logger,
    pipelines: deps.pipelines,
    workers: {
      generate_video: concurrency.effective("generate_video").max_workers,
      generate_jianying_draft: concurrency.effective("generate_jianying_draft").max_workers,
    },
    mediaRoot: config.uploadsDir,
    dataDir: config.dataDir,
    metrics: deps.metrics,
    resume: {
      store: new ResumeStore(db),
      enabled: config.resumeInterrupted,
      moveWorkDir: (from, to) => moveWorkDirs(deps, config.uploadsDir, from, to),
      discardWorkDir: (id) => {
        for (const rel of deps.workDirsOf?.(id) ?? []) {
          try {
            Deno.removeSync(join(config.uploadsDir, rel), { recursive: true });
          } catch (err) {
            if (!(err instanceof Deno.errors.NotFound)) {
              logger.warn("cannot remove work dir", { task_id: id, error: err });
            }
          }
        }
      },
    },
  });
  deps.metrics?.bind({ pool: (scope) => scheduler.pool(scope) });
  const apply = (scopes: readonly string[]) => {
    for (const scope of scopes) {
      if (scope === "tts") ttsSync.set(concurrency.effective("tts").max_workers);
      else if (scope === "generate_video" || scope === "generate_jianying_draft") {
        scheduler.resize(scope, concurrency.effective(scope).max_workers);
      }
    }
    logger.info("concurrency applied", { scopes, effective: concurrency.state().effective });
  };
  concurrency.onChange((_state, changed) => {
    // The tts value is pushed even when unchanged here: the TTS service may have been restarted.
    apply(changed.includes("tts") ? changed : [...changed, "tts"]);
  });
  ttsSync.set(concurrency.effective("tts").max_workers);
  // A replica found by discovery gets the limit at once, not at the next periodic re-push.
  const unwatch = clients.tts.pool?.onChange(({ added }) => {
    if (added.length > 0) ttsSync.set(concurrency.effective("tts").max_workers);
  });
  const recovered = scheduler.recover();
  logger.info("tasks recovered", recovered);
  // A task killed mid-run (crash, SIGKILL) could not clean up after itself.
  for (const id of recovered.interrupted) {
    for (const rel of deps.workDirsOf?.(id) ?? []) {
      await Deno.remove(join(config.uploadsDir, rel), { recursive: true }).catch(() => {});
    }
  }

  const service = createOrchestratorService({
    projects,
    tasks,
    scheduler,
    bus,
    concurrency,
    clients,
    parseScript: deps.parseScript,
    applyConcurrency: apply,
    checkDraftDir: (dir) => deps.checkDraftDir?.(dir, config),
    checkDatabase: () => void db.prepare("SELECT 1").get(),
    ttsConfigs: deps.ttsConfigs ?? new TtsConfigStore(config.dataDir),
    settings: new SettingsStore(config.dataDir),
    uploads: new ChunkedUploads(config.uploadsDir),
    ttsReadyWaitMs: config.dependencyWaitMs,
    mediaRoot: config.uploadsDir,
    uploadsDir: config.uploadsDir,
    dataDir: config.dataDir,
    heartbeatMs: config.heartbeatMs,
    logger,
  });
  let server: RunningServer;
  try {
    server = await serve(listenAddr(config.addr), {
      services: [{ name: "sacv.orchestrator.v1.OrchestratorService", impl: service.impl }],
      logger,
      onDrain: async (signal) => {
        await scheduler.shutdown(signal);
        service.closeStreams();
      },
    });
  } catch (err) {
    ttsSync.close();
    db.close();
    throw err;
  }
  let stopping: Promise<void> | undefined;
  return {
    port: server.port,
    server,
    scheduler,
    stop() {
      stopping ??= (async () => {
        try {
          await server.shutdown(config.drainMs);
        } finally {
          unwatch?.();
          ttsSync.close();
          clients.close();
          db.close();
        }
      })();
      return stopping;
    },
  };
}
