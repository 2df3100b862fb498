// BuildVideo, BuildAudio and MuxVideo when things go wrong: cancel mid-video-pass kills
// every ffmpeg child and leaves nothing, symlinks out of the media root are refused for
// every path written, damaged sources are named, and nothing is half-written.
import assert from "node:assert/strict";
import pLimit from "p-limit";
import { makeVideo } from "../../test/support/media_fixtures.ts";
import {
  assertGone,
  childPids,
  rejectionWithin,
  waitForChildren,
} from "../../test/support/processes.ts";
import { SacvError } from "../common/errors.ts";
import { buildAudio } from "./audio_build.ts";
import { muxVideo } from "./mux_video.ts";
import { ffmpeg, listDir, withTestRoot } from "./testing.ts";
import { buildVideo } from "./video_build.ts";

const is = (status: string, re: RegExp) => (e: unknown) =>
  e instanceof SacvError && e.status === status && re.test(e.message);

Deno.test("cancel mid-video-pass kills every ffmpeg child and leaves no folder or temp", () =>
  withTestRoot(async ({ ctx, root }) => {
    // MPEG-4 Part 2 cannot be copied: all 60 s are re-encoded, in chunks, two at a time, with
    // x264's slowest preset: each chunk takes far longer than the deadline below.
    await ffmpeg([
      "-f",
      "lavfi",
      "-i",
      "testsrc2=size=480x270:rate=25:duration=60",
      "-c:v",
      "mpeg4",
      "-q:v",
      "5",
      `${root}/src.mp4`,
    ]);
    const controller = new AbortController();
    const limited = { ...ctx, limit: pLimit(2), encode: { preset: "veryslow", crf: 18 } };
    const run = buildVideo(
      limited,
      { source: "src.mp4", output_dir: "w/video", segments: [{ start: 0, end: 60 }] },
      () => {},
      controller.signal,
    );
    const pids = await waitForChildren(() => childPids(Deno.pid), 30_000);
    controller.abort();
    const err = await rejectionWithin(run, 5_000);
    assert.ok(is("CANCELLED", /./)(err), String(err));
    await assertGone(pids, 3_000);
    assert.deepEqual(childPids(Deno.pid), [], "no chunk started after the cancel");
    assert.deepEqual(await listDir(root), ["src.mp4"]);
  }));

Deno.test("every path written is refused when a symlink leads out of the media root", () =>
  withTestRoot(async ({ ctx, root }) => {
    const outside = await Deno.makeTempDir({ prefix: "sacv-outside-" });
    try {
      await makeVideo(`${root}/src.mp4`, { duration: 2 });
      await Deno.symlink(outside, `${root}/evil`);
      await Deno.mkdir(`${root}/mine`);
      const segments = [{ start: 0, end: 1 }];
      const video = (output_dir: string) =>
        buildVideo(ctx, { source: "src.mp4", output_dir, segments }, () => {});
      await assert.rejects(video("evil/video"), is("INVALID_ARGUMENT", /^output_dir:.*outside/));
      await assert.rejects(video("evil"), is("INVALID_ARGUMENT", /^output_dir:/));
      await assert.rejects(video("mine"), is("INVALID_ARGUMENT", /^output_dir:.*not made by/));
      await assert.rejects(video("../x"), is("INVALID_ARGUMENT", /^output_dir:/));
      const built = await video("w/video");
      await assert.rejects(
        buildAudio(ctx, {
          source: "src.mp4",
          output: "evil/a.m4a",
          segments: [{ ...segments[0], kind: "original" }],
        }, () => {}),
        is("INVALID_ARGUMENT", /^output:.*outside/),
      );
      const audio = await buildAudio(ctx, {
        source: "src.mp4",
        output: "w/a.m4a",
        segments: [{ ...segments[0], kind: "original" }],
      }, () => {});
      const mux = (over: Record<string, string>) =>
        muxVideo(ctx, {
          source: "src.mp4",
          video_dir: built.output_dir,
          audio: audio.output,
          output: "out.mp4",
          segments,
          ...over,
        }, () => {});
      await assert.rejects(
        mux({ output: "evil/o.mp4" }),
        is("INVALID_ARGUMENT", /^output:.*outside/),
      );
      await assert.rejects(
        mux({ video_dir: "evil" }),
        is("INVALID_ARGUMENT", /^video_dir:.*outside/),
      );
      await assert.rejects(mux({ video_dir: "mine" }), is("FAILED_PRECONDITION", /^video_dir:/));
      assert.deepEqual(await listDir(outside), [], "nothing written outside");
      assert.deepEqual(await listDir(root), ["evil", "mine", "src.mp4", "w"]);
    } finally {
      await Deno.remove(outside, { recursive: true });
    }
  }));

Deno.test("a truncated source is named as damaged and its folder removed", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/whole.mp4`, { duration: 4, gop: 25 });
    const bytes = await Deno.readFile(`${root}/whole.mp4`);
    await Deno.writeFile(`${root}/src.mp4`, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const err = await buildVideo(ctx, {
      source: "src.mp4",
      output_dir: "w/video",
      segments: [{ start: 3.1, end: 3.9 }],
    }, () => {}).catch((e) => e);
    assert.ok(is("INVALID_ARGUMENT", /^source: src\.mp4 looks truncated/)(err), String(err));
    assert.equal(err.reason, "DAMAGED_MEDIA");
    assert.deepEqual(await listDir(root), ["src.mp4", "whole.mp4"]);
  }));
