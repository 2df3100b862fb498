import assert from "node:assert/strict";
import { createLocalProvider, LOCAL_SAMPLE_RATE, resample, resolveVoice } from "./local.ts";
import { decodeWav, pcmDurationMs } from "../wav.ts";
import type { SynthesisInput } from "../provider.ts";
import { SacvError } from "../../common/errors.ts";

const input = (over: Partial<SynthesisInput>): SynthesisInput => ({
  text: "",
  voice: "auto",
  speed: 1,
  codec: "wav",
  sampleRate: LOCAL_SAMPLE_RATE,
  options: {},
  ...over,
});

function rms(samples: Int16Array): number {
  let sum = 0;
  for (const s of samples) sum += s * s;
  return Math.sqrt(sum / Math.max(1, samples.length));
}

Deno.test("resolveVoice picks Mandarin for Chinese text and refuses unknown voices", () => {
  assert.equal(resolveVoice("auto", "今天天气很好"), "cmn");
  assert.equal(resolveVoice("", "Hello there"), "en-us");
  assert.equal(resolveVoice("en", "你好"), "en");
  assert.throws(() => resolveVoice("klingon", "x"), /no voice 'klingon'/);
});

Deno.test("resample keeps the duration and the signal", () => {
  const samples = new Int16Array(22050).map((_, i) => Math.round(Math.sin(i / 10) * 10000));
  const out = resample({ sampleRate: 22050, channels: 1, samples }, 16000);
  assert.equal(out.samples.length, 16000);
  assert.ok(Math.abs(rms(out.samples) - rms(samples)) < 200);
});

Deno.test("local voice speaks Chinese and English with plausible durations", async () => {
  const local = createLocalProvider({ workers: 1 });
  try {
    const signal = new AbortController().signal;
    const zh = await local.synthesize(
      input({ text: "今天天气很好，我们一起去公园散步吧。" }),
      signal,
    );
    const zhPcm = decodeWav(zh.audio);
    assert.equal(zhPcm.sampleRate, LOCAL_SAMPLE_RATE);
    const zhMs = pcmDurationMs(zhPcm);
    assert.ok(zhMs > 2000 && zhMs < 9000, `Chinese sentence lasted ${zhMs} ms`);
    assert.ok(rms(zhPcm.samples) > 300, "Chinese audio is not silent");

    const en = await local.synthesize(
      input({ text: "The quick brown fox jumps over the lazy dog.", sampleRate: 16000 }),
      signal,
    );
    const enPcm = decodeWav(en.audio);
    assert.equal(enPcm.sampleRate, 16000);
    const enMs = pcmDurationMs(enPcm);
    assert.ok(enMs > 1200 && enMs < 6000, `English sentence lasted ${enMs} ms`);
    assert.ok(rms(enPcm.samples) > 300, "English audio is not silent");
    assert.equal(en.durationMs, enMs);

    const fast = await local.synthesize(
      input({ text: "The quick brown fox jumps over the lazy dog.", speed: 2, codec: "pcm" }),
      signal,
    );
    const fastMs = (fast.audio.length / 2 / LOCAL_SAMPLE_RATE) * 1000;
    assert.ok(fastMs < enMs * 0.75, `speed 2 gave ${fastMs} ms vs ${enMs} ms`);
  } finally {
    local.close();
  }
});

Deno.test("local voice refuses mp3 and stops at once when aborted", async () => {
  const local = createLocalProvider({ workers: 1 });
  try {
    await assert.rejects(
      local.synthesize(input({ text: "hi", codec: "mp3" }), new AbortController().signal),
      (e: unknown) => e instanceof SacvError && e.status === "INVALID_ARGUMENT",
    );
    const ac = new AbortController();
    const long = "This sentence is long enough to keep the engine busy for a while. ".repeat(40);
    const running = local.synthesize(input({ text: long }), ac.signal);
    const queued = local.synthesize(input({ text: "queued" }), ac.signal);
    const outcomes = Promise.allSettled([running, queued]);
    ac.abort();
    for (const o of await outcomes) {
      assert.equal(o.status, "rejected");
      assert.ok(o.reason instanceof SacvError && o.reason.status === "CANCELLED");
    }
    // Abort while the engine is busy with the long text: its worker is terminated.
    const busy = new AbortController();
    const inEngine = local.synthesize(input({ text: long }), busy.signal);
    setTimeout(() => busy.abort(), 300);
    await assert.rejects(
      inEngine,
      (e: unknown) => e instanceof SacvError && e.status === "CANCELLED",
    );
    // The pool replaced the terminated worker and still works.
    const after = await local.synthesize(input({ text: "ok" }), new AbortController().signal);
    assert.ok(after.durationMs > 100);
  } finally {
    local.close();
  }
});
