import assert from "node:assert/strict";
import { makeTone, makeVideo } from "../../test/support/media_fixtures.ts";
import { SacvError } from "../common/errors.ts";
import { AUDIO_EXTENSIONS, VIDEO_EXTENSIONS } from "./context.ts";
import { openInputOutput, parseProbe, parseRate } from "./probe.ts";
import { listDir, withTestRoot } from "./testing.ts";

Deno.test("parseRate reads ffprobe rationals", () => {
  assert.equal(parseRate("25/1"), 25);
  assert.ok(Math.abs(parseRate("30000/1001") - 29.97) < 0.01);
  assert.equal(parseRate("0/0"), 0);
  assert.equal(parseRate(undefined), 0);
});

Deno.test("parseProbe takes stream durations, falling back to tags and the container", () => {
  const info = parseProbe("a.mkv", {
    format: { duration: "2.500000", format_name: "matroska,webm" },
    streams: [
      { codec_type: "video", codec_name: "png", disposition: { attached_pic: 1 } },
      {
        codec_type: "video",
        codec_name: "vp9",
        avg_frame_rate: "30/1",
        width: 64,
        height: 48,
        tags: { DURATION: "00:00:02.400000000" },
      },
      { codec_type: "audio", codec_name: "opus", sample_rate: "48000", channels: 2 },
    ],
  });
  assert.equal(info.video_codec, "vp9");
  assert.equal(info.video_duration, 2.4);
  assert.equal(info.audio_duration, 2.5);
  assert.equal(info.fps, 30);
  assert.deepEqual([info.width, info.height, info.sample_rate, info.channels], [64, 48, 48000, 2]);
  const audioOnly = parseProbe("n.wav", {
    format: { duration: "1.0" },
    streams: [{ codec_type: "audio", duration: "1.0" }],
  });
  assert.equal(audioOnly.has_video, false);
  assert.equal(audioOnly.video_duration, 0);
});

Deno.test("openInputOutput resolves both paths, probes the input and requires the stream", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/mute.mp4`, { duration: 0.5, audio: false });
    await makeTone(`${root}/tone.wav`, { duration: 0.5 });
    const ok = await openInputOutput(
      ctx,
      { input: "mute.mp4", output: "sub/o.mp4" },
      VIDEO_EXTENSIONS,
      "video",
    );
    assert.equal(ok.input, `${root}/mute.mp4`);
    assert.equal(ok.info.path, "mute.mp4");
    assert.equal(ok.info.has_video, true);
    assert.equal(ok.out.path, `${root}/sub/o.mp4`);
    assert.deepEqual(ok.out.missingDirs, [`${root}/sub`]);
    type Case = [string, string, readonly string[], "video" | "audio", string, RegExp, string?];
    const cases: Case[] = [
      [
        "mute.mp4",
        "o.wav",
        AUDIO_EXTENSIONS,
        "audio",
        "FAILED_PRECONDITION",
        /^input: mute\.mp4 has no audio stream$/,
        "NO_AUDIO",
      ],
      [
        "tone.wav",
        "o.mp4",
        VIDEO_EXTENSIONS,
        "video",
        "FAILED_PRECONDITION",
        /^input: tone\.wav has no video stream$/,
        "NO_VIDEO",
      ],
      ["tone.wav", "o.mp4", AUDIO_EXTENSIONS, "audio", "INVALID_ARGUMENT", /^output:/],
      ["nope.wav", "o.wav", AUDIO_EXTENSIONS, "audio", "NOT_FOUND", /^input:/],
    ];
    for (const [input, output, extensions, stream, status, message, reason] of cases) {
      await assert.rejects(
        openInputOutput(ctx, { input, output }, extensions, stream),
        (e: unknown) =>
          e instanceof SacvError && e.status === status && message.test(e.message) &&
          (reason === undefined || e.reason === reason),
        `${input} -> ${output} (${stream})`,
      );
    }
    assert.deepEqual(await listDir(root), ["mute.mp4", "tone.wav"]);
  }));
