// Assembles the TTS service (providers, gates, synthesizer, gRPC server) and its shutdown.
import { createLogger, type Logger } from "../common/log.ts";
import { type RunningServer, serve } from "../common/server.ts";
import type { TtsConfig } from "./config.ts";
import type { Registry } from "prom-client";
import { DiskCache } from "./disk_cache.ts";
import { TtsMetrics } from "./metrics.ts";
import { type Gates, TtsGates } from "./gates.ts";
import { SharedGates } from "./shared_gates.ts";
import type { TtsProvider } from "./provider.ts";
import { DEFAULT_RETRY_POLICY } from "./provider_call.ts";
import { createProviders, disabledProviders, ProviderRegistry } from "./registry.ts";
import { createTtsService } from "./service.ts";
import { Synthesizer } from "./synthesizer.ts";

/** Options for {@linkcode startTtsService}. */
export interface StartTtsOptions {
  logger?: Logger;
  /** Providers to offer instead of the configured local/tencent/fake set (tests). */
  providers?: TtsProvider[];
  /** Where to register the TTS metrics (the process registry in main); none when absent. */
  metrics?: Registry;
}

/** A running TTS service. */
export interface TtsService {
  server: RunningServer;
  synthesizer: Synthesizer;
  /**
   * Stops taking calls, lets in-flight calls finish for up to `deadlineMs`,
   * aborts what is left (freeing every slot), then closes the providers.
   */
  stop(deadlineMs?: number): Promise<void>;
}

/** Starts the TTS gRPC server on `config.listen` (port 0 picks a free port). */
export async function startTtsService(
  config: TtsConfig,
  options: StartTtsOptions = {},
): Promise<TtsService> {
  const logger = options.logger ?? createLogger("tts", { level: config.logLevel });
  const providers = options.providers ?? createProviders(config, logger);
  const registry = new ProviderRegistry(providers, config.defaultProvider, {
    disabled: options.providers ? {} : disabledProviders(config),
  });
  const limits: Record<string, number> = {};
  for (const p of providers) {
    limits[p.name] = (config.providerLimits as Record<string, number>)[p.name] ?? p.defaultLimit;
  }
  const gates: Gates = config.redisUrl
    ? await SharedGates.start({
      url: config.redisUrl,
      leaseMs: config.leaseMs,
      globalLimit: config.maxWorkers,
      providerLimits: limits,
      onConfigured: (name, limit) => registry.get(name).setLimit?.(limit),
      logger,
    })
    : new TtsGates(config.maxWorkers, limits);
  const disk = config.cacheDiskBytes > 0 ? await openDiskCache(config, logger) : undefined;
  const synthesizer = new Synthesizer({
    registry,
    gates,
    cacheBytes: config.cacheBytes,
    disk,
    retry: { ...DEFAULT_RETRY_POLICY, budgetMs: config.retryBudgetMs },
    observe: (provider, seconds, outcome) => metrics?.observe(provider, seconds, outcome),
    logger,
  });
  const metrics = options.metrics
    ? new TtsMetrics(options.metrics, {
      snapshot: () => gates.snapshot(),
      cacheStats: synthesizer.cacheStats,
    })
    : undefined;
  const service = createTtsService(synthesizer, logger);
  const server = await serve(config.listen, {
    services: [{ name: "sacv.tts.v1.TtsService", impl: service.impl }],
    logger,
    onDrain: (deadline) => drain(service.activeCalls, service.abortAll, deadline),
  });
  logger.info("tts ready", {
    global_limit: config.maxWorkers,
    provider_limits: limits,
    retry_budget_ms: config.retryBudgetMs,
    gates: gates.snapshot().mode,
    cache_dir: disk?.dir ?? "",
    cache_disk_entries: disk?.size ?? 0,
    default_provider: registry.defaultName,
  });
  let stopping: Promise<void> | undefined;
  const stop = (deadlineMs = config.drainMs) =>
    stopping ??= server.shutdown(deadlineMs).finally(async () => {
      await disk?.flush();
      await gates.close?.();
      await registry.close();
    });
  return { server, synthesizer, stop };
}

/** Opens the persistent cache; a directory that cannot be used stops start-up, naming the variable. */
async function openDiskCache(config: TtsConfig, logger: Logger): Promise<DiskCache> {
  try {
    return await DiskCache.open({ dir: config.cacheDir, maxBytes: config.cacheDiskBytes, logger });
  } catch (err) {
    throw new RangeError(
      `Cannot use 'SACV_TTS_CACHE_DIR' as the cache directory: ${
        err instanceof Error ? err.message : err
      } (set SACV_TTS_CACHE_DISK_MB=0 to run without it): current value is ${config.cacheDir}`,
    );
  }
}

/** Waits for active calls to end; when the deadline passes first, aborts them. */
async function drain(
  active: () => number,
  abortAll: () => void,
  deadline: AbortSignal,
): Promise<void> {
  const deadlinePassed = new Promise<void>((resolve) => {
    if (deadline.aborted) resolve();
    deadline.addEventListener("abort", () => resolve(), { once: true });
  });
  while (active() > 0 && !deadline.aborted) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      deadlinePassed,
      new Promise<void>((resolve) => (timer = setTimeout(resolve, 20))),
    ]);
    clearTimeout(timer);
  }
  if (active() > 0) abortAll();
}
