// BuildAudio on real media: loudness kept for mono and stereo sources, ducking at its
// level, tempo changes measured where the narration ends, exact slots across chunks.
import assert from "node:assert/strict";
import {
  makeTone,
  makeVideo,
  meanVolume,
  silenceAfter,
} from "../../test/support/media_fixtures.ts";
import { buildAudio, SLOTS_PER_CHUNK } from "./audio_build.ts";
import type { MediaContext } from "./context.ts";
import type { AudioSegment } from "./messages.ts";
import { probe } from "./probe.ts";
import { ffmpeg, withTestRoot } from "./testing.ts";

function build(ctx: MediaContext, segments: AudioSegment[], overflow = "trim") {
  return buildAudio(ctx, { source: "src.mp4", output: "a.m4a", segments, overflow }, () => {});
}

Deno.test("original sound keeps its loudness from mono and stereo sources; ducking lands at -14 dB", () =>
  withTestRoot(async ({ ctx, root }) => {
    for (const channels of [1, 2] as const) {
      await makeVideo(`${root}/src.mp4`, { duration: 4, channels, amplitude: 0.4 });
      // A silent narration: what is heard in the mixed segment is the ducked original.
      await ffmpeg([
        "-f",
        "lavfi",
        "-i",
        "anullsrc=r=24000:cl=mono",
        "-t",
        "1",
        `${root}/quiet.wav`,
      ]);
      await build(ctx, [
        { start: 0.5, end: 1.5, kind: "original" },
        { start: 2, end: 3, kind: "mixed", narration: "quiet.wav" },
      ]);
      const source = await meanVolume(`${root}/src.mp4`, { from: 0.6, to: 1.4 });
      const original = await meanVolume(`${root}/a.m4a`, { from: 0.1, to: 0.9 });
      const ducked = await meanVolume(`${root}/a.m4a`, { from: 1.1, to: 1.9 });
      const info = await probe(`${root}/a.m4a`);
      assert.equal(info.channels, 2);
      assert.ok(
        Math.abs(original - source) <= 0.5,
        `${channels} ch: ${original} vs source ${source}`,
      );
      const drop = 20 * Math.log10(0.2);
      assert.ok(Math.abs(ducked - source - drop) <= 0.5, `${channels} ch: ducked ${ducked}`);
    }
  }));

Deno.test("a mono narration plays at its own level on both sides", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/src.mp4`, { duration: 2, audio: false });
    await makeTone(`${root}/n.wav`, { duration: 1, amplitude: 0.3 });
    await build(ctx, [{ start: 0, end: 1, kind: "narration", narration: "n.wav" }]);
    const mono = await meanVolume(`${root}/n.wav`);
    const out = await meanVolume(`${root}/a.m4a`, { from: 0.1, to: 0.9 });
    assert.ok(Math.abs(out - mono) <= 0.5, `${out} vs ${mono}`);
  }));

Deno.test("speed_up and slow_down change the tempo: the narration ends exactly with its slot", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/src.mp4`, { duration: 6, fps: 25 });
    // Tone for the first half of each narration, then silence: with the right tempo the tone
    // ends half-way through the 2 s slot; without one, at half the narration's own length.
    for (const [name, seconds] of [["fast", 2.2], ["slow", 1.8]] as const) {
      await makeTone(`${root}/${name}_tone.wav`, { duration: seconds / 2 });
      await ffmpeg([
        "-i",
        `${root}/${name}_tone.wav`,
        "-af",
        `apad=whole_dur=${seconds}`,
        `${root}/${name}.wav`,
      ]);
    }
    const res = await build(ctx, [
      { start: 0, end: 2, kind: "narration", narration: "fast.wav" },
      { start: 2, end: 4, kind: "narration", narration: "slow.wav" },
    ]);
    assert.deepEqual(res.segments.map((s) => s.strategy), ["speed_up", "slow_down"]);
    assert.ok(
      Math.abs(res.segments[0].tempo - 1.1) < 1e-3 && Math.abs(res.segments[1].tempo - 0.9) < 1e-3,
    );
    const fastEnd = await silenceAfter(`${root}/a.m4a`, 0.2);
    const slowEnd = await silenceAfter(`${root}/a.m4a`, 2.2);
    assert.ok(Math.abs(fastEnd - 1) <= 0.03, `speed_up tone ends at ${fastEnd}, not 1.0`);
    assert.ok(Math.abs(slowEnd - 3) <= 0.03, `slow_down tone ends at ${slowEnd}, not 3.0`);
  }));

Deno.test("overflow keeps the whole narration in a slot of whole frames; trim cuts it", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/src.mp4`, { duration: 6, fps: 25 });
    await makeTone(`${root}/long.wav`, { duration: 1.61 });
    const segs: AudioSegment[] = [
      { start: 0, end: 1, kind: "narration", narration: "long.wav" },
      { start: 3, end: 4, kind: "original" },
    ];
    for (const overflow of ["trim", "freeze", "slow", "extend"]) {
      const res = await build(ctx, segs, overflow);
      const slot = overflow === "trim" ? 1 : 1.64; // 1.61 s rounded up to whole frames
      assert.equal(res.segments[0].strategy, overflow);
      assert.equal(res.segments[0].video, overflow === "trim" ? "copy" : overflow);
      assert.ok(
        Math.abs(res.segments[0].duration - slot) < 1e-9,
        `${overflow}: ${res.segments[0].duration}`,
      );
      const info = await probe(`${root}/a.m4a`);
      assert.ok(
        Math.abs(info.audio_duration - (slot + 1)) <= 0.03,
        `${overflow}: ${info.audio_duration}`,
      );
    }
  }));

Deno.test("more segments than one process takes: slots stay exact across chunks", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/src.mp4`, { duration: 16, fps: 25 });
    await makeTone(`${root}/n.wav`, { duration: 0.12, hz: 1000 });
    const n = SLOTS_PER_CHUNK + 6;
    const segs: AudioSegment[] = Array.from({ length: n }, (_, i) => ({
      start: i * 0.2,
      end: i * 0.2 + 0.2,
      kind: i % 2 ? "original" : "narration",
      narration: "n.wav",
    }));
    const ready: number[] = [];
    const res = await buildAudio(
      ctx,
      { source: "src.mp4", output: "a.m4a", segments: segs },
      (_, r) => ready.push(...r),
    );
    assert.deepEqual(ready.sort((a, b) => a - b), segs.map((_, i) => i));
    assert.ok(Math.abs(res.duration - n * 0.2) < 1e-9);
    const info = await probe(`${root}/a.m4a`);
    assert.ok(Math.abs(info.audio_duration - n * 0.2) <= 0.03, `${info.audio_duration}`);
    // The narration in the last slot of the second chunk starts on time.
    const last = n - 2;
    const end = await silenceAfter(`${root}/a.m4a`, last * 0.2 + 0.02);
    assert.ok(Math.abs(end - (last * 0.2 + 0.12)) <= 0.03, `narration ${last} ends at ${end}`);
  }));

Deno.test("bad segments are refused naming the field", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/src.mp4`, { duration: 2 });
    const bad = async (segments: AudioSegment[], status: string, re: RegExp, overflow = "trim") => {
      const err = await build(ctx, segments, overflow).catch((e) => e);
      assert.equal(err.status, status, String(err));
      assert.match(err.message, re);
    };
    await bad(
      [{ start: 0, end: 1, kind: "narration", narration: "missing.wav" }],
      "NOT_FOUND",
      /^segments\[0\]\.narration:/,
    );
    await bad([{ start: 0, end: 1, kind: "talk" }], "INVALID_ARGUMENT", /^segments\[0\]\.kind:/);
    await bad(
      [{ start: 0, end: 1, kind: "original" }, { start: 1.5, end: 9, kind: "original" }, {
        start: -1,
        end: 1,
        kind: "original",
      }],
      "INVALID_ARGUMENT",
      /2 bad segment.*segments\[1\].*segments\[2\]\.start/,
    );
    await bad([{ start: 0, end: 1, kind: "original" }], "INVALID_ARGUMENT", /^overflow:/, "loop");
    const names = [...Deno.readDirSync(root)].map((e) => e.name).sort();
    assert.deepEqual(names, ["src.mp4"]);
  }));
