import assert from "node:assert/strict";
import {
  assetPath,
  DRAFT_PATH_PLACEHOLDER,
  fitBytes,
  portableName,
  resolveDraftPath,
} from "./paths.ts";

Deno.test("assetPath/resolveDraftPath: the placeholder expands to wherever the draft folder is", () => {
  const p = assetPath("旁白_1.wav");
  assert.equal(p, `${DRAFT_PATH_PLACEHOLDER}/assets/旁白_1.wav`);
  assert.equal(resolveDraftPath(p, "/home/u/草稿/d1/"), "/home/u/草稿/d1/assets/旁白_1.wav");
  assert.equal(resolveDraftPath(p, "C:\\drafts\\d1"), "C:\\drafts\\d1/assets/旁白_1.wav");
  assert.equal(resolveDraftPath("/abs/x.mp4", "/d"), "/abs/x.mp4");
});

Deno.test("portableName: accepted by every OS, byte-bounded, CJK and emoji kept", () => {
  assert.equal(portableName('a/b\\c:d*e?f"g<h>i|j'), "a_b_c_d_e_f_g_h_i_j");
  assert.equal(portableName("  ..隐藏. "), "隐藏");
  assert.equal(portableName("nul.txt"), "_nul.txt");
  assert.equal(portableName(""), "draft");
  assert.equal(portableName("\u0000\u0001"), "__");
  const long = portableName("🎞️".repeat(200), 100);
  assert.ok(new TextEncoder().encode(long).length <= 100);
  assert.ok(long.length > 0 && !long.includes("\uFFFD"));
  assert.equal(fitBytes("中文字", 7), "中文");
});
