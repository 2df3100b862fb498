// MuxVideo on real media: sound and picture in step per segment (beeps against frames),
// lengthened slots shifting what follows, and the re-encode when a joint does not decode.
import assert from "node:assert/strict";
import { buildAudio } from "./audio_build.ts";
import type { MediaContext } from "./context.ts";
import type { AudioSegment, MuxVideoResult } from "./messages.ts";
import { muxVideo } from "./mux_video.ts";
import { decodeErrors, ffmpeg, frameMd5s, psnrs, withTestRoot } from "./testing.ts";
import { buildVideo } from "./video_build.ts";
import { silences } from "../../test/support/media_fixtures.ts";

const FRAME = 1 / 25;

/** A 25 fps source whose sound is a 0.1 s beep at every whole second. */
async function beepSource(path: string, seconds: number): Promise<void> {
  await ffmpeg([
    "-f",
    "lavfi",
    "-i",
    `testsrc2=size=320x240:rate=25:duration=${seconds}`,
    "-f",
    "lavfi",
    "-i",
    `aevalsrc='if(lt(mod(t,1),0.1),0.5*sin(2*PI*1000*t),0)':s=48000:d=${seconds}`,
    "-c:v",
    "libx264",
    "-preset",
    "ultrafast",
    "-g",
    "10",
    "-c:a",
    "aac",
    "-ac",
    "2",
    path,
  ]);
}

/** A mono narration of `seconds` with a 0.1 s beep at `beeps` (seconds). */
async function beepNarration(path: string, seconds: number, beeps: number[]): Promise<void> {
  const on = beeps.map((b) => `between(t,${b},${b + 0.1})`).join("+");
  await ffmpeg([
    "-f",
    "lavfi",
    "-i",
    `aevalsrc='if(${on},0.5*sin(2*PI*700*t),0)':s=24000:d=${seconds}`,
    "-ac",
    "1",
    path,
  ]);
}

/** Where sound starts (silence ends) and stops in `path`, seconds. */
async function edges(path: string): Promise<{ on: number[]; off: number[] }> {
  const { starts, ends } = await silences(path, { minSeconds: 0.03 });
  return { on: ends, off: starts };
}

const near = (list: number[], t: number) => list.some((x) => Math.abs(x - t) <= FRAME);

async function job(
  ctx: MediaContext,
  segments: AudioSegment[],
  overflow = "trim",
): Promise<MuxVideoResult> {
  await Deno.remove(`${ctx.root}/w`, { recursive: true }).catch(() => {});
  const video = await buildVideo(
    ctx,
    { source: "src.mp4", output_dir: "w/video", segments },
    () => {},
  );
  const audio = await buildAudio(
    ctx,
    { source: "src.mp4", output: "w/a.m4a", segments, overflow },
    () => {},
  );
  return await muxVideo(ctx, {
    source: "src.mp4",
    video_dir: video.output_dir,
    audio: audio.output,
    output: "out.mp4",
    segments: segments.map((s, i) => ({ ...s, ...audio.segments[i] })),
  }, () => {});
}

Deno.test("every segment's sound starts with its first frame (within one frame)", () =>
  withTestRoot(async ({ ctx, root }) => {
    await beepSource(`${root}/src.mp4`, 10);
    await beepNarration(`${root}/n.wav`, 1, [0]);
    const res = await job(ctx, [
      { start: 3.32, end: 5, kind: "narration", narration: "n.wav" }, // output 0-1.68
      { start: 6.52, end: 8.2, kind: "original" }, // 1.68-3.36: beeps at 7.0 and 8.0
      { start: 1.2, end: 2, kind: "narration", narration: "n.wav" }, // 3.36-4.16
    ]);
    const ms = (x: number) => Math.round(x * 1000);
    assert.deepEqual(res.segments.map((s) => [ms(s.start), ms(s.end)]), [
      [0, 1680],
      [1680, 3360],
      [3360, 4160],
    ]);
    const { on, off } = await edges(`${root}/out.mp4`);
    assert.ok(near(off, 0.1), `narration 0 beeps at its start: ${off}`);
    for (const t of [2.16, 3.16, 3.36]) assert.ok(near(on, t), `sound at ${t}: ${on}`);
    // The frame shown at 2.16 s is the source's frame at 7.0 s, where its beep is.
    const [o, s] = await Promise.all([frameMd5s(`${root}/out.mp4`), frameMd5s(`${root}/src.mp4`)]);
    assert.equal(o.length, 104);
    assert.equal(o[54], s[175]);
    assert.equal(await decodeErrors(`${root}/out.mp4`), "");
  }));

Deno.test("freeze, slow and extend keep the whole narration and shift what follows", () =>
  withTestRoot(async ({ ctx, root }) => {
    await beepSource(`${root}/src.mp4`, 8);
    // 1.6 s of narration for a 1 s slot, with a beep at its start and one at its end.
    await beepNarration(`${root}/n.wav`, 1.6, [0, 1.3]);
    const segments: AudioSegment[] = [
      { start: 0.52, end: 1.52, kind: "narration", narration: "n.wav" }, // frames 13-38
      { start: 4, end: 5, kind: "original" }, // a beep at its start
    ];
    const trim = await job(ctx, segments);
    assert.ok(near((await edges(`${root}/out.mp4`)).on, 1.0), "trim: the original at 1.0 s");
    assert.equal(trim.segments[1].start, 1);
    for (const overflow of ["freeze", "slow", "extend"]) {
      const res = await job(ctx, segments, overflow);
      assert.ok(
        Math.abs(res.segments[1].start - 1.6) < 1e-9,
        `${overflow}: ${res.segments[1].start}`,
      );
      const { on } = await edges(`${root}/out.mp4`);
      assert.ok(near(on, 1.3), `${overflow}: the narration's last beep is kept (${on})`);
      assert.ok(near(on, 1.6), `${overflow}: the original starts at 1.6 s (${on})`);
      const [o, s] = await Promise.all([
        frameMd5s(`${root}/out.mp4`),
        frameMd5s(`${root}/src.mp4`),
      ]);
      assert.equal(o.length, 65, overflow);
      assert.equal(await decodeErrors(`${root}/out.mp4`), "", overflow);
      if (overflow === "freeze") {
        // Frames 24-39 all show the segment's last frame (source frame 37), not later ones.
        const held = await psnrs(`${root}/out.mp4`, `${root}/src.mp4`, [
          ...Array.from({ length: 16 }, (_, k) => ({ a: 24 + k, b: 37, n: 1 })),
          { a: 39, b: 52, n: 1 },
        ]);
        const moved = held.pop()!;
        assert.ok(held.every((p) => p > 40), `held frames ${held.map(Math.round)}`);
        assert.ok(moved < held[15] - 5, "the footage does not go on");
      } else if (overflow === "extend") {
        assert.deepEqual(o.slice(7, 37), s.slice(20, 50), "more footage, copied");
      } else {
        // Slowed: 25 source frames over 40, so output frame k shows source frame 13 + 0.625 k.
        const [first, mid, last, unslowed] = await psnrs(`${root}/out.mp4`, `${root}/src.mp4`, [
          { a: 0, b: 13, n: 1 },
          { a: 16, b: 23, n: 1 },
          { a: 39, b: 37, n: 1 },
          { a: 16, b: 29, n: 1 },
        ]);
        assert.ok(first > 40 && mid > 40 && last > 40, `slow ${first} / ${mid} / ${last}`);
        assert.ok(unslowed < mid - 5, "frame 16 is not the unslowed one");
      }
    }
  }));

Deno.test("a joint that does not decode cleanly makes the output re-encoded, and says so", () =>
  withTestRoot(async ({ ctx, root }) => {
    await beepSource(`${root}/src.mp4`, 4);
    const segments: AudioSegment[] = [{ start: 0.52, end: 2.52, kind: "original" }];
    const video = await buildVideo(
      ctx,
      { source: "src.mp4", output_dir: "w/video", segments },
      () => {},
    );
    assert.equal(video.mode, "smart");
    // Zero 2 KB inside the encoded piece's data (its sample table stays intact).
    const piece = [...Deno.readDirSync(`${root}/w/video`)].find((e) => e.name.endsWith(".mp4"))!;
    const path = `${root}/w/video/${piece.name}`;
    const bytes = await Deno.readFile(path);
    bytes.fill(0, Math.floor(bytes.length * 0.3), Math.floor(bytes.length * 0.3) + 2000);
    await Deno.writeFile(path, bytes);
    const audio = await buildAudio(
      ctx,
      { source: "src.mp4", output: "w/a.m4a", segments },
      () => {},
    );
    const res = await muxVideo(ctx, {
      source: "src.mp4",
      video_dir: "w/video",
      audio: audio.output,
      output: "out.mp4",
      segments,
    }, () => {});
    assert.equal(res.mode, "encode");
    assert.match(res.reason, /failed its check.*re-encoded/);
    assert.equal(await decodeErrors(`${root}/out.mp4`), "");
    assert.equal((await frameMd5s(`${root}/out.mp4`)).length, 50);
  }));
