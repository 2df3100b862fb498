import assert from "node:assert/strict";
import { Synthesizer } from "./synthesizer.ts";
import { TtsGates } from "./gates.ts";
import { ProviderRegistry } from "./registry.ts";
import { createFakeProvider, type FakeProvider } from "./providers/fake.ts";
import { createLogger } from "../common/log.ts";
import { SacvError } from "../common/errors.ts";
import type { TtsProvider } from "./provider.ts";

const quiet = createLogger("test", { sink: () => {} });

function setup(fakeLimit = 2, globalLimit = 8, extra: TtsProvider[] = []) {
  const fake = createFakeProvider();
  const limits: Record<string, number> = { fake: fakeLimit };
  for (const p of extra) limits[p.name] = p.defaultLimit;
  const synth = new Synthesizer({
    registry: new ProviderRegistry([fake, ...extra], "fake"),
    gates: new TtsGates(globalLimit, limits),
    cacheBytes: 1 << 20,
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
  const failing = { text: "flaky", options: { fail: "InternalError", fail_times: "1" } };
  await assert.rejects(synth.synthesize(failing, never()), /InternalError/);
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

Deno.test("setLimits resizes the gates and tells the provider its new limit", () => {
  const seen: number[] = [];
  const sized: TtsProvider = {
    ...createFakeProvider(),
    name: "sized",
    setLimit: (n) => seen.push(n),
  };
  const { synth } = setup(2, 8, [sized]);
  synth.setLimits(0, { sized: 5, fake: 3 });
  assert.deepEqual(seen, [5]);
  assert.equal(synth.gates.provider("sized").limit, 5);
  assert.equal(synth.gates.provider("fake").limit, 3);
  assert.equal(synth.gates.global.limit, 8);
  assert.throws(() => synth.setLimits(0, { sized: 0 }), /'sized'/);
  assert.deepEqual(seen, [5], "a refused change reaches no provider");
});
