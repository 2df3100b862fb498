// Gateway configuration, read from the environment once at start-up and validated loudly.
import { envAddr, envInt, envString } from "../services/common/env.ts";
import { type LogLevel, parseLogLevel } from "../services/common/log.ts";

/** Default upload limit: 2 GiB. */
export const DEFAULT_UPLOAD_MAX_BYTES = 2 * 1024 * 1024 * 1024;

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
  logLevel: LogLevel;
  /** Shared secret on every internal gRPC call (`SACV_INTERNAL_TOKEN`); unset turns it off. */
  internalToken?: string;
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
    logLevel: parseLogLevel(env["SACV_LOG_LEVEL"]),
    internalToken: env["SACV_INTERNAL_TOKEN"]?.trim() || undefined,
  };
}
