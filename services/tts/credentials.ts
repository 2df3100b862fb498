// Per-request provider credentials: from the wire into the provider contract, and the
// hashes that key per-account clients and caches without ever holding a secret in clear.
import { createHash } from "node:crypto";
import { SacvError } from "../common/errors.ts";
import type { ProviderCredentials as WireCredentials } from "./messages.ts";
import type { ProviderCredentials } from "./provider.ts";

/**
 * The credentials a request carries, or `undefined` when it carries none
 * (proto3 delivers an absent message as null and unset strings as "").
 */
export function credentialsFromWire(
  wire: WireCredentials | null | undefined,
): ProviderCredentials | undefined {
  if (!wire) return undefined;
  const out: ProviderCredentials = {};
  const take = (key: keyof ProviderCredentials, value: unknown) => {
    if (typeof value === "string" && value.trim() !== "") out[key] = value.trim();
  };
  take("secretId", wire.secret_id);
  take("secretKey", wire.secret_key);
  take("sessionToken", wire.session_token);
  take("region", wire.region);
  take("apiKey", wire.api_key);
  take("baseUrl", wire.base_url);
  return Object.keys(out).length === 0 ? undefined : out;
}

/**
 * A stable one-way digest of `parts` (SHA-256, first 24 hex digits): a map key
 * for per-account clients and a cache-key discriminator that never holds a
 * secret in clear. Synchronous, so it fits where a key is needed at once.
 */
export function digest(parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const p of parts) hash.update(`${p.length}:${p}|`);
  return hash.digest("hex").slice(0, 24);
}

// What an HTTP header (and so a key, a token or a bearer) can carry: visible ASCII.
const HEADER_SAFE = /^[\x21-\x7e]+$/;

/**
 * Throws INVALID_ARGUMENT naming `field` (never echoing the value, which is a
 * secret) when `value` is set but could not travel in an HTTP header.
 */
export function checkHeaderSafe(field: string, value: string | undefined, provider: string): void {
  if (value === undefined || HEADER_SAFE.test(value)) return;
  throw new SacvError(
    "INVALID_ARGUMENT",
    `${field}: must be visible ASCII characters only (${
      Array.from(value).length
    } characters given, not shown)`,
    { reason: "INVALID_CREDENTIALS", details: { field, provider } },
  );
}
