import assert from "node:assert/strict";
import { SacvError } from "../../common/errors.ts";
import { decodeWav, encodeWav, pcmDurationMs } from "../wav.ts";
import { joinAudio, mp3Frames } from "./tencent_audio.ts";

/** An MPEG-2 layer III frame at 16 kHz, 32 kbit/s (576 samples, 144 bytes), padded with `fill`. */
function frame(fill: number, tag = ""): Uint8Array {
  const f = new Uint8Array(144).fill(fill);
  f.set([0xff, 0xf3, 0x48, 0xc4]);
  f.set(new TextEncoder().encode(tag), 4 + 17);
  return f;
}

function cat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) out.set(p, (o += p.length) - p.length);
  return out;
}

Deno.test("mp3Frames counts frames, drops ID3v2 and a leading Info frame", () => {
  const id3 = cat(new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 5]), new Uint8Array(5));
  const parsed = mp3Frames(cat(id3, frame(1, "Info"), frame(2), frame(3)));
  assert.equal(parsed.frames.length, 2 * 144);
  assert.equal(parsed.frames[4], 2);
  assert.equal(parsed.durationMs, 72, "2 x 576 samples at 16 kHz");
});

Deno.test("mp3Frames rejects bytes that are not MPEG audio", () => {
  assert.throws(
    () => mp3Frames(new TextEncoder().encode("<html>oops</html>")),
    (e) => e instanceof SacvError && e.reason === "BAD_AUDIO",
  );
});

Deno.test("joinAudio joins WAV pieces into one WAV of the summed length", () => {
  const piece = (n: number) =>
    encodeWav({ sampleRate: 16000, channels: 1, samples: new Int16Array(n).fill(7) });
  const joined = joinAudio("wav", [piece(1600), piece(3200)], 16000);
  const pcm = decodeWav(joined.audio);
  assert.equal(pcm.samples.length, 4800);
  assert.equal(joined.durationMs, 300);
  assert.equal(pcmDurationMs(pcm), 300);
});

Deno.test("joinAudio concatenates PCM and MP3 and refuses mismatched WAV formats", () => {
  const pcm = joinAudio("pcm", [new Uint8Array(3200), new Uint8Array(1600)], 8000);
  assert.equal(pcm.audio.length, 4800);
  assert.equal(pcm.durationMs, 300);
  const mp3 = joinAudio("mp3", [cat(frame(1), frame(2)), frame(3)], 16000);
  assert.equal(mp3.audio.length, 3 * 144);
  assert.equal(mp3.durationMs, 36 + 36 + 36);
  const a = encodeWav({ sampleRate: 16000, channels: 1, samples: new Int16Array(10) });
  const b = encodeWav({ sampleRate: 8000, channels: 1, samples: new Int16Array(10) });
  assert.throws(
    () => joinAudio("wav", [a, b], 16000),
    (e) => e instanceof SacvError && e.reason === "BAD_AUDIO",
  );
});
