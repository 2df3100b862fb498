// The TTS service's configuration, read from the environment once and validated loudly.
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
  /** Result cache budget in bytes (`SACV_TTS_CACHE_MB`, default 64). */
  cacheBytes: number;
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
    drainMs: envInt(env, "SACV_TTS_DRAIN_MS", 10_000, { min: 0 })!,
    logLevel: parseLogLevel(env.SACV_LOG_LEVEL),
    internalToken: env.SACV_INTERNAL_TOKEN?.trim() || undefined,
    metricsAddr: metricsAddrOf(env, "127.0.0.1:9102"),
  };
}
