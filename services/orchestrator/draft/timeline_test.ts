import assert from "node:assert/strict";
import { placeAudio, toUs } from "./timeline.ts";

Deno.test("placeAudio: follows the alignment policy in both directions", () => {
  assert.equal(placeAudio(2_000_000, 2_000_000).strategy, "exact");
  const up = placeAudio(2_200_000, 2_000_000);
  assert.equal(up.strategy, "speed_up");
  assert.equal(Math.round(up.sourceUs / up.speed), up.targetUs);
  assert.equal(placeAudio(3_000_000, 2_000_000).strategy, "trim");
  assert.equal(placeAudio(3_000_000, 2_000_000).targetUs, 2_000_000);
  const down = placeAudio(1_800_000, 2_000_000);
  assert.equal(down.strategy, "slow_down");
  assert.ok(down.speed < 1);
  assert.equal(Math.round(down.sourceUs / down.speed), down.targetUs);
  const pad = placeAudio(1_000_000, 2_000_000);
  assert.deepEqual([pad.strategy, pad.targetUs, pad.speed], ["pad", 1_000_000, 1]);
  assert.throws(() => placeAudio(0, 1), /positive/);
  assert.equal(toUs(1.2345678), 1_234_568);
});
