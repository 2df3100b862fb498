// TC3-HMAC-SHA256 request signature verification for the TextToVoice emulator (WebCrypto, not the SDK's code).

/** An error the emulated API answers with `Response.Error`. */
export class TencentApiError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const enc = new TextEncoder();

async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === "string" ? enc.encode(data) : data;
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function hmac(key: Uint8Array, message: string): Promise<Uint8Array> {
  const k = await crypto.subtle.importKey(
    "raw",
    key as Uint8Array<ArrayBuffer>,
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return new Uint8Array(await crypto.subtle.sign("HMAC", k, enc.encode(message)));
}

/**
 * Verifies a request's TC3-HMAC-SHA256 Authorization header as Tencent does
 * (canonical request over the signed headers and the payload hash, credential
 * scope date/service/tc3_request, X-TC-Timestamp within `maxSkew` seconds) and
 * returns the SecretId; throws a {@linkcode TencentApiError} with
 * `AuthFailure.SignatureFailure`, `AuthFailure.SecretIdNotFound` or
 * `AuthFailure.SignatureExpire` otherwise.
 */
export async function verifySignature(
  req: Request,
  body: Uint8Array,
  credentials: Record<string, string>,
  expectService: string | undefined,
  maxSkew: number,
): Promise<string> {
  const fail = (code: string, msg: string): never => {
    throw new TencentApiError(code, msg);
  };
  const auth = req.headers.get("authorization") ?? "";
  const m = auth.match(
    /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/,
  );
  if (!m) return fail("AuthFailure.SignatureFailure", "Authorization header is malformed");
  const [, secretId, date, service, signedHeaders, signature] = m;
  const secretKey = credentials[secretId];
  if (secretKey === undefined) return fail("AuthFailure.SecretIdNotFound", "SecretId not found");
  const timestamp = Number(req.headers.get("x-tc-timestamp"));
  if (!Number.isInteger(timestamp)) {
    return fail("AuthFailure.SignatureFailure", "X-TC-Timestamp is missing");
  }
  if (Math.abs(Date.now() / 1000 - timestamp) > maxSkew) {
    return fail("AuthFailure.SignatureExpire", "signature expired");
  }
  if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date) {
    return fail("AuthFailure.SignatureFailure", "credential date does not match X-TC-Timestamp");
  }
  const host = new URL(req.url).hostname;
  if (service !== (expectService ?? host.split(".")[0])) {
    return fail("AuthFailure.SignatureFailure", `credential scope names service ${service}`);
  }
  const names = signedHeaders.split(";");
  if (!names.includes("content-type") || !names.includes("host")) {
    return fail("AuthFailure.SignatureFailure", "content-type and host must be signed");
  }
  // The SDK signs the host name without the port, which is what the real API sees on 443.
  const headerValue = (n: string) =>
    n === "host" ? host : (req.headers.get(n) ?? "").trim().toLowerCase();
  const canonicalHeaders = names.map((n) => `${n}:${headerValue(n)}\n`).join("");
  const url = new URL(req.url);
  const canonicalRequest = [
    req.method,
    url.pathname,
    url.search.slice(1),
    canonicalHeaders,
    signedHeaders,
    await sha256Hex(body),
  ].join("\n");
  const stringToSign = [
    "TC3-HMAC-SHA256",
    String(timestamp),
    `${date}/${service}/tc3_request`,
    await sha256Hex(canonicalRequest),
  ].join("\n");
  const kDate = await hmac(enc.encode("TC3" + secretKey), date);
  const kService = await hmac(kDate, service);
  const kSigning = await hmac(kService, "tc3_request");
  const expected = Array.from(
    await hmac(kSigning, stringToSign),
    (b) => b.toString(16).padStart(2, "0"),
  ).join("");
  let diff = 0;
  for (let i = 0; i < 64; i++) diff |= expected.charCodeAt(i) ^ signature.charCodeAt(i);
  if (diff !== 0) return fail("AuthFailure.SignatureFailure", "signature does not match");
  return secretId;
}
