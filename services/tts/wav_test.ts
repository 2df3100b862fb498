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

Deno.test("decodeWav reads float, 24/32-bit and extensible WAV as speech servers write them", async () => {
  // ffmpeg writes each layout; lavfi sine is 1/8 of full scale, halved: the peak must come back at 1/16.
  for (const codec of ["pcm_f32le", "pcm_f64le", "pcm_s24le", "pcm_s32le", "pcm_u8"]) {
    const out = await new Deno.Command(Deno.env.get("FFMPEG_PATH") || "ffmpeg", {
      args: ["-v", "error", "-f", "lavfi", "-i", "sine=f=220:d=0.5:r=22050", "-af", "volume=0.5"]
        .concat(["-c:a", codec, "-f", "wav", "pipe:1"]),
      stdout: "piped",
    }).output();
    const pcm = decodeWav(out.stdout);
    assert.equal(pcm.sampleRate, 22050, codec);
    assert.equal(pcmDurationMs(pcm), 500, codec);
    const peak = pcm.samples.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    assert.ok(Math.abs(peak - 0.0625 * 32767) < 300, `${codec}: peak ${peak}`);
  }
  const wav = encodeWav({ sampleRate: 8000, channels: 1, samples: new Int16Array(8) });
  new DataView(wav.buffer).setUint16(20, 2, true); // ADPCM
  assert.throws(() => decodeWav(wav), /format 2/);
});
