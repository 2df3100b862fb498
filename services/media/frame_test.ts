import assert from "node:assert/strict";
import { extractFrame } from "./frame.ts";
import { assertRefusals, ffmpeg, listDir, withTestRoot } from "./testing.ts";

/** 1 s of red then 1 s of blue, 320×240 at 25 fps. */
async function redThenBlue(path: string): Promise<void> {
  await ffmpeg([
    "-f",
    "lavfi",
    "-i",
    "color=c=red:s=320x240:r=25:d=1",
    "-f",
    "lavfi",
    "-i",
    "color=c=blue:s=320x240:r=25:d=1",
    "-filter_complex",
    "[0:v][1:v]concat=n=2:v=1[v]",
    "-map",
    "[v]",
    "-c:v",
    "libx264",
    "-pix_fmt",
    "yuv420p",
    path,
  ]);
}

/** The average colour of an image as [r, g, b]. */
async function colour(path: string): Promise<number[]> {
  const out = await new Deno.Command("ffmpeg", {
    args: [
      "-v",
      "error",
      "-i",
      path,
      "-vf",
      "scale=1:1",
      "-f",
      "rawvideo",
      "-pix_fmt",
      "rgb24",
      "-",
    ],
    stdout: "piped",
  }).output();
  return [...out.stdout.slice(0, 3)];
}

Deno.test("extractFrame: the frame at a time, the last frame past the end, scaled on request", () =>
  withTestRoot(async ({ ctx, root }) => {
    await redThenBlue(`${root}/v.mp4`);
    const early = await extractFrame(ctx, {
      input: "v.mp4",
      output: "f/early.jpg",
      time: 0.5,
      max_width: 0,
    });
    assert.deepEqual([early.output, early.width, early.height], ["f/early.jpg", 320, 240]);
    const [r, , b] = await colour(`${root}/f/early.jpg`);
    assert.ok(r > 200 && b < 60, `red expected, got ${r},${b}`);
    const last = await extractFrame(ctx, {
      input: "v.mp4",
      output: "last.png",
      time: 99,
      max_width: 160,
    });
    assert.ok(last.time < 2 && last.time > 1.9, `clamped to ${last.time}`);
    assert.deepEqual([last.width, last.height], [160, 120]);
    const [r2, , b2] = await colour(`${root}/last.png`);
    assert.ok(b2 > 200 && r2 < 60, `blue expected, got ${r2},${b2}`);
    assert.deepEqual(await listDir(root), ["f", "last.png", "v.mp4"]);
    assert.deepEqual(await listDir(`${root}/f`), ["early.jpg"]);
  }));

Deno.test("extractFrame: bad requests name the field; nothing is written", () =>
  withTestRoot(async ({ ctx, root }) => {
    await redThenBlue(`${root}/v.mp4`);
    await assertRefusals((req) => extractFrame(ctx, req), {
      input: "v.mp4",
      output: "c.jpg",
      time: 0,
      max_width: 0,
    }, [
      [{ time: -1 }, "INVALID_ARGUMENT", /time/],
      [{ time: Number.NaN }, "INVALID_ARGUMENT", /time/],
      [{ max_width: 1.5 }, "INVALID_ARGUMENT", /max_width/],
      [{ output: "c.mp4" }, "INVALID_ARGUMENT", /output/],
      [{ output: "../c.jpg" }, "INVALID_ARGUMENT", /output/],
      [{ input: "missing.mp4" }, "NOT_FOUND", /input/],
    ]);
    assert.deepEqual(await listDir(root), ["v.mp4"]);
  }));

Deno.test("extractFrame: an aborted call writes nothing", () =>
  withTestRoot(async ({ ctx, root }) => {
    await redThenBlue(`${root}/v.mp4`);
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(
      extractFrame(ctx, { input: "v.mp4", output: "x.jpg", time: 1, max_width: 0 }, ac.signal),
    );
    assert.deepEqual(await listDir(root), ["v.mp4"]);
  }));
