// BuildVideo + BuildAudio + MuxVideo on real media: copied frames bit-exact, re-encoded
// edges close to the source, clean decodes, exact boundaries, and every fallback named.
import assert from "node:assert/strict";
import { makeVideo } from "../../test/support/media_fixtures.ts";
import { buildAudio } from "./audio_build.ts";
import type { MediaContext } from "./context.ts";
import { readMp4FrameTable } from "./frame_table.ts";
import type { BuildVideoResult, MuxVideoResult, VideoSegment } from "./messages.ts";
import { muxVideo } from "./mux_video.ts";
import { probe } from "./probe.ts";
import { decodeErrors, ffmpeg, frameMd5s, psnrs, withTestRoot } from "./testing.ts";
import { buildVideo } from "./video_build.ts";
import { BUFFER_SECONDS, MAX_RATE_FACTOR, sourceBitrate } from "./video_encoder.ts";

/** Builds `segments` of `source` (original sound) into `out.mp4`; returns both results. */
async function render(
  ctx: MediaContext,
  source: string,
  segments: VideoSegment[],
): Promise<{ video: BuildVideoResult; mux: MuxVideoResult; ready: number[] }> {
  const ready: number[] = [];
  const video = await buildVideo(
    ctx,
    { source, output_dir: "w/video", segments },
    (_, r) => ready.push(...r),
  );
  const audio = await buildAudio(ctx, {
    source,
    output: "w/audio.m4a",
    segments: segments.map((s) => ({ ...s, kind: "original" })),
  }, () => {});
  const mux = await muxVideo(ctx, {
    source,
    video_dir: "w/video",
    audio: audio.output,
    output: "out.mp4",
    segments,
  }, () => {});
  return { video, mux, ready };
}

Deno.test("720p, 5 s GOPs: whole GOPs copied bit-exact, edges re-encoded to ≥ 45 dB, clean decode", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/src.mp4`, {
      duration: 10,
      width: 1280,
      height: 720,
      fps: 30,
      gop: 150,
      preset: "faster",
    });
    // Frames 69-180 and 180-300 form one run (head re-encoded, GOP 150-300 copied); 15-45 alone.
    const segments = [{ start: 2.3, end: 6 }, { start: 6, end: 10 }, { start: 0.5, end: 1.5 }];
    const { video, mux, ready } = await render(ctx, "src.mp4", segments);
    assert.equal(video.mode, "smart");
    assert.equal(mux.mode, "smart");
    assert.deepEqual(video.segments, [
      { frames: 111, copied_frames: 30 },
      { frames: 120, copied_frames: 120 },
      { frames: 30, copied_frames: 0 },
    ]);
    assert.ok(
      Math.abs(mux.copied_seconds - 5) < 1e-9 && Math.abs(mux.encoded_seconds - 3.7) < 1e-9,
    );
    assert.deepEqual([...ready].sort(), [0, 1, 2]);
    const out = `${root}/out.mp4`;
    assert.equal(await decodeErrors(out), "");
    const [o, s] = await Promise.all([frameMd5s(out), frameMd5s(`${root}/src.mp4`)]);
    assert.equal(o.length, 261);
    assert.deepEqual(o.slice(81, 231), s.slice(150, 300), "copied frames are the source's");
    assert.notDeepEqual(o.slice(0, 81), s.slice(69, 150), "the head was re-encoded");
    // Re-encoded frames: the right frames (boundaries) and visually lossless.
    const [head, tail, shifted] = await psnrs(out, `${root}/src.mp4`, [
      { a: 0, b: 69, n: 81 },
      { a: 231, b: 15, n: 30 },
      { a: 0, b: 70, n: 81 },
    ]);
    assert.ok(head >= 45 && tail >= 45, `PSNR ${head} / ${tail}`);
    assert.ok(shifted < head - 3, `off by one frame is worse: ${shifted} vs ${head}`);
    // Re-encoded video stays under the cap: 1.1 × the source's rate, plus at most one
    // buffer (0.5 s at that rate) per piece for the keyframe it starts with.
    const table = (await readMp4FrameTable(out))!;
    const cap = sourceBitrate((await readMp4FrameTable(`${root}/src.mp4`))!) * MAX_RATE_FACTOR;
    const bits = 8 * [...table.frames.slice(0, 81), ...table.frames.slice(231)]
      .reduce((a, f) => a + f.size, 0);
    const allowed = cap * (111 / 30) + cap * BUFFER_SECONDS * 2;
    assert.ok(bits <= allowed, `re-encoded ${bits} bits, cap ${Math.round(allowed)}`);
  }));

Deno.test("a contiguous script in order is copied whole: no frame encoded", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/src.mp4`, { duration: 4, fps: 25, gop: 25 });
    const segments = [{ start: 0, end: 1.31 }, { start: 1.31, end: 2.03 }, { start: 2.03, end: 4 }];
    const { video, mux } = await render(ctx, "src.mp4", segments);
    assert.equal(video.mode, "copy");
    assert.equal(video.pieces, 0);
    assert.equal(mux.encoded_seconds, 0);
    const [o, s] = await Promise.all([frameMd5s(`${root}/out.mp4`), frameMd5s(`${root}/src.mp4`)]);
    assert.deepEqual(o, s);
    const ms = (x: number) => Math.round(x * 1000);
    assert.deepEqual(mux.segments.map((x) => [ms(x.start), ms(x.end)]), [
      [0, 1320],
      [1320, 2040],
      [2040, 4000],
    ]);
  }));

Deno.test("HEVC with closed GOPs is copied with matched edges; open GOPs and other codecs are re-encoded", () =>
  withTestRoot(async ({ ctx, root }) => {
    const x265 = (extra: string) => [
      "-f",
      "lavfi",
      "-i",
      "testsrc2=size=320x240:rate=25:duration=4",
      "-f",
      "lavfi",
      "-i",
      "sine=frequency=500:duration=4",
      "-c:v",
      "libx265",
      "-x265-params",
      `keyint=25:min-keyint=25:scenecut=0:log-level=error${extra}`,
      "-tag:v",
      "hvc1",
      "-c:a",
      "aac",
    ];
    await ffmpeg([...x265(":open-gop=0"), `${root}/closed.mp4`]);
    await ffmpeg([...x265(""), `${root}/open.mp4`]);
    await ffmpeg([
      "-f",
      "lavfi",
      "-i",
      "testsrc2=size=320x240:rate=25:duration=4",
      "-c:v",
      "mpeg4",
      "-q:v",
      "3",
      `${root}/mpeg4.mp4`,
    ]);
    const segments = [{ start: 0.52, end: 3.2 }, { start: 0.2, end: 0.4 }];
    const closed = await render(ctx, "closed.mp4", segments);
    assert.equal(closed.mux.mode, "smart");
    assert.equal(await decodeErrors(`${root}/out.mp4`), "");
    const [o, s] = await Promise.all([
      frameMd5s(`${root}/out.mp4`),
      frameMd5s(`${root}/closed.mp4`),
    ]);
    assert.deepEqual(o.slice(12, 62), s.slice(25, 75), "GOPs 25-75 copied bit-exact");
    assert.equal(o.length, 67 + 5);
    // A phone-style rotated video: decoded upright, so it cannot mix with copied packets.
    await ffmpeg([
      "-i",
      `${root}/closed.mp4`,
      "-map",
      "0",
      "-c",
      "copy",
      "-metadata:s:v",
      "rotate=90",
      `${root}/rotated.mp4`,
    ]);
    const fallbacks = [
      ["open.mp4", /open GOP/],
      ["mpeg4.mp4", /codec mpeg4/],
      ["rotated.mp4", /rotated video/],
    ] as const;
    for (const [file, reason] of fallbacks) {
      await Deno.remove(`${root}/w`, { recursive: true });
      const r = await render(ctx, file, segments);
      assert.equal(r.mux.mode, "encode", file);
      assert.match(r.mux.reason, reason);
      assert.equal(await decodeErrors(`${root}/out.mp4`), "", file);
      assert.equal((await frameMd5s(`${root}/out.mp4`)).length, 72, file);
      if (file === "rotated.mp4") {
        const info = await probe(`${root}/out.mp4`);
        assert.deepEqual([info.width, info.height], [240, 320], "the picture is upright");
      }
    }
  }));

Deno.test("29.97 and 24 fps sources keep exact frame boundaries; a variable rate is re-encoded", () =>
  withTestRoot(async ({ ctx, root }) => {
    for (const [fps, frames] of [[30000 / 1001, [45, 30]], [24, [36, 24]]] as const) {
      await makeVideo(`${root}/src.mp4`, { duration: 4, fps, gop: 24 });
      await Deno.remove(`${root}/w`, { recursive: true }).catch(() => {});
      const segments = [{ start: 1.5, end: 3.0 }, { start: 0, end: 1 }];
      const { video, mux } = await render(ctx, "src.mp4", segments);
      assert.deepEqual(video.segments.map((s) => s.frames), frames, `fps ${fps}`);
      assert.equal(await decodeErrors(`${root}/out.mp4`), "");
      const table = (await readMp4FrameTable(`${root}/out.mp4`))!;
      assert.equal(table.frames.length, frames[0] + frames[1]);
      assert.ok(Math.abs(mux.audio_duration - mux.video_duration) <= 1 / fps);
    }
    await ffmpeg([
      "-f",
      "lavfi",
      "-i",
      "testsrc2=size=320x240:rate=25:duration=4,select='not(between(n,20,40))'",
      "-fps_mode",
      "passthrough",
      "-c:v",
      "libx264",
      `${root}/vfr.mp4`,
    ]);
    await Deno.remove(`${root}/w`, { recursive: true });
    const vfr = await render(ctx, "vfr.mp4", [{ start: 0.5, end: 2.5 }]);
    assert.equal(vfr.mux.mode, "encode");
    assert.match(vfr.mux.reason, /variable frame rate/);
    assert.ok(Math.abs(vfr.mux.video_duration - 2) <= 0.04, `${vfr.mux.video_duration}`);
  }));
