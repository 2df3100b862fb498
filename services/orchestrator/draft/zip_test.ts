import assert from "node:assert/strict";
import { join } from "node:path";
import { configure, Uint8ArrayReader, Uint8ArrayWriter, ZipReader } from "@zip.js/zip.js";
import { listFolder, zipFolder } from "./zip.ts";

configure({ useWebWorkers: false });

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const p of stream) parts.push(p);
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (all.set(p, at), at += p.length);
  return all;
}

Deno.test("zipFolder: every file under the draft's folder name, UTF-8 names, exact bytes", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.mkdir(join(dir, "assets"));
    const media = new Uint8Array(300_000);
    for (let at = 0; at < media.length; at += 65536) {
      crypto.getRandomValues(media.subarray(at, at + 65536));
    }
    await Deno.writeFile(join(dir, "assets", "旁白_1.wav"), media);
    await Deno.writeTextFile(
      join(dir, "draft_info.json"),
      JSON.stringify({ t: "字".repeat(5000) }),
    );
    await Deno.symlink("/etc/passwd", join(dir, "link"));
    assert.deepEqual((await listFolder(dir)).map((f) => f.rel), [
      "assets/旁白_1.wav",
      "draft_info.json",
    ]);
    const zip = await collect(zipFolder(dir, { rootName: "草稿😀" }));
    const reader = new ZipReader(new Uint8ArrayReader(zip));
    const entries = await reader.getEntries();
    assert.deepEqual(entries.map((e) => e.filename), [
      "草稿😀/assets/旁白_1.wav",
      "草稿😀/draft_info.json",
    ]);
    assert.equal(entries[0].compressedSize, media.length, "media is stored, not deflated");
    assert.ok(entries[1].compressedSize < entries[1].uncompressedSize / 10, "JSON is deflated");
    const media0 = entries[0];
    assert.ok(!media0.directory);
    assert.deepEqual(await media0.getData(new Uint8ArrayWriter()), media);
    await reader.close();
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("zipFolder: a 384 MiB draft streams through without its size in memory", async () => {
  const dir = await Deno.makeTempDir();
  try {
    // Sparse: no disk used, but every byte is read, checksummed and sent.
    const f = await Deno.create(join(dir, "big.mp4"));
    await f.truncate(384 * 1024 * 1024);
    f.close();
    // Warm up (module init, JIT) on a small folder so only the big run is measured.
    const small = await Deno.makeTempDir();
    await Deno.writeFile(join(small, "a.bin"), new Uint8Array(4 * 1024 * 1024));
    await collect(zipFolder(small, { rootName: "warm-up" }));
    await Deno.remove(small, { recursive: true });
    const before = Deno.memoryUsage().rss;
    let peak = before;
    let bytes = 0;
    for await (const chunk of zipFolder(dir, { rootName: "d" })) {
      bytes += chunk.length;
      peak = Math.max(peak, Deno.memoryUsage().rss);
    }
    assert.ok(bytes > 384 * 1024 * 1024, `${bytes} bytes`);
    // Holding the archive would add 384 MiB; streaming leaves only buffers and GC slack.
    const grew = (peak - before) / 1024 / 1024;
    assert.ok(grew < 128, `RSS grew by ${grew.toFixed(0)} MiB while zipping 384 MiB`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("zipFolder: aborting stops the stream with an error", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const f = await Deno.create(join(dir, "big.mp4"));
    await f.truncate(64 * 1024 * 1024);
    f.close();
    const ac = new AbortController();
    const reader = zipFolder(dir, { rootName: "d", signal: ac.signal }).getReader();
    await reader.read();
    ac.abort();
    let read = 0;
    await assert.rejects(async () => {
      while (!(await reader.read()).done) read++;
    });
    assert.ok(read < 1000, `${read} chunks after the abort`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
