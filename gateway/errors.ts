// HTTP errors and the gateway's one mapping from gRPC status names to HTTP statuses.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { SacvError, type StatusName } from "../services/common/errors.ts";
import type { Logger } from "../services/common/log.ts";

/** Extra machine-readable keys placed next to `detail` and `code` in an error body. */
export type ErrorExtras = Record<string, string | number | boolean>;

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

/** The HTTP status for a gRPC status name (and, for INVALID_ARGUMENT, its reason). */
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
      return 429;
    case "UNAVAILABLE":
      return 503;
    case "DEADLINE_EXCEEDED":
      return 504;
    case "UNAUTHENTICATED":
      return 401;
    case "PERMISSION_DENIED":
      return 403;
    default:
      return 500;
  }
}

/** Converts any thrown value to an {@linkcode HttpError}, hiding internals of unknown errors. */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof SacvError) {
    const status = httpStatusFor(err.status, err.reason);
    const extras: ErrorExtras = {};
    for (const [k, v] of Object.entries(err.details)) extras[k] = v;
    // Internal errors from a service may carry implementation detail; keep the message generic.
    const detail = status === 500 ? "internal error" : err.message;
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
