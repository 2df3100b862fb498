// Orchestrator configuration: read from the environment once, validated loudly.
import { resolve } from "node:path";
import { envAddr, envInt, envString, metricsAddrOf } from "../common/env.ts";
import { type LogLevel, parseLogLevel } from "../common/log.ts";

/** The orchestrator's validated configuration. */
export interface OrchestratorConfig {
  /** host:port to listen on. */
  addr: string;
  ttsAddr: string;
  mediaAddr: string;
  /** Absolute, created. */
  dataDir: string;
  /** Absolute, created: the media root shared with the media service. */
  uploadsDir: string;
  /** Env values for the concurrency scopes (undefined when unset). */
  envWorkers: {
    generate_video?: number;
    generate_jianying_draft?: number;
    tts?: number;
  };
  logLevel: LogLevel;
  /** Shared secret on every internal gRPC call (`SACV_INTERNAL_TOKEN`); unset turns it off. */
  internalToken?: string;
  /** Where `GET /metrics` is served (`SACV_METRICS_ADDR`, host:port or "off"; default 127.0.0.1:9101). */
  metricsAddr: string;
  /** Interval of heartbeat events on WatchEvents streams. */
  heartbeatMs: number;
  /** Interval at which the tts limit is re-pushed to the TTS service. */
  ttsResyncMs: number;
  /** How long shutdown waits for running tasks before interrupting them. */
  drainMs: number;
  /** Longest subtitle line in Chinese-character widths (SACV_SUBTITLE_MAX_CHARS). */
  subtitleMaxChars: number;
}

/**
 * Reads the orchestrator's configuration from `env` (defaults to `Deno.env`),
 * making the data and uploads directories absolute and creating them.
 * Throws a RangeError naming the variable and value when one is malformed.
 */
export function loadConfig(
  env: Record<string, string | undefined> = Deno.env.toObject(),
): OrchestratorConfig {
  const dataDir = resolve(envString(env, "SACV_DATA_DIR", "./data"));
  const uploadsDir = resolve(envString(env, "SACV_UPLOADS_DIR", `${dataDir}/uploads`));
  for (const [name, dir] of [["SACV_DATA_DIR", dataDir], ["SACV_UPLOADS_DIR", uploadsDir]]) {
    try {
      Deno.mkdirSync(dir, { recursive: true });
    } catch (err) {
      throw new RangeError(
        `Cannot use '${name}' as the directory cannot be created: current value is ${dir}`,
        { cause: err },
      );
    }
  }
  const workers = (name: string) => envInt(env, name, undefined, { min: 1, max: 256 });
  return {
    addr: envAddr(env, "SACV_ORCHESTRATOR_ADDR", "127.0.0.1:50051"),
    ttsAddr: envAddr(env, "SACV_TTS_ADDR", "127.0.0.1:50052"),
    mediaAddr: envAddr(env, "SACV_MEDIA_ADDR", "127.0.0.1:50053"),
    dataDir,
    uploadsDir,
    envWorkers: {
      generate_video: workers("SACV_GENERATE_VIDEO_MAX_WORKERS"),
      generate_jianying_draft: workers("SACV_JY_DRAFT_MAX_WORKERS"),
      tts: workers("SACV_TTS_MAX_WORKERS"),
    },
    logLevel: parseLogLevel(env.SACV_LOG_LEVEL),
    internalToken: env.SACV_INTERNAL_TOKEN?.trim() || undefined,
    metricsAddr: metricsAddrOf(env, "127.0.0.1:9101"),
    heartbeatMs: envInt(env, "SACV_EVENTS_HEARTBEAT_MS", 15_000, { min: 10 })!,
    ttsResyncMs: envInt(env, "SACV_TTS_LIMIT_RESYNC_MS", 30_000, { min: 100 })!,
    drainMs: envInt(env, "SACV_DRAIN_MS", 10_000, { min: 0 })!,
    subtitleMaxChars: envInt(env, "SACV_SUBTITLE_MAX_CHARS", 16, { min: 2, max: 200 })!,
  };
}
