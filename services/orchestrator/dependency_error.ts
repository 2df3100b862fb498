// Names the service behind a transport failure, so callers learn "tts unavailable" rather
// than a socket error with an internal address in it (the original stays in our logs).
import { SacvError } from "../common/errors.ts";

const TRANSPORT = new Set(["UNAVAILABLE", "DEADLINE_EXCEEDED"]);

/**
 * Rethrows `err` as `<service> unavailable` (UNAVAILABLE / DEADLINE_EXCEEDED,
 * `details.service`) when it is a transport failure of a call to `service`;
 * any other error passes through unchanged.
 *
 * @example
 * ```ts
 * await clients.tts.listProviders().catch(dependencyError("tts"));
 * ```
 */
export function dependencyError(service: "tts" | "media"): (err: unknown) => never {
  return (err) => {
    if (err instanceof SacvError && TRANSPORT.has(err.status)) {
      const what = err.status === "UNAVAILABLE" ? "unavailable" : "did not answer in time";
      throw new SacvError(err.status, `${service} ${what}`, {
        reason: `${service.toUpperCase()}_UNAVAILABLE`,
        retryable: true,
        details: { service },
        cause: err,
      });
    }
    throw err;
  };
}
