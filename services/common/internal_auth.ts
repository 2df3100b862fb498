// Optional shared secret on every internal gRPC call (SACV_INTERNAL_TOKEN): clients send it
// as metadata, servers refuse calls without it (health checks excepted, so probes still work).
import * as grpc from "@grpc/grpc-js";
import { timingSafeEqual } from "node:crypto";

/** Metadata key carrying the internal token. */
export const INTERNAL_TOKEN_KEY = "x-sacv-internal-token";

/** Methods any caller may use without the token: liveness/readiness probes. */
const OPEN_PATHS = new Set(["/grpc.health.v1.Health/Check", "/grpc.health.v1.Health/Watch"]);

let processToken: string | undefined;

/**
 * Sets the token this process sends on every call it makes (see
 * {@linkcode clientAuthInterceptor}) and, by default, requires on every call it
 * serves. `main.ts` calls it once with the value from its config; undefined or
 * "" turns internal auth off.
 */
export function setInternalToken(token: string | undefined): void {
  processToken = token === "" ? undefined : token;
}

/** The token set with {@linkcode setInternalToken}, if any. */
export function internalToken(): string | undefined {
  return processToken;
}

/** Metadata values must be printable ASCII, so a token travels percent-encoded. */
function wireToken(token: string): string {
  return encodeURIComponent(token.toWellFormed());
}

function sameSecret(given: string, expected: string): boolean {
  const a = new TextEncoder().encode(given);
  const b = new TextEncoder().encode(expected);
  // Compare in constant time; a length mismatch compares the expected value with itself.
  return timingSafeEqual(a.length === b.length ? a : b, b) && a.length === b.length;
}

/**
 * A server interceptor that refuses (UNAUTHENTICATED, reason INTERNAL_TOKEN)
 * every call not carrying `token`, except health checks.
 */
export function serverAuthInterceptor(token: string): grpc.ServerInterceptor {
  const expected = wireToken(token);
  return (method, call) => {
    if (OPEN_PATHS.has(method.path)) return new grpc.ServerInterceptingCall(call);
    return new grpc.ServerInterceptingCall(call, {
      start(next) {
        next({
          onReceiveMetadata(metadata, nextMetadata) {
            const given = metadata.get(INTERNAL_TOKEN_KEY)[0];
            if (typeof given === "string" && sameSecret(given, expected)) {
              metadata.remove(INTERNAL_TOKEN_KEY);
              nextMetadata(metadata);
              return;
            }
            const md = new grpc.Metadata();
            md.set("sacv-reason", "INTERNAL_TOKEN");
            call.sendStatus({
              code: grpc.status.UNAUTHENTICATED,
              details: given === undefined
                ? "internal token required (SACV_INTERNAL_TOKEN)"
                : "internal token does not match (SACV_INTERNAL_TOKEN)",
              metadata: md,
            });
          },
        });
      },
    });
  };
}

/** A client interceptor adding `token` to every call's metadata. */
export function clientAuthInterceptor(token: string): grpc.Interceptor {
  const wire = wireToken(token);
  return (options, nextCall) =>
    new grpc.InterceptingCall(nextCall(options), {
      start(metadata, listener, next) {
        metadata.set(INTERNAL_TOKEN_KEY, wire);
        next(metadata, listener);
      },
    });
}
