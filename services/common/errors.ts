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

/**
 * Converts any thrown value into a gRPC error: SacvError keeps its status and
 * reason (sent as `sacv-reason` metadata, details as `sacv-<key>`); anything
 * else becomes INTERNAL without leaking a stack.
 */
export function toGrpcError(err: unknown): Partial<grpc.ServiceError> {
  const metadata = new grpc.Metadata();
  if (err instanceof SacvError) {
    metadata.set("sacv-reason", err.reason);
    if (err.retryable) metadata.set("sacv-retryable", "1");
    for (const [k, v] of Object.entries(err.details)) {
      metadata.set(`sacv-${k.replaceAll("_", "-")}`, String(v));
    }
    return { code: grpc.status[err.status], details: err.message, metadata };
  }
  if (isAbortError(err)) {
    metadata.set("sacv-reason", "CANCELLED");
    return { code: grpc.status.CANCELLED, details: "operation cancelled", metadata };
  }
  metadata.set("sacv-reason", "INTERNAL");
  const message = err instanceof Error ? err.message : String(err);
  return { code: grpc.status.INTERNAL, details: message, metadata };
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
      details[k.slice(5).replaceAll("-", "_")] = String(v);
    }
  }
  return new SacvError(status, e.details ?? e.message ?? status, {
    reason: md["sacv-reason"] ? String(md["sacv-reason"]) : status,
    retryable: md["sacv-retryable"] === "1" || status === "UNAVAILABLE",
    details,
    cause: err,
  });
}
