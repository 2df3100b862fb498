// Chunked video uploads bound to a project (the superAIAutoCutVideo upload flow): chunks are
// kept under `<media root>/.chunks/<project>/<upload>/` until completion joins them into one
// video. A chunk is written to a temp name and renamed, so a cut-off chunk never counts.
import { basename, extname, join } from "node:path";
import { CancelledError, SacvError } from "../common/errors.ts";
import { safeFileName, VIDEO_EXTENSIONS } from "./files.ts";

const UPLOAD_ID = /^[A-Za-z0-9_-]{1,80}$/;
const MAX_CHUNKS = 100_000;
/** Sessions untouched for this long are removed when a new one starts. */
export const STALE_SESSION_MS = 24 * 60 * 60 * 1000;

/** What the first message of a chunk stream says about the chunk. */
export interface ChunkHeader {
  projectId: string;
  uploadId: string;
  chunkIndex: number;
  totalChunks: number;
  fileName: string;
  fileSize: number;
  /** Largest accepted whole file; 0 = no limit. */
  maxBytes: number;
}

interface SessionMeta {
  file_name: string;
  file_size: number;
  total_chunks: number;
}

function invalid(field: string, message: string, reason = "INVALID_FIELD"): SacvError {
  return new SacvError("INVALID_ARGUMENT", message, { reason, details: { field } });
}

/** True when `err` is the OS saying the disk is full. */
export function isDiskFull(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | undefined;
  return e?.code === "ENOSPC" || /No space left on device|os error 28/i.test(e?.message ?? "");
}

/** RESOURCE_EXHAUSTED / DISK_FULL for a write that ran out of space (`what` says which). */
export function diskFullError(what: string, cause: unknown): SacvError {
  return new SacvError("RESOURCE_EXHAUSTED", `not enough disk space to store ${what}`, {
    reason: "DISK_FULL",
    cause,
  });
}

/** Checks the header fields, naming the first bad one. */
export function checkChunkHeader(h: ChunkHeader): void {
  if (!UPLOAD_ID.test(h.uploadId)) {
    throw invalid(
      "upload_id",
      `upload_id must be 1-80 letters, digits, '_' or '-': got ${JSON.stringify(h.uploadId)}`,
    );
  }
  if (!Number.isInteger(h.totalChunks) || h.totalChunks < 1 || h.totalChunks > MAX_CHUNKS) {
    throw invalid(
      "total_chunks",
      `total_chunks must be from 1 to ${MAX_CHUNKS}: got ${h.totalChunks}`,
    );
  }
  if (!Number.isInteger(h.chunkIndex) || h.chunkIndex < 0 || h.chunkIndex >= h.totalChunks) {
    throw invalid(
      "chunk_index",
      `chunk_index must be from 0 to ${h.totalChunks - 1}: got ${h.chunkIndex}`,
    );
  }
  checkVideoName(h.fileName);
  if (!Number.isFinite(h.fileSize) || h.fileSize < 0) {
    throw invalid("file_size", `file_size must not be negative: got ${h.fileSize}`);
  }
  if (h.maxBytes > 0 && h.fileSize > h.maxBytes) {
    throw new SacvError(
      "RESOURCE_EXHAUSTED",
      `upload is larger than the limit of ${h.maxBytes} bytes: file_size is ${h.fileSize}`,
      { reason: "PAYLOAD_TOO_LARGE", details: { field: "file_size", max_bytes: h.maxBytes } },
    );
  }
}

function checkVideoName(name: string): void {
  const ext = extname(basename(name.replaceAll("\\", "/"))).toLowerCase();
  if (name.trim() === "" || !VIDEO_EXTENSIONS.includes(ext)) {
    throw invalid(
      "file_name",
      `file_name must have a video extension (${VIDEO_EXTENSIONS.join(", ")}): got ${
        JSON.stringify(name)
      }`,
      "NOT_A_VIDEO",
    );
  }
}

/** Stores chunks and joins them; every path below the media root. */
export class ChunkedUploads {
  readonly root: string;
  readonly mediaRoot: string;

  constructor(mediaRoot: string) {
    this.mediaRoot = mediaRoot;
    this.root = join(mediaRoot, ".chunks");
  }

  #dir(projectId: string, uploadId: string): string {
    return join(this.root, projectId, uploadId);
  }

  /**
   * Writes one chunk from `data` (already-checked header; the project exists).
   * Returns the chunk's size and how many chunks of the upload are stored.
   * `isCancelled` is asked before the chunk is kept: a client that went away
   * ends its stream like a finished one, and a cut-off chunk must not count.
   */
  async writeChunk(
    h: ChunkHeader,
    data: AsyncIterable<Uint8Array>,
    isCancelled: () => boolean = () => false,
  ): Promise<{ size: number; stored: number }> {
    const dir = this.#dir(h.projectId, h.uploadId);
    const meta: SessionMeta = {
      file_name: h.fileName,
      file_size: h.fileSize,
      total_chunks: h.totalChunks,
    };
    let fresh = false;
    try {
      const known = JSON.parse(await Deno.readTextFile(join(dir, "meta.json"))) as SessionMeta;
      if (known.total_chunks !== meta.total_chunks || known.file_name !== meta.file_name) {
        throw invalid(
          "upload_id",
          `upload_id ${h.uploadId} belongs to an upload of ${known.file_name} in ${known.total_chunks} chunks`,
        );
      }
    } catch (err) {
      if (!(err instanceof Deno.errors.NotFound)) throw err;
      fresh = true;
    }
    const tmp = join(dir, `.${h.chunkIndex}.${crypto.randomUUID()}.tmp`);
    let size = 0;
    try {
      if (fresh) {
        await this.sweepStale();
        await Deno.mkdir(dir, { recursive: true });
        await Deno.writeTextFile(join(dir, "meta.json"), JSON.stringify(meta));
      }
      const file = await Deno.open(tmp, { write: true, createNew: true });
      try {
        for await (const bytes of data) {
          size += bytes.length;
          if (h.maxBytes > 0 && size > h.maxBytes) {
            throw new SacvError("RESOURCE_EXHAUSTED", `chunk is larger than ${h.maxBytes} bytes`, {
              reason: "PAYLOAD_TOO_LARGE",
              details: { field: "chunk", max_bytes: h.maxBytes },
            });
          }
          await file.write(bytes);
        }
      } finally {
        file.close();
      }
      if (isCancelled()) throw new CancelledError("chunk upload cancelled by the client");
      await Deno.rename(tmp, join(dir, `${h.chunkIndex}.part`));
    } catch (err) {
      await Deno.remove(tmp).catch(() => {});
      if (isDiskFull(err)) throw diskFullError(`chunk ${h.chunkIndex}`, err);
      throw err;
    }
    return { size, stored: await this.#count(dir) };
  }

  async #count(dir: string): Promise<number> {
    let n = 0;
    for await (const e of Deno.readDir(dir)) if (/^\d+\.part$/.test(e.name)) n++;
    return n;
  }

  /**
   * Joins the chunks of `uploadId` into `<media root>/<uuid>_<safe name>`
   * (through a temp file and a rename) and removes them. Returns the path
   * relative to the media root, the original name and the size.
   */
  async complete(
    projectId: string,
    uploadId: string,
    given: { fileName: string; fileSize: number; totalChunks: number },
  ): Promise<{ path: string; fileName: string; size: number }> {
    checkChunkHeader({
      projectId,
      uploadId,
      chunkIndex: 0,
      totalChunks: given.totalChunks || 1,
      fileName: given.fileName,
      fileSize: given.fileSize,
      maxBytes: 0,
    });
    const dir = this.#dir(projectId, uploadId);
    let meta: SessionMeta;
    try {
      meta = JSON.parse(await Deno.readTextFile(join(dir, "meta.json")));
    } catch (err) {
      if (!(err instanceof Deno.errors.NotFound)) throw err;
      throw new SacvError("NOT_FOUND", `upload ${uploadId} has no chunks for this project`, {
        reason: "UPLOAD_NOT_FOUND",
        details: { field: "upload_id" },
      });
    }
    const parts: string[] = [];
    for (let i = 0; i < meta.total_chunks; i++) {
      const part = join(dir, `${i}.part`);
      try {
        await Deno.stat(part);
      } catch {
        throw new SacvError("FAILED_PRECONDITION", `upload ${uploadId} is missing chunk ${i}`, {
          reason: "MISSING_CHUNK",
          details: { field: "chunk_index", chunk_index: i },
        });
      }
      parts.push(part);
    }
    const tmp = join(this.mediaRoot, `.upload_${crypto.randomUUID()}.part`);
    const finalName = `${crypto.randomUUID()}_${safeFileName(meta.file_name)}`;
    let size = 0;
    try {
      const out = await Deno.open(tmp, { write: true, createNew: true });
      try {
        for (const part of parts) {
          const src = await Deno.open(part, { read: true });
          try {
            for await (const bytes of src.readable) {
              await out.write(bytes);
              size += bytes.length;
            }
          } catch (err) {
            // Leaving the loop early already closed the file with its stream.
            try {
              src.close();
            } catch {
              // Closed.
            }
            throw err;
          }
        }
      } finally {
        out.close();
      }
      if (meta.file_size > 0 && size !== meta.file_size) {
        throw invalid(
          "file_size",
          `upload ${uploadId} has ${size} bytes but file_size says ${meta.file_size}`,
        );
      }
      await Deno.rename(tmp, join(this.mediaRoot, finalName));
    } catch (err) {
      await Deno.remove(tmp).catch(() => {});
      if (isDiskFull(err)) throw diskFullError(meta.file_name, err);
      throw err;
    }
    await Deno.remove(dir, { recursive: true }).catch(() => {});
    return { path: finalName, fileName: basename(meta.file_name.replaceAll("\\", "/")), size };
  }

  /** Removes every pending upload of a project (when it is deleted). */
  async removeProject(projectId: string): Promise<void> {
    await Deno.remove(join(this.root, projectId), { recursive: true }).catch(() => {});
  }

  /** Removes upload sessions untouched for {@linkcode STALE_SESSION_MS}. */
  async sweepStale(now = Date.now()): Promise<void> {
    let projects: Deno.DirEntry[];
    try {
      projects = await Array.fromAsync(Deno.readDir(this.root));
    } catch {
      return;
    }
    for (const p of projects) {
      if (!p.isDirectory) continue;
      for await (const u of Deno.readDir(join(this.root, p.name))) {
        const dir = join(this.root, p.name, u.name);
        const info = await Deno.stat(dir).catch(() => undefined);
        if (info?.mtime && now - info.mtime.getTime() > STALE_SESSION_MS) {
          await Deno.remove(dir, { recursive: true }).catch(() => {});
        }
      }
    }
  }
}
