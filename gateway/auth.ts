// Optional bearer-token authentication (SACV_API_TOKEN); WebSockets may pass `?token=`.
import type { MiddlewareHandler } from "hono";
import { HttpError } from "./errors.ts";

/** Paths that stay open so orchestrators and load balancers can probe the gateway. */
const OPEN_PATHS = new Set(["/healthz", "/readyz"]);

function sameToken(a: string, b: string): boolean {
  // Constant-time comparison so the token cannot be guessed byte by byte from timings.
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/**
 * Requires `Authorization: Bearer <token>` (or `?token=` on `/ws`) on every
 * path except the health probes. Without a token configured it lets all through.
 */
export function bearerAuth(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token === undefined || OPEN_PATHS.has(c.req.path)) return await next();
    const header = c.req.header("authorization") ?? "";
    const m = header.match(/^Bearer\s+(.+)$/i);
    const given = m?.[1].trim() ?? (c.req.path === "/ws" ? c.req.query("token") : undefined);
    if (given === undefined) {
      throw new HttpError(
        401,
        "missing bearer token (Authorization: Bearer <token>)",
        "UNAUTHENTICATED",
      );
    }
    if (!sameToken(given, token)) {
      throw new HttpError(401, "invalid bearer token", "UNAUTHENTICATED");
    }
    await next();
  };
}
