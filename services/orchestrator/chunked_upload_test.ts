import assert from "node:assert/strict";
import { join } from "node:path";
import { SacvError } from "../common/errors.ts";
import {
  checkChunkHeader,
  ChunkedUploads,
  type ChunkHeader,
  STALE_SESSION_MS,
} from "./chunked_upload.ts";

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes.subarray(0, 3);
  yield bytes.subarray(3);
}

const header = (over: Partial<ChunkHeader> = {}): ChunkHeader => ({
  projectId: "p1",
  uploadId: "u-1",
  chunkIndex: 0,
  totalChunks: 3,
  fileName: "我的 视频.mp4",
  fileSize: 25,
  maxBytes: 0,
  ...over,
});

const named = (field: string, status = "INVALID_ARGUMENT") => (e: unknown) =>
  e instanceof SacvError && e.status === status && e.details.field === field;

async function listAll(dir: string): Promise<string[]> {
  const out: string[] = [];
  for await (const e of Deno.readDir(dir)) out.push(e.name);
  return out.sort();
}

Deno.test("chunked upload: chunks in any order join into one file; session removed", async () => {
  const root = await Deno.makeTempDir();
  try {
    const up = new ChunkedUploads(root);
    const bytes = new Uint8Array(25).map((_, i) => i * 7);
    const parts = [bytes.subarray(0, 10), bytes.subarray(10, 20), bytes.subarray(20)];
    for (const i of [2, 0, 1]) {
      const r = await up.writeChunk(header({ chunkIndex: i }), once(parts[i]));
      assert.equal(r.size, parts[i].length);
    }
    const again = await up.writeChunk(header({ chunkIndex: 1 }), once(parts[1]));
    assert.equal(again.stored, 3, "a resent chunk replaces itself");
    const done = await up.complete("p1", "u-1", {
      fileName: "x.mp4",
      fileSize: 25,
      totalChunks: 3,
    });
    assert.match(done.path, /^[0-9a-f-]{36}_我的_视频\.mp4$/);
    assert.equal(done.fileName, "我的 视频.mp4");
    assert.deepEqual(await Deno.readFile(join(root, done.path)), bytes);
    assert.deepEqual(await listAll(join(root, ".chunks", "p1")), []);
    assert.deepEqual((await listAll(root)).filter((n) => n.startsWith(".upload_")), []);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("chunked upload: missing chunks, size mismatch, bad ids and names are named; nothing kept", async () => {
  const root = await Deno.makeTempDir();
  try {
    const up = new ChunkedUploads(root);
    await up.writeChunk(
      header({ chunkIndex: 0, totalChunks: 2, fileSize: 6 }),
      once(new Uint8Array(3)),
    );
    await assert.rejects(
      up.complete("p1", "u-1", { fileName: "a.mp4", fileSize: 6, totalChunks: 2 }),
      named("chunk_index", "FAILED_PRECONDITION"),
    );
    await up.writeChunk(
      header({ chunkIndex: 1, totalChunks: 2, fileSize: 6 }),
      once(new Uint8Array(4)),
    );
    await assert.rejects(
      up.complete("p1", "u-1", { fileName: "a.mp4", fileSize: 6, totalChunks: 2 }),
      named("file_size"),
    );
    assert.deepEqual((await listAll(root)).filter((n) => !n.startsWith(".chunks")), []);
    await assert.rejects(
      up.complete("p1", "nope", { fileName: "a.mp4", fileSize: 6, totalChunks: 2 }),
      (e) => e instanceof SacvError && e.status === "NOT_FOUND",
    );
    // Another upload reusing the id with another shape is refused.
    await assert.rejects(
      up.writeChunk(header({ totalChunks: 5, fileSize: 6 }), once(new Uint8Array(3))),
      named("upload_id"),
    );
    assert.throws(() => checkChunkHeader(header({ uploadId: "../../etc" })), named("upload_id"));
    assert.throws(() => checkChunkHeader(header({ uploadId: "段1" })), named("upload_id"));
    assert.throws(() => checkChunkHeader(header({ chunkIndex: 3 })), named("chunk_index"));
    assert.throws(() => checkChunkHeader(header({ totalChunks: 0 })), named("total_chunks"));
    assert.throws(() => checkChunkHeader(header({ fileName: "notes.txt" })), named("file_name"));
    assert.throws(() => checkChunkHeader(header({ fileSize: -1 })), named("file_size"));
    assert.throws(
      () => checkChunkHeader(header({ fileSize: 100, maxBytes: 99 })),
      named("file_size", "RESOURCE_EXHAUSTED"),
    );
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("chunked upload: a cancelled chunk is not kept; stale sessions are swept", async () => {
  const root = await Deno.makeTempDir();
  try {
    const up = new ChunkedUploads(root);
    await assert.rejects(
      up.writeChunk(header(), once(new Uint8Array(5)), () => true),
      (e) => e instanceof SacvError && e.status === "CANCELLED",
    );
    assert.deepEqual(await listAll(join(root, ".chunks", "p1", "u-1")), ["meta.json"]);
    await up.sweepStale(Date.now() + STALE_SESSION_MS + 60_000);
    assert.deepEqual(await listAll(join(root, ".chunks", "p1")), []);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});
