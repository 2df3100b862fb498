import assert from "node:assert/strict";
import { planSlot, toUs } from "./timeline.ts";

Deno.test("planSlot: within the tempo window the narration fills its slot exactly", () => {
  assert.equal(planSlot(2_000_000, 2_000_000).strategy, "exact");
  const up = planSlot(2_000_000, 2_200_000);
  assert.equal(up.strategy, "speed_up");
  assert.deepEqual([up.slotUs, up.audio!.targetUs, up.audio!.sourceUs], [2e6, 2e6, 2.2e6]);
  assert.ok(Math.abs(up.audio!.speed - 1.1) < 1e-12);
  const down = planSlot(2_000_000, 1_800_000);
  assert.equal(down.strategy, "slow_down");
  assert.equal(down.audio!.targetUs, 2_000_000);
  // Shorter beyond the window: normal speed, silence after.
  const pad = planSlot(2_000_000, 1_000_000);
  assert.deepEqual([pad.strategy, pad.slotUs, pad.audio!.targetUs, pad.audio!.speed], [
    "pad",
    2_000_000,
    1_000_000,
    1,
  ]);
  assert.deepEqual(planSlot(1_000_000).video, [
    { kind: "footage", sourceOffsetUs: 0, sourceUs: 1e6, targetUs: 1e6, speed: 1 },
  ]);
});

Deno.test("planSlot: longer narration keeps all speech and grows the slot, per policy", () => {
  for (const policy of ["slow", "freeze", "extend"] as const) {
    const p = planSlot(2_000_000, 2_800_000, { policy, footageAfterUs: 10_000_000 });
    assert.equal(p.strategy, policy);
    assert.equal(p.slotUs, 2_800_000);
    assert.deepEqual(p.audio, { sourceUs: 2_800_000, targetUs: 2_800_000, speed: 1 });
    assert.equal(
      p.video.reduce((n, v) => n + v.targetUs, 0),
      2_800_000,
      `${policy} fills the slot`,
    );
  }
  assert.deepEqual(planSlot(2e6, 2.8e6, { policy: "slow" }).video, [
    { kind: "footage", sourceOffsetUs: 0, sourceUs: 2e6, targetUs: 2.8e6, speed: 2 / 2.8 },
  ]);
  assert.deepEqual(planSlot(2e6, 2.8e6, { policy: "freeze" }).video, [
    { kind: "footage", sourceOffsetUs: 0, sourceUs: 2e6, targetUs: 2e6, speed: 1 },
    { kind: "freeze", targetUs: 0.8e6 },
  ]);
  // extend takes the footage that follows; when the source ends, the last frame is held.
  assert.deepEqual(planSlot(2e6, 2.8e6, { policy: "extend", footageAfterUs: 0.5e6 }).video, [
    { kind: "footage", sourceOffsetUs: 0, sourceUs: 2.5e6, targetUs: 2.5e6, speed: 1 },
    { kind: "freeze", targetUs: 0.3e6 },
  ]);
  // slow never goes below the editors' 0.1× speed: the rest is held.
  const slowest = planSlot(1e6, 15e6, { policy: "slow" }).video;
  assert.equal(slowest[0].kind === "footage" && slowest[0].speed, 0.1);
  assert.deepEqual(slowest[1], { kind: "freeze", targetUs: 5e6 });
  // A higher ceiling speeds up instead of growing the slot.
  assert.equal(planSlot(2e6, 2.8e6, { maxTempo: 1.5 }).strategy, "speed_up");
});

Deno.test("planSlot: bad input is refused naming the value", () => {
  assert.throws(() => planSlot(0), /current value is 0/);
  assert.throws(() => planSlot(1.5), /current value is 1.5/);
  assert.throws(() => planSlot(1e6, -1), /narration.*current value is -1/);
  assert.throws(() => planSlot(1e6, 1e6, { maxTempo: 3 }), /maxTempo.*current value is 3/);
  assert.throws(
    () => planSlot(1e6, 1e6, { policy: "trim" as "slow" }),
    /policy.*current value is trim/,
  );
  assert.equal(toUs(1.2345678), 1_234_568);
});
