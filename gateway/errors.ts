// HTTP errors and the gateway's one mapping from gRPC status names to HTTP statuses.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { SacvError, type StatusName } from "../services/common/errors.ts";
import type { Logger } from "../services/common/log.ts";

/** Extra machine-readable keys placed next to `detail` and `code` in an error body. */
export type ErrorExtras = Record<string, string | number | boolean | number[]>;

/**
 * An error answered with an HTTP status and `{detail, code}`.
 *
 * @example
 * ```ts
 * throw new HttpError(422, "'name' must be a string", "INVALID_FIELD", { field: "name" });
 * ```
 */
export class HttpError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly extras: ErrorExtras;

  constructor(
    status: ContentfulStatusCode,
    detail: string,
    code: string,
    extras: ErrorExtras = {},
    options: { cause?: unknown } = {},
  ) {
    super(detail, options);
    this.name = "HttpError";
    this.status = status;
    this.code = code;
    this.extras = extras;
  }
}

/** INVALID_ARGUMENT reasons that describe a malformed request (400) rather than a bad value (422). */
const BAD_REQUEST_REASONS = new Set([
  "UNKNOWN_SCOPE",
  "MALFORMED_JSON",
  "BAD_REQUEST",
  "PATH_OUTSIDE_ROOT",
  "PATH_OUTSIDE_MEDIA_ROOT",
  "OUTSIDE_MEDIA_ROOT",
  "INVALID_PATH",
]);

/** The HTTP status for a gRPC status name (and its reason, where that decides). */
export function httpStatusFor(status: StatusName | string, reason = ""): ContentfulStatusCode {
  switch (status) {
    case "INVALID_ARGUMENT":
    case "OUT_OF_RANGE":
      return BAD_REQUEST_REASONS.has(reason) ? 400 : 422;
    case "NOT_FOUND":
      return 404;
    case "ALREADY_EXISTS":
    case "FAILED_PRECONDITION":
    case "ABORTED":
    case "CANCELLED":
      return 409;
    case "RESOURCE_EXHAUSTED":
      return reason === "DISK_FULL" ? 507 : reason === "PAYLOAD_TOO_LARGE" ? 413 : 429;
    case "UNAVAILABLE":
      return 503;
    case "DEADLINE_EXCEEDED":
      return 504;
    case "UNAUTHENTICATED":
      return 401;
    case "PERMISSION_DENIED":
      return 403;
    case "UNIMPLEMENTED":
      return 501;
    default:
      return 500;
  }
}

/** Detail keys that carry numbers (metadata turns them into text on the way). */
const NUMERIC_DETAILS = new Set(["index", "chunk_index", "max_bytes", "total", "attempts"]);
/** Detail keys that carry lists of numbers ("1,2,3" on the way). */
const NUMBER_LIST_DETAILS = new Set(["bad_segments"]);

/** A detail value with the type events use for the same key (numbers stay numbers). */
export function detailValue(key: string, v: string | number): string | number | number[] {
  if (NUMBER_LIST_DETAILS.has(key)) {
    const list = String(v).split(",").map((s) => s.trim()).filter((s) => s !== "").map(Number);
    return list.every(Number.isFinite) ? list : String(v);
  }
  if (NUMERIC_DETAILS.has(key) && /^-?\d+(\.\d+)?$/.test(String(v).trim())) return Number(v);
  return v;
}

// host:port, [v6]:port, IPv4 and errno-style words: internal topology a client must not see.
const ADDRESS =
  /\[[0-9a-f:.]+\](:\d+)?|\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b|\b[a-z][a-z0-9.-]*:\d{2,5}\b|\bE[A-Z]{4,}\b/gi;

/** `message` without network addresses or errno names. */
export function scrubAddresses(message: string): string {
  return message.replace(ADDRESS, "…").replace(/(…[\s,;:]*)+/g, "… ").trim();
}

/** The dependency name an UNAVAILABLE error is about (`details.service`), or the orchestrator. */
function unavailableDetail(err: SacvError): string {
  const service = err.details.service ? String(err.details.service) : "";
  // A transport failure of the gateway's own call has no reason metadata from the orchestrator.
  if (service) return `${service} unavailable`;
  if (err.reason === err.status) return "orchestrator unavailable";
  return scrubAddresses(err.message);
}

/** Converts any thrown value to an {@linkcode HttpError}, hiding internals of unknown errors. */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof HTTPException) {
    const code = err.status === 415
      ? "UNSUPPORTED_MEDIA_TYPE"
      : err.status === 400
      ? "BAD_REQUEST"
      : `HTTP_${err.status}`;
    return new HttpError(err.status as ContentfulStatusCode, err.message, code, {}, { cause: err });
  }
  if (err instanceof SacvError) {
    const status = httpStatusFor(err.status, err.reason);
    const extras: ErrorExtras = {};
    for (const [k, v] of Object.entries(err.details)) extras[k] = detailValue(k, v);
    // Internal errors may carry implementation detail; unavailable ones name no address.
    const detail = status === 500
      ? "internal error"
      : status === 503 || status === 504
      ? (err.status === "UNAVAILABLE" ? unavailableDetail(err) : scrubAddresses(err.message))
      : err.message;
    delete extras.service;
    return new HttpError(status, detail, err.reason || err.status, extras, { cause: err });
  }
  return new HttpError(500, "internal error", "INTERNAL", {}, { cause: err });
}

/** Writes an error as `{detail, code, ...extras}` JSON. */
export function errorResponse(c: Context, err: HttpError): Response {
  return c.json({ detail: err.message, code: err.code, ...err.extras }, err.status);
}

/** An `app.onError` handler: maps the error once, logs server-side failures, never leaks a stack. */
export function errorHandler(logger: Logger): (err: Error, c: Context) => Response {
  return (err, c) => {
    const http = toHttpError(err);
    if (http.status >= 500) {
      logger.error("request failed", {
        method: c.req.method,
        path: c.req.path,
        status: http.status,
        error: err,
      });
    }
    return errorResponse(c, http);
  };
}
