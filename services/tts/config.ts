// The TTS service's configuration, read from the environment once and validated loudly.
import { join } from "node:path";
import { envAddr, envInt, envString, listenAddr, metricsAddrOf } from "../common/env.ts";
import { type LogLevel, parseLogLevel } from "../common/log.ts";

/** Providers the service knows, in listing order. */
export const PROVIDER_NAMES = ["local", "tencent", "edge", "openai", "fake"] as const;
/** A provider name. */
export type ProviderName = (typeof PROVIDER_NAMES)[number];

/** Validated TTS service configuration. */
export interface TtsConfig {
  /** `SACV_TTS_ADDR` as given (may be a `dns:///` target). */
  addr: string;
  /** What to bind, derived from {@linkcode TtsConfig.addr}. */
  listen: string;
  /** Global gate limit (`SACV_TTS_MAX_WORKERS`). */
  maxWorkers: number;
  /** Per-provider limits from `SACV_TTS_PROVIDER_LIMITS`; others use provider defaults. */
  providerLimits: Partial<Record<ProviderName, number>>;
  defaultProvider: ProviderName;
  /** Whether the `fake` provider is offered (`SACV_TTS_ENABLE_FAKE=1`; tests, demo, bench). */
  enableFake: boolean;
  tencent: {
    secretId?: string;
    secretKey?: string;
    /** `TENCENTCLOUD_SESSION_TOKEN`, for temporary (STS) credentials. */
    sessionToken?: string;
    region: string;
    endpoint: string;
    protocol: "https://" | "http://";
  };
  /** OpenAI-compatible speech server (`SACV_OPENAI_TTS_*`). */
  openai: {
    baseUrl?: string;
    apiKey?: string;
    model: string;
    /** `SACV_OPENAI_TTS_VOICES`: `id[=language],...`, for servers with their own voice names. */
    voices?: string;
  };
  /** Edge read-aloud (`SACV_EDGE_TTS_ENDPOINT`: its WebSocket URL; unset means the public one). */
  edge: { endpoint?: string };
  /** In-memory result cache budget in bytes (`SACV_TTS_CACHE_MB`, default 64). */
  cacheBytes: number;
  /**
   * Directory of the persistent result cache (`SACV_TTS_CACHE_DIR`, default
   * `$SACV_DATA_DIR/tts_cache`, i.e. `./data/tts_cache`).
   */
  cacheDir: string;
  /** Persistent result cache budget in bytes (`SACV_TTS_CACHE_DISK_MB`, default 1024; 0 = off). */
  cacheDiskBytes: number;
  /**
   * Time a synthesis may spend retrying throttling and transient failures, from
   * its first provider call (`SACV_TTS_RETRY_BUDGET_MS`, default 120 000; 0 = no retries).
   */
  retryBudgetMs: number;
  /**
   * Redis shared by the replicas (`SACV_REDIS_URL`, `redis://` or `rediss://`): when set,
   * gates, limits and adaptive limits are shared through it; else everything is in-process.
   */
  redisUrl?: string;
  /** Lease of a shared gate slot (`SACV_TTS_LEASE_MS`, default 10 000): a dead replica's slots return after it. */
  leaseMs: number;
  /** How long SIGTERM waits for in-flight work (`SACV_TTS_DRAIN_MS`, default 10 000). */
  drainMs: number;
  logLevel: LogLevel;
  /** Shared secret on every internal gRPC call (`SACV_INTERNAL_TOKEN`); unset turns it off. */
  internalToken?: string;
  /** Where `GET /metrics` is served (`SACV_METRICS_ADDR`, host:port or "off"; default 127.0.0.1:9102). */
  metricsAddr: string;
}

/** Recommended global limit: TTS mostly waits on providers, so a few per core, at most 16. */
export function recommendedMaxWorkers(cores: number): number {
  return Math.min(16, Math.max(4, cores * 4));
}

/**
 * Parses `SACV_TTS_PROVIDER_LIMITS` (`tencent=20,local=2`), refusing unknown
 * providers, repeated names and limits that are not positive integers, naming the entry.
 */
export function parseProviderLimits(raw: string): Partial<Record<ProviderName, number>> {
  const out: Partial<Record<ProviderName, number>> = {};
  if (raw.trim() === "") return out;
  for (const entry of raw.split(",")) {
    const m = entry.trim().match(/^([a-z0-9_-]+)\s*=\s*(\d+)$/i);
    const bad = (why: string) =>
      new RangeError(
        `Cannot read 'SACV_TTS_PROVIDER_LIMITS' as entry '${entry.trim()}' ${why}: current value is ${raw}`,
      );
    if (!m) throw bad("is not name=limit");
    const name = m[1] as ProviderName;
    if (!PROVIDER_NAMES.includes(name)) {
      throw bad(`names an unknown provider (known: ${PROVIDER_NAMES.join(", ")})`);
    }
    if (name in out) throw bad("repeats a provider");
    const limit = Number(m[2]);
    if (limit < 1) throw bad("must have a limit of at least 1");
    out[name] = limit;
  }
  return out;
}

/** Reads a yes/no variable (`1`/`true`/`yes` or `0`/`false`/`no`; unset or empty is `fallback`). */
function envFlag(
  env: Record<string, string | undefined>,
  name: string,
  fallback: boolean,
): boolean {
  const raw = (env[name] ?? "").trim().toLowerCase();
  if (raw === "") return fallback;
  if (["1", "true", "yes"].includes(raw)) return true;
  if (["0", "false", "no"].includes(raw)) return false;
  throw new RangeError(`Cannot read '${name}' as it must be 1 or 0: current value is ${env[name]}`);
}

/** `SACV_REDIS_URL`, checked to be a redis:// or rediss:// URL; undefined when unset. */
function redisUrl(env: Record<string, string | undefined>): string | undefined {
  const raw = envString(env, "SACV_REDIS_URL", "");
  if (raw === "") return undefined;
  let ok = false;
  try {
    const u = new URL(raw);
    ok = (u.protocol === "redis:" || u.protocol === "rediss:") && u.hostname !== "";
  } catch { /* not a URL */ }
  if (!ok) {
    throw new RangeError(
      `Cannot read 'SACV_REDIS_URL' as it must be redis://host:port[/db]: current value is ${raw}`,
    );
  }
  return raw;
}

/** Reads and validates the configuration from `env` (default: the process environment). */
export function loadConfig(
  env: Record<string, string | undefined> = Deno.env.toObject(),
  cores: number = navigator.hardwareConcurrency ?? 2,
): TtsConfig {
  const addr = envAddr(env, "SACV_TTS_ADDR", "127.0.0.1:50052");
  const defaultProvider = envString(env, "SACV_TTS_DEFAULT_PROVIDER", "local");
  if (!PROVIDER_NAMES.includes(defaultProvider as ProviderName)) {
    throw new RangeError(
      `Cannot read 'SACV_TTS_DEFAULT_PROVIDER' as it must be one of ${
        PROVIDER_NAMES.join(", ")
      }: current value is ${defaultProvider}`,
    );
  }
  const enableFake = envFlag(env, "SACV_TTS_ENABLE_FAKE", false);
  if (defaultProvider === "fake" && !enableFake) {
    throw new RangeError(
      "Cannot read 'SACV_TTS_DEFAULT_PROVIDER' as fake is only offered with SACV_TTS_ENABLE_FAKE=1: current value is fake",
    );
  }
  const protocol = envString(env, "SACV_TENCENT_TTS_PROTOCOL", "https://");
  if (protocol !== "https://" && protocol !== "http://") {
    throw new RangeError(
      `Cannot read 'SACV_TENCENT_TTS_PROTOCOL' as it must be https:// or http://: current value is ${protocol}`,
    );
  }
  const openaiBase = envString(env, "SACV_OPENAI_TTS_BASE_URL", "");
  if (openaiBase && !/^https?:\/\/[^/]/.test(openaiBase)) {
    throw new RangeError(
      `Cannot read 'SACV_OPENAI_TTS_BASE_URL' as it must be an http:// or https:// URL: current value is ${openaiBase}`,
    );
  }
  const edgeEndpoint = envString(env, "SACV_EDGE_TTS_ENDPOINT", "");
  if (edgeEndpoint && !/^wss?:\/\/[^/]/.test(edgeEndpoint)) {
    throw new RangeError(
      `Cannot read 'SACV_EDGE_TTS_ENDPOINT' as it must be a ws:// or wss:// URL: current value is ${edgeEndpoint}`,
    );
  }
  const secretId = envString(env, "TENCENTCLOUD_SECRET_ID", "");
  const secretKey = envString(env, "TENCENTCLOUD_SECRET_KEY", "");
  return {
    addr,
    listen: listenAddr(addr),
    maxWorkers: envInt(env, "SACV_TTS_MAX_WORKERS", recommendedMaxWorkers(cores), { min: 1 })!,
    providerLimits: parseProviderLimits(env.SACV_TTS_PROVIDER_LIMITS ?? ""),
    defaultProvider: defaultProvider as ProviderName,
    enableFake,
    tencent: {
      secretId: secretId || undefined,
      secretKey: secretKey || undefined,
      sessionToken: envString(env, "TENCENTCLOUD_SESSION_TOKEN", "") || undefined,
      region: envString(env, "SACV_TENCENT_TTS_REGION", "ap-guangzhou"),
      endpoint: envString(env, "SACV_TENCENT_TTS_ENDPOINT", "tts.tencentcloudapi.com"),
      protocol,
    },
    openai: {
      baseUrl: openaiBase || undefined,
      apiKey: envString(env, "SACV_OPENAI_TTS_API_KEY", "") || undefined,
      model: envString(env, "SACV_OPENAI_TTS_MODEL", "tts-1"),
      voices: envString(env, "SACV_OPENAI_TTS_VOICES", "") || undefined,
    },
    edge: { endpoint: edgeEndpoint || undefined },
    cacheBytes: envInt(env, "SACV_TTS_CACHE_MB", 64, { min: 0 })! * 1024 * 1024,
    cacheDir: envString(
      env,
      "SACV_TTS_CACHE_DIR",
      join(envString(env, "SACV_DATA_DIR", "./data"), "tts_cache"),
    ),
    cacheDiskBytes: envInt(env, "SACV_TTS_CACHE_DISK_MB", 1024, { min: 0 })! * 1024 * 1024,
    retryBudgetMs: envInt(env, "SACV_TTS_RETRY_BUDGET_MS", 120_000, { min: 0 })!,
    redisUrl: redisUrl(env),
    leaseMs: envInt(env, "SACV_TTS_LEASE_MS", 10_000, { min: 500 })!,
    drainMs: envInt(env, "SACV_TTS_DRAIN_MS", 10_000, { min: 0 })!,
    logLevel: parseLogLevel(env.SACV_LOG_LEVEL),
    internalToken: env.SACV_INTERNAL_TOKEN?.trim() || undefined,
    metricsAddr: metricsAddrOf(env, "127.0.0.1:9102"),
  };
}
