import assert from "node:assert/strict";
import { PipelineError } from "../pipeline.ts";
import { draftsDirOf } from "./jianying_draft.ts";
import { makeHarness } from "./testing.ts";

function ctxWith(draftDir?: string) {
  return makeHarness({
    stack: { mediaRoot: "/srv/media", dataDir: "/srv/data" },
    scope: "generate_jianying_draft",
    videoPath: "v.mp4",
    script: [],
    options: { tts: {}, draftDir },
  }).ctx;
}

Deno.test("draftsDirOf: default, relative and absolute dirs inside the data dir or media root", () => {
  assert.equal(draftsDirOf(ctxWith()), "/srv/data/jianying_drafts");
  assert.equal(draftsDirOf(ctxWith("  ")), "/srv/data/jianying_drafts");
  assert.equal(draftsDirOf(ctxWith("mine")), "/srv/data/mine");
  assert.equal(draftsDirOf(ctxWith("/srv/media/drafts")), "/srv/media/drafts");
  assert.equal(draftsDirOf(ctxWith("/srv/data")), "/srv/data");
});

Deno.test("draftsDirOf: anything outside is refused with the value named", () => {
  for (const bad of ["/etc", "../elsewhere", "/srv/data/../media2", "/srv/database"]) {
    assert.throws(() => draftsDirOf(ctxWith(bad)), (err: unknown) => {
      assert.ok(err instanceof PipelineError);
      assert.equal(err.status, "INVALID_ARGUMENT");
      assert.equal(err.location.code, "DRAFT_DIR_OUTSIDE");
      assert.ok(err.message.includes(bad));
      return true;
    });
  }
});
