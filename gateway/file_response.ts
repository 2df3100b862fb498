// Streams a file the orchestrator serves in chunks as an HTTP response, with single byte
// ranges (206, 416) and an optional attachment name.
import type { Context } from "hono";
import { HttpError } from "./errors.ts";
import { type ByteRange, parseRange, resolveRange } from "./range.ts";
import type { FileChunkMsg } from "./types.ts";

/** Reads `length` bytes (0 = to the end) from `offset`; the first chunk carries size and name. */
export type ChunkReader = (
  offset: number,
  length: number,
  signal: AbortSignal,
) => AsyncIterable<FileChunkMsg>;

/** Options for {@linkcode fileResponse}. */
export interface FileResponseOptions {
  /** Send `Content-Disposition: attachment` with the file's name. */
  attachment?: boolean;
  /** Used when the orchestrator names no file. */
  fallbackName: string;
  /** Content type; default from the file name's extension. */
  contentType?: string;
}

const TYPES: Record<string, string> = {
  mp4: "video/mp4",
  m4v: "video/mp4",
  mov: "video/quicktime",
  webm: "video/webm",
  mkv: "video/x-matroska",
  avi: "video/x-msvideo",
  flv: "video/x-flv",
  wmv: "video/x-ms-wmv",
  ts: "video/mp2t",
  mpg: "video/mpeg",
  mpeg: "video/mpeg",
  wav: "audio/wav",
  mp3: "audio/mpeg",
};

/** The content type for a file name (by extension), or application/octet-stream. */
export function contentTypeOf(name: string): string {
  return TYPES[name.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";
}

/**
 * `attachment` with an ASCII fallback name and the exact UTF-8 name as RFC 5987 `filename*`
 * (Chinese and emoji names survive; `'()*` are escaped too, as `attr-char` demands).
 */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A chunk stream whose first chunk has arrived: that chunk (if any) and a body for all bytes. */
export interface OpenedChunks {
  /** The first chunk, which carries the file's total size and name; undefined for no chunks. */
  first: FileChunkMsg | undefined;
  /** Every chunk's bytes, the first included; cancelling it aborts the orchestrator call. */
  body: ReadableStream<Uint8Array>;
}

/**
 * Starts `open` and waits for its first chunk, so that the call's error (no such file or
 * project) decides the status before any byte is sent; the rest is pulled as the client reads.
 */
export async function openChunks(
  open: (signal: AbortSignal) => AsyncIterable<FileChunkMsg>,
): Promise<OpenedChunks> {
  const ac = new AbortController();
  const it = open(ac.signal)[Symbol.asyncIterator]();
  let first: IteratorResult<FileChunkMsg>;
  try {
    first = await it.next();
  } catch (err) {
    ac.abort();
    throw err;
  }
  let pending: Uint8Array | undefined = first.done ? undefined : first.value.data;
  let finished = first.done === true;
  const body = new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      if (pending) {
        const chunk = pending;
        pending = undefined;
        if (chunk.length > 0) return ctrl.enqueue(new Uint8Array(chunk));
      }
      if (finished) return ctrl.close();
      const next = await it.next();
      if (next.done) {
        finished = true;
        return ctrl.close();
      }
      ctrl.enqueue(new Uint8Array(next.value.data));
    },
    cancel() {
      ac.abort();
    },
  });
  return { first: first.done ? undefined : first.value, body };
}

async function totalSize(read: ChunkReader): Promise<number> {
  const ac = new AbortController();
  try {
    for await (const chunk of read(0, 1, ac.signal)) return chunk.total_size;
    return 0;
  } finally {
    ac.abort();
  }
}

/** Answers the file `read` serves: 200 whole, 206 for a satisfiable range, 416 otherwise. */
export async function fileResponse(
  c: Context,
  read: ChunkReader,
  options: FileResponseOptions,
): Promise<Response> {
  const spec = parseRange(c.req.header("range"));
  let range: ByteRange | undefined;
  let total: number | undefined;
  if (spec) {
    total = await totalSize(read);
    const r = resolveRange(spec, total);
    if (r === "unsatisfiable") {
      c.header("content-range", `bytes */${total}`);
      throw new HttpError(
        416,
        `range ${c.req.header("range")} is outside the ${total}-byte file`,
        "RANGE_NOT_SATISFIABLE",
      );
    }
    range = r;
  }
  const length = range ? range.end - range.start + 1 : 0;
  const { first, body } = await openChunks((signal) => read(range?.start ?? 0, length, signal));
  total ??= first?.total_size ?? 0;
  const filename = first?.filename || options.fallbackName;
  const headers: Record<string, string> = {
    "content-type": options.contentType ?? contentTypeOf(filename),
    "accept-ranges": "bytes",
    "content-length": String(range ? length : total),
  };
  if (range) headers["content-range"] = `bytes ${range.start}-${range.end}/${total}`;
  if (options.attachment) headers["content-disposition"] = contentDisposition(filename);
  return c.body(body, range ? 206 : 200, headers);
}
