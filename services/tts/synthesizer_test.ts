import assert from "node:assert/strict";
import { Synthesizer } from "./synthesizer.ts";
import { TtsGates } from "./gates.ts";
import { ProviderRegistry } from "./registry.ts";
import { createFakeProvider, type FakeProvider } from "./providers/fake.ts";
import { createLogger } from "../common/log.ts";
import { SacvError } from "../common/errors.ts";
import type { TtsProvider } from "./provider.ts";
import type { RetryPolicy } from "./provider_call.ts";
import { DiskCache } from "./disk_cache.ts";

const quiet = createLogger("test", { sink: () => {} });

function setup(
  fakeLimit = 2,
  globalLimit = 8,
  extra: TtsProvider[] = [],
  retry: RetryPolicy = { budgetMs: 10_000, minDelayMs: 2, maxDelayMs: 10 },
) {
  const fake = createFakeProvider();
  const limits: Record<string, number> = { fake: fakeLimit };
  for (const p of extra) limits[p.name] = p.defaultLimit;
  const synth = new Synthesizer({
    registry: new ProviderRegistry([fake, ...extra], "fake"),
    gates: new TtsGates(globalLimit, limits),
    cacheBytes: 1 << 20,
    retry,
    logger: quiet,
  });
  return { fake, synth };
}

const never = () => new AbortController().signal;

Deno.test("the provider never sees more calls than its limit or the global limit", async () => {
  for (const [fakeLimit, globalLimit, expected] of [[3, 8, 3], [8, 2, 2]]) {
    const { fake, synth } = setup(fakeLimit, globalLimit);
    const jobs = Array.from(
      { length: 12 },
      (_, i) => synth.synthesize({ text: `t${i}`, options: { latency_ms: "20" } }, never()),
    );
    const results = await Promise.all(jobs);
    assert.equal(results.length, 12);
    assert.equal((fake as FakeProvider).peak, expected, `limits ${fakeLimit}/${globalLimit}`);
    assert.ok(synth.gates.snapshot().global.peak <= globalLimit);
  }
});

Deno.test("defaults are applied and echoed in the result", async () => {
  const { synth } = setup();
  const r = await synth.synthesize({ request_id: "a", text: "  hello  " }, never());
  assert.equal(r.request_id, "a");
  assert.equal(r.provider, "fake");
  assert.equal(r.voice, "fake-a");
  assert.equal(r.codec, "wav");
  assert.equal(r.sample_rate, 16000);
  assert.equal(r.duration_ms, 5 * 80, "text is trimmed");
  assert.equal(r.attempts, 1);
  assert.equal(r.cached, false);
});

Deno.test("identical concurrent requests share one provider call; later ones hit the cache", async () => {
  const { fake, synth } = setup();
  const req = { text: "same", options: { latency_ms: "30" } };
  const [a, b] = await Promise.all([
    synth.synthesize(req, never()),
    synth.synthesize(req, never()),
  ]);
  assert.equal(fake.calls, 1);
  assert.deepEqual([a.cached, b.cached].sort(), [false, true]);
  const c = await synth.synthesize(req, never());
  assert.equal(c.cached, true);
  assert.equal(fake.calls, 1);
  const d = await synth.synthesize({ ...req, no_cache: true }, never());
  assert.equal(d.cached, false);
  assert.equal(fake.calls, 2);
  // Failures are not cached.
  const failing = { text: "flaky", options: { fail: "AuthFailure", fail_times: "1" } };
  await assert.rejects(synth.synthesize(failing, never()), /AuthFailure/);
  assert.equal((await synth.synthesize(failing, never())).cached, false);
});

Deno.test("aborting frees global and provider slots at once", async () => {
  const { synth } = setup(1, 2);
  const ac = new AbortController();
  const jobs = Array.from(
    { length: 4 },
    (_, i) => synth.synthesize({ text: `slow ${i}`, options: { latency_ms: "60000" } }, ac.signal),
  );
  const settled = Promise.allSettled(jobs);
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.equal(synth.gates.snapshot().providers.fake.inFlight, 1);
  ac.abort();
  // Released in the same turn: no provider call has to finish first.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const snap = synth.gates.snapshot();
  assert.equal(snap.global.inFlight + snap.global.queued, 0);
  assert.equal(snap.providers.fake.inFlight + snap.providers.fake.queued, 0);
  for (const s of await settled) {
    assert.equal(s.status, "rejected");
    assert.equal((s as PromiseRejectedResult).reason.status, "CANCELLED");
  }
});

Deno.test("bad requests name the field; an unavailable provider is FAILED_PRECONDITION", async () => {
  const offline: TtsProvider = {
    ...createFakeProvider(),
    name: "offline",
    availability: () => ({ ok: false, reason: "no credentials" }),
  };
  const { synth } = setup(2, 8, [offline]);
  const cases: [Record<string, unknown>, string][] = [
    [{ text: "" }, "text"],
    [{ text: "x".repeat(5001) }, "text"],
    [{ text: "x", speed: 0.1 }, "speed"],
    [{ text: "x", speed: -1 }, "speed"],
    [{ text: "x", codec: "flac" }, "codec"],
    [{ text: "x", codec: "mp3" }, "codec"],
    [{ text: "x", sample_rate: 44100.5 }, "sample_rate"],
    [{ text: "x", provider: "nope" }, "provider"],
  ];
  for (const [req, field] of cases) {
    await assert.rejects(
      synth.synthesize(req as { text: string }, never()),
      (e: unknown) =>
        e instanceof SacvError && e.status === "INVALID_ARGUMENT" && e.details.field === field &&
        e.message.startsWith(field),
      JSON.stringify(req).slice(0, 80),
    );
  }
  await assert.rejects(
    synth.synthesize({ text: "x", provider: "offline" }, never()),
    (e: unknown) =>
      e instanceof SacvError && e.status === "FAILED_PRECONDITION" &&
      /no credentials/.test(e.message),
  );
});

Deno.test("setLimits resizes the gates and tells the provider its new limit", async () => {
  const seen: number[] = [];
  const sized: TtsProvider = {
    ...createFakeProvider(),
    name: "sized",
    setLimit: (n) => seen.push(n),
  };
  const { synth } = setup(2, 8, [sized]);
  await synth.setLimits(0, { sized: 5, fake: 3 });
  assert.deepEqual(seen, [5]);
  const snap = synth.gates.snapshot();
  assert.equal(snap.providers.sized.limit, 5);
  assert.equal(snap.providers.fake.limit, 3);
  assert.equal(snap.global.limit, 8);
  await assert.rejects(synth.setLimits(0, { sized: 0 }), /'sized'/);
  assert.deepEqual(seen, [5], "a refused change reaches no provider");
});

Deno.test("throttling and transient failures are retried above the provider; attempts count every call", async () => {
  const { fake, synth } = setup(4, 8);
  const r = await synth.synthesize({
    text: "busy",
    no_cache: true,
    options: { fail: "RequestLimitExceeded", fail_times: "3" },
  }, never());
  assert.equal(r.attempts, 4);
  assert.equal(fake.calls, 4);
  const t = await synth.synthesize({
    text: "flaky",
    no_cache: true,
    options: { fail: "InternalError.Busy", fail_times: "2" },
  }, never());
  assert.equal(t.attempts, 3);
  const stats = synth.gates.snapshot().providers.fake;
  assert.equal(stats.throttles, 3, "only RESOURCE_EXHAUSTED counts as throttling");
  assert.equal(stats.retries, 5);
  assert.ok(stats.limit < 4, `effective limit dropped: ${stats.limit}`);
  assert.equal(stats.configured, 4);
});

Deno.test("terminal failures fail at once with their reason and one attempt", async () => {
  const { fake, synth } = setup();
  for (const code of ["AuthFailure.SecretIdNotFound", "InvalidParameter", "UnsupportedOperation"]) {
    await assert.rejects(
      synth.synthesize({ text: code, no_cache: true, options: { fail: code } }, never()),
      (e: unknown) =>
        e instanceof SacvError && e.reason === code && e.details.attempts === 1 && !e.retryable,
    );
  }
  assert.equal(fake.calls, 3);
  assert.equal(synth.gates.snapshot().providers.fake.retries, 0);
});

Deno.test("retries stop when the budget is spent; the error says so and counts the calls", async () => {
  const { fake, synth } = setup(2, 8, [], { budgetMs: 200, minDelayMs: 20, maxDelayMs: 40 });
  const started = performance.now();
  await assert.rejects(
    synth.synthesize({ text: "down", no_cache: true, options: { fail: "InternalError" } }, never()),
    (e: unknown) => {
      assert.ok(e instanceof SacvError);
      assert.equal(e.status, "UNAVAILABLE");
      assert.equal(e.reason, "InternalError");
      assert.equal(e.details.attempts, fake.calls);
      assert.match(e.message, /retry budget of 200 ms spent/);
      return true;
    },
  );
  assert.ok(fake.calls >= 3, `${fake.calls} calls within the budget`);
  assert.ok(performance.now() - started >= 200);
});

Deno.test("no slot is held during a backoff wait, and cancelling it rejects at once", async () => {
  const { fake, synth } = setup(1, 1, [], {
    budgetMs: 600_000,
    minDelayMs: 60_000,
    maxDelayMs: 60_000,
  });
  const ac = new AbortController();
  const waiting = synth.synthesize(
    { text: "throttled", no_cache: true, options: { fail: "RequestLimitExceeded" } },
    ac.signal,
  );
  waiting.catch(() => {});
  // The first call failed and the item now waits up to a minute: its slots are free for others.
  while (fake.calls < 1) await new Promise((resolve) => setTimeout(resolve, 1));
  const other = await synth.synthesize({ text: "meanwhile", no_cache: true }, never());
  assert.equal(other.attempts, 1);
  const snap = synth.gates.snapshot();
  assert.equal(snap.global.inFlight + snap.providers.fake.inFlight, 0);
  const started = performance.now();
  ac.abort();
  await assert.rejects(waiting, (e: unknown) => e instanceof SacvError && e.status === "CANCELLED");
  assert.ok(performance.now() - started < 5_000, "rejected without waiting out the backoff");
  assert.equal(fake.calls, 2, "no call after the cancel");
});

Deno.test("a cached result reports no provider calls", async () => {
  const { fake, synth } = setup();
  const first = await synth.synthesize({ text: "again" }, never());
  const second = await synth.synthesize({ text: "again" }, never());
  assert.deepEqual([first.attempts, second.attempts, second.cached], [1, 0, true]);
  assert.equal(fake.calls, 1);
});

Deno.test("results persist on disk: a new synthesizer on the same directory calls no provider", async () => {
  const dir = await Deno.makeTempDir({ prefix: "sacv-synth-disk-" });
  try {
    const make = async () => {
      const fake = createFakeProvider();
      const synth = new Synthesizer({
        registry: new ProviderRegistry([fake], "fake"),
        gates: new TtsGates(4, { fake: 2 }),
        cacheBytes: 1 << 20,
        disk: await DiskCache.open({ dir, maxBytes: 1 << 20 }),
        logger: quiet,
      });
      return { fake, synth };
    };
    const first = await make();
    const texts = ["第一段。", "second 🎬", "第三段\u0007"];
    const before = await Promise.all(
      texts.map((text) => first.synth.synthesize({ text }, never())),
    );
    assert.equal(first.fake.calls, 3);
    const second = await make();
    const after = await Promise.all(
      texts.map((text) => second.synth.synthesize({ text }, never())),
    );
    assert.equal(second.fake.calls, 0, "the restarted service paid for nothing");
    for (const [i, r] of after.entries()) {
      assert.equal(r.cached, true);
      assert.equal(r.attempts, 0);
      assert.deepEqual(r.audio, before[i].audio);
      assert.equal(r.duration_ms, before[i].duration_ms);
    }
    assert.deepEqual(second.synth.cacheStats, { memoryHits: 0, diskHits: 3, misses: 0 });
    // Now in memory too.
    await second.synth.synthesize({ text: texts[0] }, never());
    assert.equal(second.synth.cacheStats.memoryHits, 1);
    // no_cache bypasses both layers.
    const fresh = await second.synth.synthesize({ text: texts[0], no_cache: true }, never());
    assert.equal(fresh.cached, false);
    assert.equal(second.fake.calls, 1);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
