import assert from "node:assert/strict";
import { makeTone, makeVideo } from "../../test/support/media_fixtures.ts";
import {
  buildConcatList,
  buildCopyArgs,
  canCopy,
  quoteConcatPath,
  timestampTrouble,
  videoFormats,
} from "./concat_copy.ts";
import type { ProbeResult } from "./messages.ts";
import { readVideoFormat } from "./mp4_format.ts";
import { withTestRoot } from "./testing.ts";

Deno.test("video formats match for clips of one encoder setting and differ otherwise", () =>
  withTestRoot(async ({ root }) => {
    await Promise.all([
      makeVideo(`${root}/a.mp4`, { duration: 0.4 }),
      makeVideo(`${root}/b.mp4`, { duration: 0.8, toneHz: 660 }),
      makeVideo(`${root}/c.mp4`, { duration: 0.4, width: 160, height: 120 }),
      makeVideo(`${root}/d.mp4`, { duration: 0.4, fps: 30 }),
      makeTone(`${root}/t.wav`, { duration: 0.2 }),
    ]);
    const [a, b, c, d] = await Promise.all(
      ["a", "b", "c", "d"].map((n) => readVideoFormat(`${root}/${n}.mp4`)),
    );
    assert.ok(a && b && c && d);
    assert.equal(a.key, b.key);
    assert.deepEqual([a.id, a.fps, a.width, a.height], [1, 25, 320, 240]);
    assert.notEqual(a.key, c.key);
    assert.notEqual(a.key, d.key);
    assert.equal(d.fps, 30);
    assert.equal(await readVideoFormat(`${root}/t.wav`), null);
    const paths = ["a", "b", "a"].map((n) => `${root}/${n}.mp4`);
    assert.equal((await videoFormats(paths, 2)).length, 3);
    assert.deepEqual(await videoFormats([`${root}/a.mp4`, `${root}/c.mp4`, paths[0]], 1), [null]);
    assert.deepEqual(await videoFormats([`${root}/t.wav`], 4), [null]);
  }));

Deno.test("canCopy needs one format at the target size and rate and whole-frame clips", () => {
  const f = { id: 1, key: "k", fps: 25, width: 320, height: 240 };
  const info = (video_duration: number) => ({ video_duration }) as ProbeResult;
  const target = { width: 320, height: 240, fps: 25 };
  assert.ok(canCopy([f, f], [info(1.52), info(0.04)], target));
  assert.ok(!canCopy([f, { ...f, key: "other" }], [info(1), info(1)], target));
  assert.ok(!canCopy([f, { ...f, id: 2 }], [info(1), info(1)], target));
  assert.ok(!canCopy([f, null], [info(1), info(1)], target));
  assert.ok(!canCopy([f], [info(1)], { ...target, width: 160 }));
  assert.ok(!canCopy([f], [info(1)], { ...target, fps: 30 }));
  assert.ok(!canCopy([f, f], [info(1), info(1.01)], target), "not a whole number of frames");
  assert.ok(!canCopy([f], [info(0.01)], target), "shorter than a frame");
});

Deno.test("the concat list quotes paths and selects the video stream; the args copy video only", () => {
  assert.equal(quoteConcatPath("/m/it's.mp4"), "'/m/it'\\''s.mp4'");
  assert.equal(quoteConcatPath("/m/a\nb.mp4"), null);
  assert.equal(
    buildConcatList(["/m/a.mp4", "/m/b c.mp4"], [1.52, 0.04], 1),
    "ffconcat version 1.0\nstream\nexact_stream_id 1\n" +
      "file '/m/a.mp4'\nduration 1.520000\nfile '/m/b c.mp4'\nduration 0.040000\n",
  );
  assert.equal(buildConcatList(["/m/a\r.mp4"], [1], 1), null);
  const args = buildCopyArgs("/tmp/l.ffconcat", ["/m/a.mp4"], "[1:a:0]anull[aout]");
  const joined = args.join(" ");
  assert.match(joined, /-loglevel warning/);
  assert.match(joined, /-f concat -safe 0 -i \/tmp\/l\.ffconcat -i \/m\/a\.mp4 /);
  assert.match(joined, /-map 0:v:0 -map \[aout\] -c:v copy -c:a aac -b:a 192k -ar 48000/);
  assert.match(joined, /-movflags \+faststart -progress pipe:1/);
  assert.ok(timestampTrouble("[mp4 @ 0x1] Non-monotonous DTS in output stream 0:0"));
  assert.ok(timestampTrouble("Application provided invalid, non monotonically increasing dts"));
  assert.ok(!timestampTrouble(""));
});
