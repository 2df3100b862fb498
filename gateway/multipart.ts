// A streaming multipart/form-data reader: finds the file part and yields its bytes without buffering the body.
import { HttpError } from "./errors.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();
const HEADER_LIMIT = 16 * 1024;
const SKIPPED_PART_LIMIT = 1024 * 1024;

/** The file part of a multipart body. */
export interface FilePart {
  filename: string;
  /** Text fields that came before the file part (name → value). */
  fields: Record<string, string>;
  /** The part's bytes, read from the request as they are consumed. */
  data: AsyncIterable<Uint8Array>;
}

/** Largest text field kept (chunk metadata, names); larger ones are refused. */
const FIELD_LIMIT = 64 * 1024;

function indexOf(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  const last = hay.length - needle.length;
  outer: for (
    let i = hay.indexOf(first, from);
    i !== -1 && i <= last;
    i = hay.indexOf(first, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function malformed(why: string): HttpError {
  return new HttpError(400, `malformed multipart body: ${why}`, "MALFORMED_MULTIPART");
}

class ByteReader {
  #buf: Uint8Array = new Uint8Array(0);
  #reader: ReadableStreamDefaultReader<Uint8Array>;
  constructor(stream: ReadableStream<Uint8Array>) {
    this.#reader = stream.getReader();
  }

  async #fill(): Promise<boolean> {
    const { value, done } = await this.#reader.read();
    if (done) return false;
    this.#buf = concat(this.#buf, value);
    return true;
  }

  /** Bytes before `delim` (consumed with it), refusing more than `limit`. */
  async readUntil(delim: Uint8Array, limit: number, what: string): Promise<Uint8Array> {
    for (;;) {
      const i = indexOf(this.#buf, delim);
      if (i >= 0) {
        const out = this.#buf.slice(0, i);
        this.#buf = this.#buf.slice(i + delim.length);
        return out;
      }
      if (this.#buf.length > limit) throw malformed(`${what} longer than ${limit} bytes`);
      if (!(await this.#fill())) throw malformed(`body ended inside ${what}`);
    }
  }

  /** Yields bytes until `delim`, then consumes it; keeps only a delimiter's worth buffered. */
  async *streamUntil(delim: Uint8Array): AsyncGenerator<Uint8Array> {
    for (;;) {
      const i = indexOf(this.#buf, delim);
      if (i >= 0) {
        if (i > 0) yield this.#buf.slice(0, i);
        this.#buf = this.#buf.slice(i + delim.length);
        return;
      }
      const keep = Math.min(this.#buf.length, delim.length - 1);
      if (this.#buf.length > keep) {
        const out = this.#buf.slice(0, this.#buf.length - keep);
        this.#buf = this.#buf.slice(this.#buf.length - keep);
        yield out;
      }
      if (!(await this.#fill())) throw malformed("body ended before the closing boundary");
    }
  }

  async take(n: number): Promise<string> {
    while (this.#buf.length < n) {
      if (!(await this.#fill())) throw malformed("body ended early");
    }
    const out = dec.decode(this.#buf.slice(0, n));
    this.#buf = this.#buf.slice(n);
    return out;
  }

  cancel(): void {
    this.#reader.cancel().catch(() => {});
  }
}

/** The boundary of a `multipart/form-data` content type, or a 400/415 error. */
export function boundaryOf(contentType: string | undefined): string {
  if (!contentType || !/^multipart\/form-data/i.test(contentType)) {
    throw new HttpError(
      415,
      "expected a multipart/form-data body with a 'file' field",
      "UNSUPPORTED_MEDIA_TYPE",
    );
  }
  const m = contentType.match(/boundary=(?:"([^"]+)"|([^;\s]+))/i);
  if (!m) throw malformed("content type has no boundary");
  return m[1] ?? m[2];
}

function dispositionParam(headers: string, param: string): string | undefined {
  const line = headers.split("\r\n").find((l) => /^content-disposition:/i.test(l));
  if (!line) return undefined;
  const star = line.match(new RegExp(`;\\s*${param}\\*=(?:UTF-8'[^']*')?([^;]+)`, "i"));
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // RFC 8187: the value must be percent-encoded UTF-8; anything else is the client's mistake.
      throw new HttpError(
        400,
        `malformed multipart body: ${param}* is not percent-encoded UTF-8: ${
          JSON.stringify(star[1].trim().slice(0, 100))
        }`,
        "MALFORMED_MULTIPART",
        { field: `${param}*` },
      );
    }
  }
  const m = line.match(new RegExp(`;\\s*${param}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]+))`, "i"));
  return m ? (m[1] ?? m[2]).replace(/\\(.)/g, "$1") : undefined;
}

/**
 * Reads `stream` up to the part named `field` that carries a file and returns
 * its name (base name only) and a byte stream of its content.
 */
export async function readFilePart(
  stream: ReadableStream<Uint8Array>,
  boundary: string,
  field = "file",
): Promise<FilePart> {
  const reader = new ByteReader(stream);
  const fields: Record<string, string> = {};
  const dash = enc.encode(`--${boundary}`);
  const next = enc.encode(`\r\n--${boundary}`);
  try {
    await reader.readUntil(dash, 64 * 1024, "preamble");
    for (;;) {
      const after = await reader.take(2);
      if (after === "--") break;
      if (after !== "\r\n") throw malformed("boundary not followed by CRLF");
      const headers = dec.decode(
        await reader.readUntil(enc.encode("\r\n\r\n"), HEADER_LIMIT, "part headers"),
      );
      const name = dispositionParam(headers, "name");
      const filename = dispositionParam(headers, "filename");
      if (name === field && filename !== undefined) {
        const base = filename.split(/[\\/]/).pop() ?? "";
        return { filename: base, fields, data: reader.streamUntil(next) };
      }
      const keep = filename === undefined && name !== undefined;
      const parts: Uint8Array[] = [];
      let skipped = 0;
      for await (const chunk of reader.streamUntil(next)) {
        skipped += chunk.length;
        if (skipped > (keep ? FIELD_LIMIT : SKIPPED_PART_LIMIT)) {
          throw malformed(`part '${name}' is too large`);
        }
        if (keep) parts.push(chunk);
      }
      if (keep) {
        const bytes = new Uint8Array(skipped);
        let at = 0;
        for (const p of parts) (bytes.set(p, at), at += p.length);
        fields[name] = dec.decode(bytes);
      }
    }
  } catch (err) {
    reader.cancel();
    throw err;
  }
  reader.cancel();
  throw new HttpError(422, `multipart field '${field}' with a file is required`, "MISSING_FIELD", {
    field,
  });
}

/** Wraps `data`, failing with 413 once more than `maxBytes` have passed. */
export async function* limitBytes(
  data: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<Uint8Array> {
  let seen = 0;
  for await (const chunk of data) {
    seen += chunk.length;
    if (seen > maxBytes) {
      throw new HttpError(
        413,
        `upload is larger than the limit of ${maxBytes} bytes`,
        "PAYLOAD_TOO_LARGE",
        {
          max_bytes: maxBytes,
        },
      );
    }
    yield chunk;
  }
}
