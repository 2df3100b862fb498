import assert from "node:assert/strict";
import { createFakeProvider } from "./fake.ts";
import { decodeWav, pcmDurationMs } from "../wav.ts";
import type { SynthesisInput } from "../provider.ts";
import { SacvError } from "../../common/errors.ts";

const input = (over: Partial<SynthesisInput> = {}): SynthesisInput => ({
  text: "你好 world",
  voice: "fake-a",
  speed: 1,
  codec: "wav",
  sampleRate: 16000,
  options: {},
  ...over,
});
const signal = () => new AbortController().signal;

Deno.test("fake audio is deterministic and its length follows the text and speed", async () => {
  const fake = createFakeProvider();
  const a = await fake.synthesize(input(), signal());
  const b = await fake.synthesize(input(), signal());
  assert.deepEqual(a.audio, b.audio);
  const pcm = decodeWav(a.audio);
  assert.equal(pcm.sampleRate, 16000);
  assert.equal(pcmDurationMs(pcm), 7 * 80, "7 non-space characters at 80 ms");
  assert.equal(a.durationMs, 560);
  assert.ok(pcm.samples.some((s) => Math.abs(s) > 1000), "not silent");
  const fast = await fake.synthesize(
    input({ speed: 2, options: { ms_per_char: "100" } }),
    signal(),
  );
  assert.equal(fast.durationMs, 350);
  const raw = await fake.synthesize(input({ codec: "pcm", sampleRate: 8000 }), signal());
  assert.equal(raw.audio.length, 0.56 * 8000 * 2);
  await assert.rejects(
    fake.synthesize(input({ codec: "mp3" }), signal()),
    (e: unknown) => e instanceof SacvError && e.status === "INVALID_ARGUMENT",
  );
});

Deno.test("fake injects errors, classified, and fail_times lets later calls succeed", async () => {
  const fake = createFakeProvider();
  const opts = { fail: "RequestLimitExceeded", fail_times: "2" };
  for (let i = 0; i < 2; i++) {
    await assert.rejects(
      fake.synthesize(input({ options: opts }), signal()),
      (e: unknown) =>
        e instanceof SacvError && e.status === "RESOURCE_EXHAUSTED" &&
        e.reason === "RequestLimitExceeded" && e.retryable,
    );
  }
  assert.ok((await fake.synthesize(input({ options: opts }), signal())).audio.length > 44);
  await assert.rejects(
    fake.synthesize(input({ options: { fail: "AuthFailure.SecretIdNotFound" } }), signal()),
    (e: unknown) => e instanceof SacvError && e.status === "UNAUTHENTICATED" && !e.retryable,
  );
  await assert.rejects(
    fake.synthesize(input({ options: { latency_ms: "soon" } }), signal()),
    /'latency_ms'.*soon/,
  );
});

Deno.test("fake latency stops promptly on abort and counts concurrency", async () => {
  const fake = createFakeProvider({ latencyMs: 60_000 });
  const ac = new AbortController();
  const calls = [1, 2, 3].map(() => fake.synthesize(input(), ac.signal));
  assert.equal(fake.active, 3);
  ac.abort();
  for (const c of calls) {
    await assert.rejects(c, (e: unknown) => e instanceof SacvError && e.status === "CANCELLED");
  }
  assert.equal(fake.active, 0);
  assert.equal(fake.peak, 3);
  assert.equal(fake.calls, 3);
});

Deno.test("fake word_gap_ms speaks word by word: silent gaps where the word timings say", async () => {
  const fake = createFakeProvider();
  const out = await fake.synthesize(
    input({ text: "你好, big world!", options: { ms_per_char: "50", word_gap_ms: "100" } }),
    signal(),
  );
  assert.deepEqual(out.words, [
    { text: "你", startMs: 0, endMs: 50 },
    { text: "好", startMs: 150, endMs: 200 },
    { text: "big", startMs: 300, endMs: 450 },
    { text: "world", startMs: 550, endMs: 800 },
  ]);
  const pcm = decodeWav(out.audio);
  assert.equal(pcmDurationMs(pcm), 800);
  const loud = (fromMs: number, toMs: number) =>
    pcm.samples.slice(fromMs * 16, toMs * 16).some((s) => Math.abs(s) > 500);
  for (const w of out.words!) assert.ok(loud(w.startMs + 5, w.endMs - 5), w.text);
  assert.ok(!loud(200, 300) && !loud(450, 550), "silence between words");
});
