// Typed parsing of environment values for each service's config.ts.

/** Reads a string, or `fallback` when unset or empty. */
export function envString(
  env: Record<string, string | undefined>,
  name: string,
  fallback: string,
): string {
  const v = env[name];
  return v === undefined || v.trim() === "" ? fallback : v.trim();
}

/** Options for {@linkcode envInt}. */
export interface EnvIntOptions {
  min?: number;
  max?: number;
}

/**
 * Reads an integer, or `fallback` when unset or empty. Refuses anything that
 * is not an integer in range, naming the variable and the value seen.
 */
export function envInt(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number | undefined,
  options: EnvIntOptions = {},
): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw.trim());
  const { min = -Infinity, max = Infinity } = options;
  if (!Number.isInteger(n) || n < min || n > max) {
    const range = max === Infinity ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
    throw new RangeError(`Cannot read '${name}' as it must be ${range}: current value is ${raw}`);
  }
  return n;
}

/**
 * Parses a `host:port` listen or dial address, refusing malformed values.
 * `dns:///host:port` style targets are accepted as they are (for dialing).
 */
export function envAddr(
  env: Record<string, string | undefined>,
  name: string,
  fallback: string,
): string {
  const v = envString(env, name, fallback);
  if (/^[a-z]+:\/\//.test(v) || /^dns:/.test(v)) return v;
  const m = v.match(/^(\[[^\]]+\]|[^:]+):(\d{1,5})$/);
  if (!m || Number(m[2]) > 65535) {
    throw new RangeError(`Cannot read '${name}' as it must be host:port: current value is ${v}`);
  }
  return v;
}

/**
 * The `host:port` to bind for an address that may be a `dns:///` dial target.
 * A host name that is not an IP literal (a compose service name such as
 * `tts`) binds loopback only: listening on every interface must be asked for
 * explicitly with `0.0.0.0:port` (or `[::]:port`).
 */
export function listenAddr(addr: string): string {
  const stripped = addr.replace(/^dns:\/\/[^/]*\//, "").replace(/^[a-z]+:\/\//, "");
  const port = stripped.split(":").pop();
  const host = stripped.slice(0, stripped.length - (port?.length ?? 0) - 1);
  return /^[\d.]+$|^\[.*\]$|^localhost$/.test(host) ? stripped : `127.0.0.1:${port}`;
}

/**
 * Reads `SACV_METRICS_ADDR`: `host:port` for the Prometheus endpoint, or
 * `off`; `fallback` when unset. Refuses anything else, naming the value.
 */
export function metricsAddrOf(env: Record<string, string | undefined>, fallback: string): string {
  const v = envString(env, "SACV_METRICS_ADDR", fallback);
  if (v === "off") return v;
  return envAddr({ SACV_METRICS_ADDR: v }, "SACV_METRICS_ADDR", fallback);
}
