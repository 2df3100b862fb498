// Classifies the answers of an OpenAI-compatible speech server: which are worth retrying,
// and which SacvError each becomes (reason = the server's error code, or HTTP_<status>).
import { SacvError, type StatusName } from "../../common/errors.ts";

/** The error body OpenAI (and most compatible servers) send: `{error: {message, code, type}}`. */
interface ErrorBody {
  message: string;
  code: string;
}

/** Reads `{error: {message, code|type}}`, FastAPI's `{detail}` or plain text, whichever it is. */
export function parseErrorBody(text: string): ErrorBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { message: text.slice(0, 300), code: "" };
  }
  const obj = (typeof parsed === "object" && parsed !== null ? parsed : {}) as Record<
    string,
    unknown
  >;
  const err = obj.error;
  if (typeof err === "object" && err !== null) {
    const e = err as Record<string, unknown>;
    const code = typeof e.code === "string" ? e.code : typeof e.type === "string" ? e.type : "";
    return { message: String(e.message ?? "").slice(0, 300), code };
  }
  if (typeof err === "string") return { message: err.slice(0, 300), code: "" };
  const detail = obj.detail;
  if (detail !== undefined) {
    const message = typeof detail === "string" ? detail : JSON.stringify(detail);
    return { message: message.slice(0, 300), code: "" };
  }
  return { message: text.slice(0, 300), code: "" };
}

/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date); undefined if none. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The SacvError for an HTTP error answer: 429 → RESOURCE_EXHAUSTED, retryable
 * (except `insufficient_quota`, which waiting does not fix); 5xx → UNAVAILABLE,
 * retryable; 401 → UNAUTHENTICATED and 403 → PERMISSION_DENIED; 400/404/413/422
 * → INVALID_ARGUMENT; other 4xx → FAILED_PRECONDITION. The reason is the
 * server's error code, or `HTTP_<status>` when it sends none.
 */
export function classifyHttpError(
  status: number,
  bodyText: string,
  retryAfter?: number,
): SacvError {
  const body = parseErrorBody(bodyText);
  const reason = body.code || `HTTP_${status}`;
  const make = (code: StatusName, retryable: boolean, field?: string) => {
    const details: Record<string, string | number> = { provider: "openai", http_status: status };
    if (field) details.field = field;
    if (retryAfter !== undefined) details.retry_after_ms = retryAfter;
    return new SacvError(
      code,
      `openai: HTTP ${status}${body.message ? `: ${body.message}` : ""} (${reason})`,
      { reason, retryable, details },
    );
  };
  if (status === 429) return make("RESOURCE_EXHAUSTED", body.code !== "insufficient_quota");
  if (status >= 500) return make("UNAVAILABLE", true);
  if (status === 401) return make("UNAUTHENTICATED", false, "credentials.api_key");
  if (status === 403) return make("PERMISSION_DENIED", false, "credentials.api_key");
  if (status === 400 || status === 404 || status === 413 || status === 422) {
    return make("INVALID_ARGUMENT", false);
  }
  // 408 (the server gave up waiting for us) is a transient condition too.
  if (status === 408) return make("UNAVAILABLE", true);
  return make("FAILED_PRECONDITION", false);
}

/** A failure to reach the server at all (refused, reset, DNS, TLS): transient. */
export function networkError(err: unknown): SacvError {
  const message = err instanceof Error ? err.message : String(err);
  return new SacvError("UNAVAILABLE", `openai: cannot reach the server: ${message}`, {
    reason: "NETWORK_ERROR",
    retryable: true,
    cause: err,
    details: { provider: "openai" },
  });
}
