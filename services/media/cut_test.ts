import assert from "node:assert/strict";
import { makeVideo } from "../../test/support/media_fixtures.ts";
import { cutClip } from "./cut.ts";
import { probe } from "./probe.ts";
import { assertRefusals, ffmpeg, listDir, type Refusal, withTestRoot } from "./testing.ts";

const FRAME = 1 / 25;

Deno.test("cuts between keyframes are re-encoded and frame-accurate", () =>
  withTestRoot(async ({ ctx, root }) => {
    // GOP of 10 frames: 0.52 s is not a keyframe; stream copy would start early.
    await makeVideo(`${root}/src.mp4`, { duration: 3, gop: 10 });
    const res = await cutClip(ctx, {
      input: "src.mp4",
      output: "clips/a.mp4",
      start: 0.52,
      end: 1.72,
    });
    assert.equal(res.stream_copied, false);
    assert.equal(res.output, "clips/a.mp4");
    const info = await probe(`${root}/clips/a.mp4`);
    assert.ok(Math.abs(info.video_duration - 1.2) <= FRAME, `video ${info.video_duration}`);
    assert.ok(Math.abs(info.audio_duration - 1.2) <= FRAME, `audio ${info.audio_duration}`);
    assert.equal(info.sample_rate, 48000);
    const mute = await cutClip(ctx, {
      input: "src.mp4",
      output: "clips/b.mp4",
      start: 1,
      end: 2,
      drop_audio: true,
    });
    assert.equal(mute.audio_duration, 0);
    assert.equal((await probe(`${root}/clips/b.mp4`)).has_audio, false);
  }));

Deno.test("a cut from a keyframe to the end is stream-copied and keeps its audio", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/src.mp4`, { duration: 2, gop: 10 });
    const res = await cutClip(ctx, { input: "src.mp4", output: "tail.mp4", start: 0.8, end: 2 });
    assert.equal(res.stream_copied, true);
    const info = await probe(`${root}/tail.mp4`);
    assert.ok(Math.abs(info.video_duration - 1.2) <= FRAME, `video ${info.video_duration}`);
    assert.ok(info.has_audio && Math.abs(info.audio_duration - 1.2) <= FRAME);
  }));

Deno.test("end may reach the container's end when audio outlasts the video", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/v.mp4`, { duration: 1, audio: false });
    await ffmpeg([
      "-i",
      `${root}/v.mp4`,
      "-f",
      "lavfi",
      "-i",
      "sine=duration=1.5",
      "-c:v",
      "copy",
      "-c:a",
      "aac",
      `${root}/src.mp4`,
    ]);
    const info = await probe(`${root}/src.mp4`);
    assert.ok(info.duration > 1.4 && info.video_duration < 1.1);
    const res = await cutClip(ctx, {
      input: "src.mp4",
      output: "o.mp4",
      start: 0.2,
      end: info.duration,
      drop_audio: true,
    });
    assert.ok(Math.abs(res.video_duration - 0.8) <= FRAME, `video ${res.video_duration}`);
  }));

Deno.test("bad ranges and inputs are refused by field and nothing is written", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/src.mp4`, { duration: 1 });
    await Deno.writeTextFile(`${root}/corrupt.mp4`, "this is not a video");
    // A truncated upload: headers intact, the last 40 % of the data missing.
    await makeVideo(`${root}/whole.mp4`, { duration: 3 });
    const bytes = await Deno.readFile(`${root}/whole.mp4`);
    await Deno.writeFile(`${root}/trunc.mp4`, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await Deno.remove(`${root}/whole.mp4`);
    const cases: Refusal[] = [
      [{ start: 0.5, end: 0.5 }, "INVALID_ARGUMENT", /^end:/],
      [{ start: 0.5, end: 0.51 }, "INVALID_ARGUMENT", /shorter than one frame/],
      [{ start: -1, end: 0.5 }, "INVALID_ARGUMENT", /^start:/],
      [{ start: 0, end: 5 }, "INVALID_ARGUMENT", /^end: 5 is beyond/],
      [{ input: "corrupt.mp4" }, "INVALID_ARGUMENT", /^input: corrupt\.mp4 is not a readable/],
      [{ input: "nope.mp4" }, "NOT_FOUND", /^input:/],
      [
        { input: "trunc.mp4", start: 0.5, end: 2.5 },
        "INVALID_ARGUMENT",
        /^input: trunc\.mp4 looks truncated/,
      ],
      [{ output: "../escape.mp4" }, "INVALID_ARGUMENT", /^output:/],
    ];
    await assertRefusals(
      (req) => cutClip(ctx, req),
      { input: "src.mp4", output: "x/o.mp4", start: 0, end: 0.5 },
      cases,
    );
    assert.deepEqual(await listDir(root), ["corrupt.mp4", "src.mp4", "trunc.mp4"]);
  }));
