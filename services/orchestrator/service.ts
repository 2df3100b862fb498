// The sacv.orchestrator.v1.OrchestratorService implementation: validation and mapping only.
// Handlers live by area in service_*.ts; this module gives each area what it needs.
import type * as grpc from "@grpc/grpc-js";
import type { Logger } from "../common/log.ts";
import type { ChunkedUploads } from "./chunked_upload.ts";
import type { Clients, MediaClient } from "./clients.ts";
import type { ConcurrencySettings } from "./concurrency.ts";
import type { EventBus } from "./events.ts";
import type { ProjectStore } from "./projects.ts";
import type { TaskScheduler } from "./scheduler.ts";
import { fileHandlers } from "./service_files.ts";
import { projectHandlers } from "./service_projects.ts";
import { createRpc } from "./service_rpc.ts";
import { settingsHandlers } from "./service_settings.ts";
import { subtitleHandlers } from "./service_subtitles.ts";
import { systemHandlers } from "./service_system.ts";
import { taskHandlers } from "./service_tasks.ts";
import type { SettingsStore } from "./settings.ts";
import type { TaskStore } from "./tasks.ts";
import type { TtsConfigStore } from "./tts_configs.ts";

/** Everything the service calls into. */
export interface ServiceDeps {
  projects: ProjectStore;
  tasks: TaskStore;
  scheduler: TaskScheduler;
  bus: EventBus;
  concurrency: ConcurrencySettings;
  /** `media` (optional) probes background music at submission and upload. */
  clients: Pick<Clients, "tts" | "checkReady"> & { media?: Pick<MediaClient, "probe"> };
  /** Parses a script, throwing INVALID_ARGUMENT naming bad segments; returns what to store. */
  parseScript(script: unknown): { script: Record<string, unknown> };
  /** Re-applies the effective values of `scopes` (worker pools, TTS gate). */
  applyConcurrency(scopes: readonly string[]): void;
  /** Refuses a draft_dir the draft pipeline would refuse (INVALID_ARGUMENT naming it). */
  checkDraftDir(dir: string): void;
  /** Checks the database is usable (for CheckReady). */
  checkDatabase(): void;
  /** TTS configs saved through the API; the active one fills tasks that name no TTS options. */
  ttsConfigs: TtsConfigStore;
  /** The Jianying drafts directory setting (default draft_dir). */
  settings: SettingsStore;
  /** Chunked uploads bound to projects. */
  uploads: ChunkedUploads;
  /** How long a TTS call of the settings RPCs waits for a ready replica. */
  ttsReadyWaitMs?: number;
  mediaRoot: string;
  uploadsDir: string;
  /** SACV_DATA_DIR (drafts' paths are relative to it). */
  dataDir: string;
  heartbeatMs: number;
  logger: Logger;
}

/** The service implementation plus a way to end open event streams on shutdown. */
export interface OrchestratorService {
  impl: grpc.UntypedServiceImplementation;
  /** Ends every WatchEvents stream (after the last terminal events were sent). */
  closeStreams(): void;
}

/** Builds the gRPC service over `deps`. */
export function createOrchestratorService(deps: ServiceDeps): OrchestratorService {
  const rpc = createRpc(deps.logger);
  const tasks = taskHandlers(deps, rpc);
  const impl: grpc.UntypedServiceImplementation = {
    ...projectHandlers(deps, rpc),
    ...tasks.handlers,
    ...fileHandlers(deps, rpc),
    ...subtitleHandlers(deps, rpc),
    ...systemHandlers(deps, rpc),
    ...settingsHandlers({
      ttsConfigs: deps.ttsConfigs,
      settings: deps.settings,
      clients: deps.clients,
      checkDraftDir: deps.checkDraftDir,
      readyWaitMs: deps.ttsReadyWaitMs,
    }, rpc),
  };
  return { impl, closeStreams: tasks.closeStreams };
}
