import assert from "node:assert/strict";
import { SacvError } from "../../common/errors.ts";
import { decodeWav, encodeWav, pcmDurationMs, pcmToBytes } from "../wav.ts";
import { decodeMp3 } from "./audio_codec.ts";
import { mp3Frames } from "./mp3.ts";
import { joinAudio, pieceCodec } from "./tencent_audio.ts";

const tone = (n: number, rate: number) =>
  Int16Array.from(
    { length: n },
    (_, i) => Math.round(8000 * Math.sin(2 * Math.PI * 220 * i / rate)),
  );

Deno.test("joinAudio joins WAV pieces into one WAV of the summed length", () => {
  const piece = (n: number) =>
    encodeWav({ sampleRate: 16000, channels: 1, samples: new Int16Array(n).fill(7) });
  const joined = joinAudio("wav", [piece(1600), piece(3200)], 16000);
  const pcm = decodeWav(joined.audio);
  assert.equal(pcm.samples.length, 4800);
  assert.equal(joined.durationMs, 300);
  assert.equal(pcmDurationMs(pcm), 300);
  assert.deepEqual(joined.startsMs, [0, 100]);
});

Deno.test("joinAudio concatenates PCM and refuses mismatched WAV formats", () => {
  const pcm = joinAudio("pcm", [new Uint8Array(3200), new Uint8Array(1600)], 8000);
  assert.equal(pcm.audio.length, 4800);
  assert.equal(pcm.durationMs, 300);
  assert.deepEqual(pcm.startsMs, [0, 200]);
  const a = encodeWav({ sampleRate: 16000, channels: 1, samples: new Int16Array(10) });
  const b = encodeWav({ sampleRate: 8000, channels: 1, samples: new Int16Array(10) });
  assert.throws(
    () => joinAudio("wav", [a, b], 16000),
    (e) => e instanceof SacvError && e.reason === "BAD_AUDIO",
  );
});

Deno.test("split MP3 is fetched as PCM and encoded once; one MP3 piece passes through", async () => {
  assert.equal(pieceCodec("mp3", 1), "mp3");
  assert.equal(pieceCodec("mp3", 3), "pcm");
  assert.equal(pieceCodec("wav", 3), "wav");
  const pieces = [tone(16000, 16000), tone(8000, 16000)].map((samples) =>
    pcmToBytes({ sampleRate: 16000, channels: 1, samples })
  );
  const joined = joinAudio("pcm", pieces, 16000, "mp3");
  assert.equal(joined.durationMs, 1500);
  assert.deepEqual(joined.startsMs, [0, 1000]);
  const decoded = await decodeMp3(joined.audio, "test");
  assert.equal(decoded.sampleRate, 16000);
  // One encoder delay and one final padding, never one per piece.
  const extra = decoded.samples.length - 24000;
  assert.ok(extra >= 0 && extra < 2 * 576 + 1105, `${extra} samples beyond the speech`);
  const single = joinAudio("mp3", [joined.audio], 16000, "mp3");
  assert.equal(single.audio.length, mp3Frames(joined.audio).frames.length);
  assert.throws(() => joinAudio("mp3", [joined.audio, joined.audio], 16000, "mp3"), RangeError);
});
