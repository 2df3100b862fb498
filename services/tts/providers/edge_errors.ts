// Classifies failures of the Edge read-aloud WebSocket (as msedge-tts reports them): which are
// worth retrying and which SacvError each becomes.
import { SacvError } from "../../common/errors.ts";

/** The HTTP status of a refused WebSocket handshake in `ws`'s message, if that is what it was. */
export function handshakeStatus(err: unknown): number | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    const m = (e as Error).message?.match(/Unexpected server response: (\d{3})/);
    if (m) return Number(m[1]);
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * The SacvError for a failure to synthesise with Edge: a refused handshake
 * with 429 → RESOURCE_EXHAUSTED, retryable (the service throttles by
 * connection); 5xx → UNAVAILABLE, retryable; 403 → PERMISSION_DENIED, final
 * (the Sec-MS-GEC token was refused: a wrong clock or an outdated client, which
 * retrying does not fix); any other 4xx final; a connection that fails or
 * closes before the turn ends → UNAVAILABLE, retryable.
 */
export function classifyEdgeError(err: unknown): SacvError {
  if (err instanceof SacvError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const status = handshakeStatus(err);
  const details = { provider: "edge" };
  if (status !== undefined) {
    const reason = `HTTP_${status}`;
    if (status === 429) {
      return new SacvError("RESOURCE_EXHAUSTED", `edge: throttled (${reason})`, {
        reason,
        retryable: true,
        cause: err,
        details,
      });
    }
    if (status >= 500) {
      return new SacvError("UNAVAILABLE", `edge: service error (${reason})`, {
        reason,
        retryable: true,
        cause: err,
        details,
      });
    }
    if (status === 403) {
      return new SacvError(
        "PERMISSION_DENIED",
        `edge: the service refused the connection (${reason}): check the system clock, or update msedge-tts if its Sec-MS-GEC token is outdated`,
        { reason, retryable: false, cause: err, details },
      );
    }
    return new SacvError("FAILED_PRECONDITION", `edge: handshake refused (${reason})`, {
      reason,
      retryable: false,
      cause: err,
      details,
    });
  }
  if (/before the synthesis completed|no turn\.end/i.test(message)) {
    return new SacvError("UNAVAILABLE", "edge: the connection closed before the audio ended", {
      reason: "STREAM_CLOSED",
      retryable: true,
      cause: err,
      details,
    });
  }
  return new SacvError("UNAVAILABLE", `edge: ${message}`, {
    reason: "NETWORK_ERROR",
    retryable: true,
    cause: err,
    details,
  });
}
