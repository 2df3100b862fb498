// Domain errors with stable codes, and the one mapping from them to gRPC statuses.
import * as grpc from "@grpc/grpc-js";

/** gRPC status names used across SACV (never HTTP numbers). */
export type StatusName =
  | "INVALID_ARGUMENT"
  | "NOT_FOUND"
  | "ALREADY_EXISTS"
  | "FAILED_PRECONDITION"
  | "RESOURCE_EXHAUSTED"
  | "UNAVAILABLE"
  | "CANCELLED"
  | "DEADLINE_EXCEEDED"
  | "PERMISSION_DENIED"
  | "UNAUTHENTICATED"
  | "INTERNAL"
  | "UNKNOWN";

/** Options for {@linkcode SacvError}. */
export interface SacvErrorOptions {
  /** Machine-readable reason, e.g. a provider's error code or the bad field. */
  reason?: string;
  /** Whether trying again may succeed. */
  retryable?: boolean;
  cause?: unknown;
  /** Extra machine-readable detail (segment_id, field, ...), sent as metadata. */
  details?: Record<string, string | number>;
}

/**
 * An error with a stable gRPC status name and a machine-readable reason.
 *
 * @example
 * ```ts
 * throw new SacvError("INVALID_ARGUMENT", "text is empty", { reason: "EMPTY_TEXT" });
 * ```
 */
export class SacvError extends Error {
  readonly status: StatusName;
  readonly reason: string;
  readonly retryable: boolean;
  readonly details: Record<string, string | number>;

  constructor(status: StatusName, message: string, options: SacvErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = "SacvError";
    this.status = status;
    this.reason = options.reason ?? status;
    this.retryable = options.retryable ?? false;
    this.details = options.details ?? {};
  }
}

/** The call was cancelled (by the client or an AbortSignal). */
export class CancelledError extends SacvError {
  constructor(message = "operation cancelled", options: SacvErrorOptions = {}) {
    super("CANCELLED", message, { reason: "CANCELLED", ...options });
    this.name = "CancelledError";
  }
}

/** True when `err` is an abort (DOMException AbortError or our CancelledError). */
export function isAbortError(err: unknown): boolean {
  return err instanceof CancelledError ||
    (err instanceof Error && err.name === "AbortError");
}

/** Throws a {@linkcode CancelledError} when the signal is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    const r = signal.reason;
    throw r instanceof SacvError ? r : new CancelledError();
  }
}

/** A gRPC error object as grpc-js servers accept and clients receive. */
export type GrpcError = grpc.ServiceError;

/** Longest status message sent (grpc-js limits the whole trailer block to 8 KiB by default). */
export const MAX_STATUS_MESSAGE_CHARS = 1_000;
/** Longest metadata value sent, before percent-encoding. */
const MAX_METADATA_VALUE_CHARS = 200;

/** Cuts `text` to `max` UTF-16 units without splitting a surrogate pair, marking the cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * Metadata values must be printable ASCII; ids and reasons can hold any Unicode (Chinese
 * segment ids, emoji, control characters), so they travel percent-encoded and are cut short.
 */
export function encodeMetadataValue(value: string): string {
  return encodeURIComponent(truncateText(value, MAX_METADATA_VALUE_CHARS).toWellFormed());
}

/** Reverses {@linkcode encodeMetadataValue}; a value that is not valid percent-encoding is kept as sent. */
export function decodeMetadataValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A metadata key from a detail name: lowercase letters, digits and dashes only. */
function metadataKey(name: string): string | undefined {
  const key = `sacv-${name.toLowerCase().replaceAll("_", "-")}`;
  return /^[a-z0-9-]+$/.test(key) && !key.endsWith("-bin") && key.length <= 64 ? key : undefined;
}

function statusOf(name: StatusName): number {
  const code = grpc.status[name];
  return typeof code === "number" ? code : grpc.status.UNKNOWN;
}

/**
 * Converts any thrown value into a gRPC error: SacvError keeps its status and
 * reason (sent as `sacv-reason` metadata, details as `sacv-<key>`, values
 * percent-encoded); anything else becomes INTERNAL without leaking a stack.
 * Never throws, whatever the error holds.
 */
export function toGrpcError(err: unknown): Partial<grpc.ServiceError> {
  try {
    return convert(err);
  } catch {
    const metadata = new grpc.Metadata();
    metadata.set("sacv-reason", "INTERNAL");
    return { code: grpc.status.INTERNAL, details: "internal error", metadata };
  }
}

function convert(err: unknown): Partial<grpc.ServiceError> {
  const metadata = new grpc.Metadata();
  if (err instanceof SacvError) {
    metadata.set("sacv-reason", encodeMetadataValue(err.reason));
    if (err.retryable) metadata.set("sacv-retryable", "1");
    for (const [k, v] of Object.entries(err.details)) {
      const key = metadataKey(k);
      if (key && key !== "sacv-reason" && key !== "sacv-retryable") {
        metadata.set(key, encodeMetadataValue(String(v)));
      }
    }
    return {
      code: statusOf(err.status),
      details: truncateText(err.message, MAX_STATUS_MESSAGE_CHARS).toWellFormed(),
      metadata,
    };
  }
  if (isAbortError(err)) {
    metadata.set("sacv-reason", "CANCELLED");
    return { code: grpc.status.CANCELLED, details: "operation cancelled", metadata };
  }
  metadata.set("sacv-reason", "INTERNAL");
  const message = err instanceof Error ? err.message : String(err);
  return {
    code: grpc.status.INTERNAL,
    details: truncateText(message, MAX_STATUS_MESSAGE_CHARS).toWellFormed(),
    metadata,
  };
}

/** Converts a gRPC client error back into a {@linkcode SacvError}. */
export function fromGrpcError(err: unknown): SacvError {
  if (err instanceof SacvError) return err;
  const e = err as Partial<grpc.ServiceError>;
  if (typeof e?.code !== "number") {
    return new SacvError("INTERNAL", err instanceof Error ? err.message : String(err), {
      cause: err,
    });
  }
  const status = (grpc.status[e.code] ?? "UNKNOWN") as StatusName;
  const md = e.metadata?.getMap() ?? {};
  const details: Record<string, string> = {};
  for (const [k, v] of Object.entries(md)) {
    if (k.startsWith("sacv-") && k !== "sacv-reason" && k !== "sacv-retryable") {
      details[k.slice(5).replaceAll("-", "_")] = decodeMetadataValue(String(v));
    }
  }
  return new SacvError(status, e.details ?? e.message ?? status, {
    reason: md["sacv-reason"] ? decodeMetadataValue(String(md["sacv-reason"])) : status,
    retryable: md["sacv-retryable"] === "1" || status === "UNAVAILABLE",
    details,
    cause: err,
  });
}
