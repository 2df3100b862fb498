import assert from "node:assert/strict";
import { cacheKey, ResultCache } from "./cache.ts";
import { SacvError } from "../common/errors.ts";

const parts = {
  provider: "fake",
  voice: "v",
  speed: 1,
  codec: "wav",
  sampleRate: 16000,
  text: "hi",
};

Deno.test("cacheKey changes with every part and is stable", async () => {
  const base = await cacheKey(parts);
  assert.match(base, /^[0-9a-f]{64}$/);
  assert.equal(await cacheKey({ ...parts }), base);
  assert.equal(await cacheKey({ ...parts, options: {} }), base);
  assert.equal(
    await cacheKey({ ...parts, options: { a: "1", b: "2" } }),
    await cacheKey({ ...parts, options: { b: "2", a: "1" } }),
  );
  for (
    const change of [
      { provider: "local" },
      { voice: "w" },
      { speed: 1.2 },
      { codec: "pcm" },
      { sampleRate: 8000 },
      { text: "hi!" },
      { options: { ms_per_char: "50" } },
    ]
  ) {
    assert.notEqual(await cacheKey({ ...parts, ...change }), base, JSON.stringify(change));
  }
  // Length prefixes keep shifted boundaries apart.
  assert.notEqual(
    await cacheKey({ ...parts, voice: "a|b", text: "c" }),
    await cacheKey({ ...parts, voice: "a", text: "b|c" }),
  );
});

Deno.test("ResultCache evicts least recently used entries to stay within its byte budget", () => {
  const cache = new ResultCache<Uint8Array>({ maxBytes: 10, sizeOf: (v) => v.length });
  cache.set("a", new Uint8Array(4));
  cache.set("b", new Uint8Array(4));
  assert.ok(cache.get("a")); // a is now most recent
  cache.set("c", new Uint8Array(4));
  assert.equal(cache.get("b"), undefined);
  assert.ok(cache.get("a"));
  assert.ok(cache.get("c"));
  assert.equal(cache.bytes, 8);
  cache.set("huge", new Uint8Array(11));
  assert.equal(cache.get("huge"), undefined);
  assert.equal(cache.size, 2);
  assert.throws(() => new ResultCache({ maxBytes: -1, sizeOf: () => 0 }), /'maxBytes'.*-1/);
});

Deno.test("shared runs one computation for concurrent identical keys", async () => {
  const cache = new ResultCache<number>({ maxBytes: 100, sizeOf: () => 1 });
  let calls = 0;
  let finish!: (v: number) => void;
  const compute = () => {
    calls++;
    return new Promise<number>((resolve) => (finish = resolve));
  };
  const signal = new AbortController().signal;
  const a = cache.shared("k", signal, compute);
  const b = cache.shared("k", signal, compute);
  finish(42);
  assert.deepEqual(await a, { value: 42, joined: false });
  assert.deepEqual(await b, { value: 42, joined: true });
  assert.equal(calls, 1);
  // Done computations are not shared any more.
  const c = cache.shared("k", signal, () => Promise.resolve(7));
  assert.deepEqual(await c, { value: 7, joined: false });
});

Deno.test("shared aborts the computation only when every waiter has aborted", async () => {
  const cache = new ResultCache<number>({ maxBytes: 100, sizeOf: () => 1 });
  let computeSignal!: AbortSignal;
  let finish!: (v: number) => void;
  const compute = (s: AbortSignal) => {
    computeSignal = s;
    return new Promise<number>((resolve, reject) => {
      finish = resolve;
      s.addEventListener("abort", () => reject(s.reason));
    });
  };
  const first = new AbortController();
  const second = new AbortController();
  const a = cache.shared("k", first.signal, compute);
  const b = cache.shared("k", second.signal, compute);
  first.abort();
  await assert.rejects(a, (e: unknown) => e instanceof SacvError && e.status === "CANCELLED");
  assert.equal(computeSignal.aborted, false, "the other waiter still wants the result");
  second.abort();
  await assert.rejects(b, (e: unknown) => e instanceof SacvError && e.status === "CANCELLED");
  assert.equal(computeSignal.aborted, true);
  finish(1);
});
