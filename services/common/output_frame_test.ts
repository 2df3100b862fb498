import assert from "node:assert/strict";
import { SacvError } from "./errors.ts";
import { checkFrame, checkStyle, frameRequested, frameSize } from "./output_frame.ts";

Deno.test("frameSize: exact size wins, one side takes the aspect, an aspect keeps the shorter side", () => {
  const src = { width: 1920, height: 1080 };
  assert.deepEqual(frameSize(src, { aspect: "9:16", width: 720, height: 1280 }), {
    width: 720,
    height: 1280,
  });
  assert.deepEqual(frameSize(src, { aspect: "9:16" }), { width: 1080, height: 1920 });
  assert.deepEqual(frameSize(src, { aspect: "1:1" }), { width: 1080, height: 1080 });
  assert.deepEqual(frameSize(src, { aspect: "16:9" }), { width: 1920, height: 1080 });
  assert.deepEqual(frameSize(src, { width: 640 }), { width: 640, height: 360 });
  assert.deepEqual(frameSize(src, { height: 640, aspect: "9:16" }), { width: 360, height: 640 });
  assert.deepEqual(frameSize({ width: 320, height: 240 }, { aspect: "16:9" }), {
    width: 426,
    height: 240,
  });
  assert.deepEqual(frameSize({ width: 321, height: 241 }, { aspect: "9:16" }), {
    width: 242,
    height: 428,
  });
  assert.deepEqual(frameSize(src, { fps: 30 }), src);
  assert.equal(frameRequested({ fit: "fill" }), false);
  assert.equal(frameRequested({ fps: 30 }), true);
});

Deno.test("checkFrame / checkStyle: bad values are INVALID_ARGUMENT naming the field", () => {
  const named = (fn: () => void, field: string) =>
    assert.throws(fn, (e: SacvError) => {
      assert.equal(e.status, "INVALID_ARGUMENT");
      assert.equal(e.details.field, field);
      assert.match(e.message, new RegExp(field.replace(".", "\\.")));
      return true;
    });
  named(() => checkFrame({ aspect: "4:3" }), "output.aspect");
  named(() => checkFrame({ width: 641 }), "output.width");
  named(() => checkFrame({ height: 100000 }), "output.height");
  named(() => checkFrame({ fit: "stretch\u0000" }), "output.fit");
  named(() => checkFrame({ fps: NaN }), "output.fps");
  named(() => checkFrame({ fps: 500 }, "frame"), "frame.fps");
  named(() => checkStyle({ font_size: 2 }), "subtitles.font_size");
  named(() => checkStyle({ position: "左" }), "subtitles.position");
  named(() => checkStyle({ outline: -1 }), "subtitles.outline");
  checkFrame({ aspect: "9:16", width: 0, height: 0, fit: "fill", fps: 29.97 });
  checkStyle({ burn: true, font_size: 24, position: "top", outline: 0 });
  checkFrame(undefined);
  checkStyle(null);
});
