import assert from "node:assert/strict";
import { join } from "node:path";
import { cacheKey } from "./cache.ts";
import { DiskCache, type StoredResult } from "./disk_cache.ts";

const key = (text: string) =>
  cacheKey({ provider: "fake", voice: "v", speed: 1, codec: "wav", sampleRate: 16000, text });

const result = (n: number, fill = 7): StoredResult => ({
  audio: new Uint8Array(n).fill(fill),
  codec: "wav",
  sampleRate: 16000,
  durationMs: n,
  chunks: 1,
  voice: "声音 🎙",
  words: [{ text: "声音", startMs: 0, endMs: n / 2 }],
});

async function withDir(fn: (dir: string) => Promise<void>) {
  // Chinese, emoji and spaces in the path must not matter.
  const dir = await Deno.makeTempDir({ prefix: "sacv 缓存 🎧 " });
  try {
    await fn(join(dir, "tts_cache"));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

const exists = (path: string) => Deno.stat(path).then(() => true, () => false);

Deno.test("entries round-trip and survive reopening the directory", async () => {
  await withDir(async (dir) => {
    const a = await key("a");
    const cache = await DiskCache.open({ dir, maxBytes: 1 << 20 });
    assert.equal(await cache.get(a), undefined);
    await cache.set(a, result(1000));
    assert.deepEqual(await cache.get(a), result(1000));
    const reopened = await DiskCache.open({ dir, maxBytes: 1 << 20 });
    assert.equal(reopened.size, 1);
    assert.ok(reopened.bytes > 1000);
    assert.deepEqual(await reopened.get(a), result(1000));
    await cache.flush();
    await reopened.flush();
  });
});

Deno.test("the size budget evicts the least recently used entry and removes its file", async () => {
  await withDir(async (dir) => {
    const [a, b, c, d] = await Promise.all(["a", "b", "c", "d"].map(key));
    // Each entry is 1000 bytes of audio plus a header of about 300: three fit in 4000.
    const cache = await DiskCache.open({ dir, maxBytes: 4000 });
    await cache.set(a, result(1000));
    await cache.set(b, result(1000));
    await cache.set(c, result(1000));
    assert.ok(await cache.get(a), "a is now the most recently used");
    await cache.set(d, result(1000));
    await cache.flush();
    assert.equal(await exists(cache.path(b)), false, "b was evicted from disk");
    for (const k of [a, c, d]) assert.ok(await exists(cache.path(k)));
    assert.ok(cache.bytes <= 4000);
    // A value bigger than the whole budget is not stored (and evicts nothing).
    await cache.set(await key("huge"), result(5000));
    assert.equal(cache.size, 3);
  });
});

Deno.test("after a restart the order of use is kept through file times", async () => {
  await withDir(async (dir) => {
    const [a, b, c, d] = await Promise.all(["a", "b", "c", "d"].map(key));
    const cache = await DiskCache.open({ dir, maxBytes: 4000 });
    for (const k of [a, b, c]) await cache.set(k, result(1000));
    // Written long ago, c first: without any use, c would go first.
    const past = (s: number) => new Date(Date.UTC(2020, 0, 1, 0, 0, s));
    await Deno.utime(cache.path(c), past(1), past(1));
    await Deno.utime(cache.path(a), past(2), past(2));
    await Deno.utime(cache.path(b), past(3), past(3));
    assert.ok(await cache.get(c), "a hit touches the file");
    await cache.flush();
    const reopened = await DiskCache.open({ dir, maxBytes: 4000 });
    await reopened.set(d, result(1000));
    await reopened.flush();
    assert.equal(await exists(reopened.path(a)), false, "a, the least recently used, went");
    for (const k of [b, c, d]) assert.ok(await exists(reopened.path(k)));
  });
});

Deno.test("damaged entries are ignored and removed; temp files of a crash are cleared", async () => {
  await withDir(async (dir) => {
    const [a, b, c, d] = await Promise.all(["a", "b", "c", "d"].map(key));
    const cache = await DiskCache.open({ dir, maxBytes: 1 << 20 });
    for (const k of [a, b, c, d]) await cache.set(k, result(500));
    // A flipped audio byte, a truncated file, another entry's file under this name, junk.
    const bytes = await Deno.readFile(cache.path(a));
    bytes[bytes.length - 1] ^= 0xff;
    await Deno.writeFile(cache.path(a), bytes);
    await Deno.truncate(cache.path(b), 20);
    await Deno.copyFile(cache.path(d), cache.path(c));
    await Deno.writeTextFile(cache.path(d), "不是缓存 \u0000 🙃");
    await Deno.writeTextFile(join(dir, "tmp", `${a}.crashed`), "half a write");
    const reopened = await DiskCache.open({ dir, maxBytes: 1 << 20 });
    assert.equal(await exists(join(dir, "tmp", `${a}.crashed`)), false);
    for (const k of [a, b, c, d]) {
      assert.equal(await reopened.get(k), undefined, "a damaged entry is a miss");
      assert.equal(await exists(reopened.path(k)), false, "and its file is removed");
    }
    assert.equal(reopened.size, 0);
    await reopened.set(a, result(500, 9));
    assert.deepEqual(await reopened.get(a), result(500, 9), "the key is usable again");
  });
});

Deno.test("processes sharing a directory see each other's entries", async () => {
  await withDir(async (dir) => {
    const a = await key("shared");
    const one = await DiskCache.open({ dir, maxBytes: 1 << 20 });
    const two = await DiskCache.open({ dir, maxBytes: 1 << 20 });
    await one.set(a, result(800));
    assert.deepEqual(await two.get(a), result(800));
    assert.equal(two.size, 1);
    await one.flush();
    await two.flush();
  });
});

Deno.test("bad budgets and keys are refused naming them", async () => {
  await withDir(async (dir) => {
    await assert.rejects(
      DiskCache.open({ dir, maxBytes: 0 }),
      /'maxBytes' must be a positive integer: current value is 0/,
    );
    const cache = await DiskCache.open({ dir, maxBytes: 100 });
    await assert.rejects(cache.get("../../etc/passwd"), /not a SHA-256 hex/);
    await assert.rejects(cache.set("段1", result(1)), /not a SHA-256 hex/);
  });
});
