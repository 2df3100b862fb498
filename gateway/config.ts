// Gateway configuration, read from the environment once at start-up and validated loudly.
import { envAddr, envInt, envString } from "../services/common/env.ts";
import { type LogLevel, parseLogLevel } from "../services/common/log.ts";
import { DEFAULT_JSON_MAX_BYTES } from "./body.ts";

/** Default upload limit: 2 GiB. */
export const DEFAULT_UPLOAD_MAX_BYTES = 2 * 1024 * 1024 * 1024;
/** This backend's version, as /api/server/info and /openapi.json report it. */
export const GATEWAY_VERSION = "1.1.0";

/** The gateway's validated settings. */
export interface GatewayConfig {
  /** HTTP port (`SACV_GATEWAY_PORT`, 0 picks a free one). */
  port: number;
  /** Interface to bind (`SACV_GATEWAY_HOST`). */
  hostname: string;
  /** Where the orchestrator is reached (`SACV_ORCHESTRATOR_ADDR`). */
  orchestratorAddr: string;
  /** Bearer token every request needs (`SACV_API_TOKEN`); undefined = open. */
  apiToken?: string;
  /** Largest accepted upload in bytes (`SACV_UPLOAD_MAX_BYTES`). */
  uploadMaxBytes: number;
  /** WebSocket heartbeat interval (`SACV_WS_HEARTBEAT_MS`). */
  heartbeatMs: number;
  /** Largest JSON body in bytes (`SACV_JSON_MAX_BYTES`). */
  jsonMaxBytes: number;
  /** Allowed browser origins (`SACV_CORS_ORIGINS`, comma-separated; `*` = any). */
  corsOrigins: string[];
  /** A request's head must arrive within this time (`SACV_HTTP_HEADER_TIMEOUT_MS`). */
  headerTimeoutMs: number;
  /** A connection silent both ways for this long is closed (`SACV_HTTP_IDLE_TIMEOUT_MS`). */
  idleTimeoutMs: number;
  logLevel: LogLevel;
  /** Shared secret on every internal gRPC call (`SACV_INTERNAL_TOKEN`); unset turns it off. */
  internalToken?: string;
}

function corsOrigins(raw: string): string[] {
  const list = raw.split(",").map((s) => s.trim()).filter((s) => s !== "");
  for (const o of list) {
    if (o !== "*" && !/^https?:\/\/[^/\s]+$/.test(o)) {
      throw new RangeError(
        `Cannot use 'SACV_CORS_ORIGINS' as '${o}' is not an origin like http://host:port: current value is ${raw}`,
      );
    }
  }
  return list.length ? list : ["*"];
}

/**
 * Reads the gateway's settings from `env`, refusing bad values with an error
 * naming the variable and the value seen.
 *
 * @example
 * ```ts
 * const config = loadConfig(Deno.env.toObject());
 * ```
 */
export function loadConfig(env: Record<string, string | undefined>): GatewayConfig {
  const token = envString(env, "SACV_API_TOKEN", "");
  return {
    port: envInt(env, "SACV_GATEWAY_PORT", 8000, { min: 0, max: 65535 })!,
    hostname: envString(env, "SACV_GATEWAY_HOST", "0.0.0.0"),
    orchestratorAddr: envAddr(env, "SACV_ORCHESTRATOR_ADDR", "127.0.0.1:50051"),
    apiToken: token === "" ? undefined : token,
    uploadMaxBytes: envInt(env, "SACV_UPLOAD_MAX_BYTES", DEFAULT_UPLOAD_MAX_BYTES, { min: 1 })!,
    heartbeatMs: envInt(env, "SACV_WS_HEARTBEAT_MS", 15_000, { min: 100 })!,
    jsonMaxBytes: envInt(env, "SACV_JSON_MAX_BYTES", DEFAULT_JSON_MAX_BYTES, { min: 1024 })!,
    corsOrigins: corsOrigins(envString(env, "SACV_CORS_ORIGINS", "*")),
    headerTimeoutMs: envInt(env, "SACV_HTTP_HEADER_TIMEOUT_MS", 10_000, { min: 100 })!,
    idleTimeoutMs: envInt(env, "SACV_HTTP_IDLE_TIMEOUT_MS", 120_000, { min: 100 })!,
    logLevel: parseLogLevel(env["SACV_LOG_LEVEL"]),
    internalToken: env["SACV_INTERNAL_TOKEN"]?.trim() || undefined,
  };
}
