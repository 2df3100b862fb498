// Classifies Tencent SDK failures: which to retry, and which SacvError each becomes.
import { SacvError, type StatusName } from "../../common/errors.ts";

/** A Tencent failure: `code` is Tencent's error code, or "" for a network/HTTP failure. */
interface TencentFailure {
  code: string;
  message: string;
  requestId: string;
  httpCode?: number;
}

function asFailure(err: unknown): TencentFailure {
  const e = err as { code?: unknown; message?: unknown; requestId?: unknown; httpCode?: unknown };
  return {
    code: typeof e?.code === "string" ? e.code : "",
    message: typeof e?.message === "string" ? e.message : String(err),
    requestId: typeof e?.requestId === "string" ? e.requestId : "",
    httpCode: typeof e?.httpCode === "number" ? e.httpCode : undefined,
  };
}

/** Rate limits: worth another try after a wait. */
function isThrottle(code: string): boolean {
  return code.startsWith("RequestLimitExceeded") || code === "LimitExceeded.AccessLimit";
}

/**
 * Whether a Tencent SDK failure may succeed on retry: rate limits
 * (`RequestLimitExceeded*`, `LimitExceeded.AccessLimit`), `InternalError*`,
 * HTTP 5xx/429 and network errors (no code at all). Everything else, in
 * particular `AuthFailure.*`, `InvalidParameter*` and `UnsupportedOperation.*`,
 * is final.
 */
export function isRetriableTencentError(err: unknown): boolean {
  if (err instanceof SacvError) return err.retryable;
  const f = asFailure(err);
  if (f.code) return isThrottle(f.code) || f.code.startsWith("InternalError");
  if (f.httpCode !== undefined) return f.httpCode >= 500 || f.httpCode === 429;
  return true;
}

/** Converts a Tencent SDK failure (after retries, if any) into a SacvError with reason = code. */
export function classifyTencentError(err: unknown, attempts = 1): SacvError {
  if (err instanceof SacvError) return err;
  const f = asFailure(err);
  const details = { provider: "tencent", attempts, request_id: f.requestId };
  const make = (status: StatusName, reason: string, retryable: boolean) =>
    new SacvError(status, `tencent: ${f.message}${reason ? ` (${reason})` : ""}`, {
      reason,
      retryable,
      cause: err,
      details,
    });
  const code = f.code;
  if (!code) {
    if (f.httpCode !== undefined) {
      return make("UNAVAILABLE", `HTTP_${f.httpCode}`, f.httpCode >= 500 || f.httpCode === 429);
    }
    return make("UNAVAILABLE", "NETWORK_ERROR", true);
  }
  if (isThrottle(code)) return make("RESOURCE_EXHAUSTED", code, true);
  if (code.startsWith("InternalError")) return make("UNAVAILABLE", code, true);
  if (code.startsWith("AuthFailure")) return make("UNAUTHENTICATED", code, false);
  if (
    code.startsWith("InvalidParameter") || code.startsWith("MissingParameter") ||
    code.startsWith("UnknownParameter")
  ) {
    return make("INVALID_ARGUMENT", code, false);
  }
  if (
    code.startsWith("UnsupportedOperation") || code.startsWith("ResourceUnavailable") ||
    code.startsWith("ResourceInsufficient") || code.startsWith("FailedOperation")
  ) {
    return make("FAILED_PRECONDITION", code, false);
  }
  return make("UNKNOWN", code, false);
}

/** Tencent's error code of a failure, or `NETWORK_ERROR` / `HTTP_<status>` when it has none. */
export function tencentCode(err: unknown): string {
  const f = asFailure(err);
  return f.code || (f.httpCode !== undefined ? `HTTP_${f.httpCode}` : "NETWORK_ERROR");
}
