import assert from "node:assert/strict";
import { SacvError } from "../../common/errors.ts";
import { mp3Frames } from "./mp3.ts";

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
  assert.equal(parsed.sampleRate, 16000);
});

Deno.test("mp3Frames rejects bytes that are not MPEG audio", () => {
  assert.throws(
    () => mp3Frames(new TextEncoder().encode("<html>oops</html>")),
    (e) => e instanceof SacvError && e.reason === "BAD_AUDIO",
  );
});

Deno.test("mp3Frames stops at a closing ID3v1 tag", () => {
  const id3v1 = new Uint8Array(128);
  id3v1.set(new TextEncoder().encode("TAG"));
  const parsed = mp3Frames(cat(frame(1), frame(2), id3v1));
  assert.equal(parsed.frames.length, 2 * 144);
});
