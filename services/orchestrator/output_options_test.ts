import assert from "node:assert/strict";
import { SacvError } from "../common/errors.ts";
import { outputOptions } from "./output_options.ts";

Deno.test("outputOptions: kept only when they ask for something, without wire defaults", () => {
  assert.deepEqual(outputOptions({}), {});
  assert.deepEqual(
    outputOptions({
      subtitles: { burn: false, font_size: 0, position: "", _outline: "outline" },
      output: { aspect: "", width: 0, height: 0, fit: "fill", fps: 0 },
    }),
    {},
  );
  assert.deepEqual(
    outputOptions({
      subtitles: { burn: true, font_size: 0, position: "top", outline: 0 },
      output: { aspect: "9:16", width: 0, height: 0, fit: "", fps: 30 },
    }),
    {
      subtitles: { burn: true, position: "top", outline: 0 },
      output: { aspect: "9:16", fps: 30 },
    },
  );
});

Deno.test("outputOptions: bad values are INVALID_ARGUMENT naming the field", () => {
  for (
    const [req, field] of [
      [{ output: { aspect: "段1 中文\u0000" } }, "output.aspect"],
      [{ output: { width: 99999 } }, "output.width"],
      [{ output: { fps: -1 } }, "output.fps"],
      [{ subtitles: { burn: true, position: "../../etc" } }, "subtitles.position"],
      [{ subtitles: { burn: true, font_size: 2147483647 } }, "subtitles.font_size"],
    ] as const
  ) {
    assert.throws(() => outputOptions(req), (e: SacvError) => {
      assert.equal(e.status, "INVALID_ARGUMENT");
      assert.equal(e.details.field, field);
      return true;
    });
  }
});
