// JSON request bodies read as a stream with a size limit: a body larger than the limit is
// refused with 413 as soon as the limit is passed, whether or not it declared its length,
// and never held in memory whole. The parsed value then feeds the route's zod validator.
import type { MiddlewareHandler } from "hono";
import { HttpError } from "./errors.ts";

/**
 * Default largest JSON body: 8 MiB, far beyond any real script (a 1000-segment script is
 * about 200 KB) and above the 2 million characters superAIAutoCutVideo allows a subtitle.
 */
export const DEFAULT_JSON_MAX_BYTES = 8 * 1024 * 1024;

const JSON_TYPE = /^application\/([a-z.-]+\+)?json\s*(;|$)/i;

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, `JSON body is larger than ${maxBytes} bytes`, "BODY_TOO_LARGE", {
    max_bytes: maxBytes,
  });
}

/**
 * Reads `stream` up to `maxBytes`, cancelling it and throwing 413 as soon as
 * more arrives. Returns the bytes read.
 */
export async function readLimited(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  // One buffer that doubles as needed: the stream's chunks may be views into larger buffers,
  // and holding them would keep those alive too.
  let buf = new Uint8Array(Math.min(maxBytes, 64 * 1024));
  let size = 0;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (size + value.length > maxBytes) {
        await reader.cancel().catch(() => {});
        throw tooLarge(maxBytes);
      }
      if (size + value.length > buf.length) {
        const bigger = new Uint8Array(
          Math.min(maxBytes, Math.max(buf.length * 2, size + value.length)),
        );
        bigger.set(buf.subarray(0, size));
        buf = bigger;
      }
      buf.set(value, size);
      size += value.length;
    }
  } finally {
    reader.releaseLock();
  }
  return buf.subarray(0, size);
}

/** Options for {@linkcode jsonBody}. */
export interface JsonBodyOptions {
  /** An empty body counts as `{}` (routes whose body is optional). */
  optional?: boolean;
  maxBytes?: number;
}

/**
 * Route middleware for JSON bodies: checks the content type (415), reads the
 * body with the size limit (413), parses it (400 MALFORMED_JSON) and requires
 * an object (422 naming `body`), then leaves the value where Hono's validator
 * reads it, so the route's zod schema validates it next.
 */
export function jsonBody(options: JsonBodyOptions = {}): MiddlewareHandler {
  const maxBytes = options.maxBytes ?? DEFAULT_JSON_MAX_BYTES;
  return async (c, next) => {
    const declared = Number(c.req.header("content-length") ?? "0");
    if (declared > maxBytes) throw tooLarge(maxBytes);
    const bytes = c.req.raw.body ? await readLimited(c.req.raw.body, maxBytes) : new Uint8Array();
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new HttpError(400, "request body is not valid UTF-8", "MALFORMED_JSON");
    }
    let value: unknown = {};
    if (text.trim() === "") {
      if (!options.optional) {
        throw new HttpError(400, "request body is empty; expected a JSON object", "MALFORMED_JSON");
      }
    } else {
      const type = c.req.header("content-type") ?? "";
      if (!JSON_TYPE.test(type)) {
        throw new HttpError(
          415,
          `expected Content-Type: application/json, got ${JSON.stringify(type || "none")}`,
          "UNSUPPORTED_MEDIA_TYPE",
        );
      }
      try {
        value = JSON.parse(text);
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        throw new HttpError(400, `request body is not valid JSON: ${why}`, "MALFORMED_JSON");
      }
      if (value === null || typeof value !== "object" || Array.isArray(value)) {
        throw new HttpError(422, "request body must be a JSON object", "INVALID_FIELD", {
          field: "body",
        });
      }
    }
    // Hono's validator reads the body through this cache instead of the (consumed) stream;
    // an empty body must also look empty to the media-type check that runs before it.
    const cache = c.req.bodyCache as Record<string, Promise<unknown>>;
    cache.json = Promise.resolve(value);
    if (bytes.length === 0) cache.arrayBuffer = Promise.resolve(new ArrayBuffer(0));
    await next();
  };
}
