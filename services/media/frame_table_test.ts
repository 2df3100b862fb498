import assert from "node:assert/strict";
import { probeFrameTable, readMp4FrameTable, tableFromPackets } from "./frame_table.ts";
import { ffmpeg, withTestRoot } from "./testing.ts";

/** Encodes `seconds` of testsrc2 at 160x120 with `codec` arguments into `path`. */
function encode(path: string, rate: string, codec: string[], audio = true): Promise<void> {
  const input = ["-f", "lavfi", "-i", `testsrc2=size=160x120:rate=${rate}:duration=3`];
  if (audio) input.push("-f", "lavfi", "-i", "sine=frequency=300:duration=3");
  return ffmpeg([...input, ...codec, ...(audio ? ["-c:a", "aac"] : []), "-shortest", path]);
}

Deno.test("the MP4 sample tables give ffmpeg's own view of the frames", () =>
  withTestRoot(async ({ ctx, root }) => {
    type Want = { delay: number; cuts: number[]; openGop: boolean };
    const cases: [string, string, string[], Want][] = [
      ["x264 with B-frames", "25", ["-c:v", "libx264", "-g", "25", "-sc_threshold", "0"], {
        delay: 2,
        cuts: [0, 25, 50],
        openGop: false,
      }],
      ["x264 baseline", "30000/1001", [
        "-c:v",
        "libx264",
        "-profile:v",
        "baseline",
        "-g",
        "30",
      ], { delay: 0, cuts: [0, 30, 60], openGop: false }],
      ["x265 closed GOP", "25", [
        "-c:v",
        "libx265",
        "-x265-params",
        "keyint=25:min-keyint=25:scenecut=0:open-gop=0:log-level=error",
        "-tag:v",
        "hvc1",
      ], { delay: 2, cuts: [0, 25, 50], openGop: false }],
      // Open GOP: the CRA keyframes have leading pictures from the GOP before.
      ["x265 open GOP", "25", [
        "-c:v",
        "libx265",
        "-x265-params",
        "keyint=25:min-keyint=25:scenecut=0:log-level=error",
      ], { delay: 2, cuts: [0], openGop: true }],
    ];
    for (const [name, rate, codec, want] of cases) {
      const path = `${root}/${name.replaceAll(" ", "_")}.mp4`;
      await encode(path, rate, codec);
      const native = await readMp4FrameTable(path);
      const probed = await probeFrameTable(ctx, path);
      assert.ok(native, name);
      assert.deepEqual(native.frames, probed.frames, name);
      assert.deepEqual(native.cuts, probed.cuts, name);
      assert.equal(native.frameTicks, probed.frameTicks, name);
      assert.ok(Math.abs(native.start - probed.start) < 1e-5, name);
      const got = { delay: native.delay, cuts: native.cuts, openGop: native.openGop };
      assert.deepEqual(got, want, name);
      assert.ok(native.frameTicks > 0, `${name} is constant-rate`);
    }
  }));

Deno.test("other containers are read through ffprobe; variable frame rate is reported", () =>
  withTestRoot(async ({ ctx, root }) => {
    await encode(`${root}/a.mkv`, "25", ["-c:v", "libx264", "-g", "10"]);
    const mkv = await probeFrameTable(ctx, `${root}/a.mkv`);
    assert.equal(await readMp4FrameTable(`${root}/a.mkv`), null);
    assert.equal(mkv.frames.length, 75);
    assert.deepEqual(mkv.cuts.slice(0, 3), [0, 10, 20]);
    assert.ok(mkv.frameTicks > 0);
    // Every third frame dropped: timestamps keep their gaps, so the rate is variable.
    await ffmpeg([
      "-f",
      "lavfi",
      "-i",
      "testsrc2=size=160x120:rate=25:duration=2,select='mod(n\\,3)'",
      "-fps_mode",
      "passthrough",
      "-c:v",
      "libx264",
      `${root}/vfr.mp4`,
    ]);
    const vfr = (await readMp4FrameTable(`${root}/vfr.mp4`))!;
    assert.equal(vfr.frameTicks, 0);
  }));

Deno.test("a keyframe with frames decoded after it but shown before it is no cut", () => {
  const p = (pts: number, dts: number, key = false) => ({ pts, dts, size: 1, key });
  // Decode order I0 P3 B1 B2 | I6(open) B4 B5 P9 B7 B8
  const table = tableFromPackets(
    [
      p(0, -2, true),
      p(3, -1),
      p(1, 0),
      p(2, 1),
      p(6, 2, true),
      p(4, 3),
      p(5, 4),
      p(9, 5),
      p(7, 6),
      p(8, 7),
    ],
    1,
    0,
  );
  assert.deepEqual(table.cuts, [0]);
  assert.deepEqual(table.frames.map((f) => f.pts), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.equal(table.frameTicks, 1);
});
