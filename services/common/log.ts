// Structured JSON-line logging shared by every service.

/** Severity of a log line. */
export type LogLevel = "debug" | "info" | "warn" | "error";

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Fields attached to a log line: ids in play (`task_id`, `segment_id`, ...). */
export type LogFields = Record<string, unknown>;

/** A logger that writes one JSON object per line to stderr. */
export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line. */
  child(fields: LogFields): Logger;
}

/** Options for {@linkcode createLogger}. */
export interface LoggerOptions {
  /** Lowest level written; defaults to `info` (`SACV_LOG_LEVEL` is read by each config.ts). */
  level?: LogLevel;
  /** Where lines go; defaults to stderr. Tests pass an array sink. */
  sink?: (line: string) => void;
}

const encoder = new TextEncoder();

function stderrSink(line: string): void {
  Deno.stderr.writeSync(encoder.encode(line + "\n"));
}

/**
 * Creates a JSON-lines logger for a service.
 *
 * @example
 * ```ts
 * const log = createLogger("tts");
 * log.info("listening", { addr: "127.0.0.1:50052" });
 * ```
 */
export function createLogger(
  service: string,
  options: LoggerOptions = {},
  base: LogFields = {},
): Logger {
  const min = ORDER[options.level ?? "info"];
  const sink = options.sink ?? stderrSink;
  const write = (level: LogLevel, msg: string, fields?: LogFields) => {
    if (ORDER[level] < min) return;
    const line: LogFields = {
      ts: new Date().toISOString(),
      level,
      service,
      msg,
      ...base,
      ...fields,
    };
    for (const [k, v] of Object.entries(line)) {
      if (v instanceof Error) line[k] = { name: v.name, message: v.message };
    }
    sink(JSON.stringify(line));
  };
  return {
    debug: (m, f) => write("debug", m, f),
    info: (m, f) => write("info", m, f),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f),
    child: (fields) => createLogger(service, options, { ...base, ...fields }),
  };
}

/** Parses a log level name, refusing unknown names. */
export function parseLogLevel(value: string | undefined): LogLevel {
  if (value === undefined || value === "") return "info";
  if (value in ORDER) return value as LogLevel;
  throw new RangeError(
    `Cannot parse 'SACV_LOG_LEVEL': expected debug, info, warn or error: current value is ${value}`,
  );
}
