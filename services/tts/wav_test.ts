import assert from "node:assert/strict";
import { concatPcm, decodeWav, encodeWav, pcmDurationMs, pcmFromBytes, pcmToBytes } from "./wav.ts";

Deno.test("encodeWav/decodeWav round-trip keeps samples and rate", () => {
  const samples = Int16Array.from({ length: 1600 }, (_, i) => Math.round(Math.sin(i / 5) * 10000));
  const back = decodeWav(encodeWav({ sampleRate: 16000, channels: 1, samples }));
  assert.equal(back.sampleRate, 16000);
  assert.deepEqual(Array.from(back.samples), Array.from(samples));
  assert.equal(pcmDurationMs(back), 100);
});

Deno.test("concatPcm joins durations and refuses mixed formats", () => {
  const a = { sampleRate: 8000, channels: 1, samples: new Int16Array(8000) };
  const b = { sampleRate: 8000, channels: 1, samples: new Int16Array(4000) };
  assert.equal(pcmDurationMs(concatPcm([a, b])), 1500);
  assert.throws(() => concatPcm([a, { ...b, sampleRate: 16000 }]), /different formats/);
});

Deno.test("decodeWav names what is wrong with bad input", () => {
  assert.throws(() => decodeWav(new Uint8Array(10)), /RIFF/);
});

Deno.test("pcm bytes round-trip", () => {
  const pcm = { sampleRate: 16000, channels: 1, samples: Int16Array.of(1, -2, 300, -32768) };
  assert.deepEqual(Array.from(pcmFromBytes(pcmToBytes(pcm), 16000).samples), [1, -2, 300, -32768]);
});
