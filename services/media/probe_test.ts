import assert from "node:assert/strict";
import { parseProbe, parseRate } from "./probe.ts";

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
