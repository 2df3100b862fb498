import assert from "node:assert/strict";
import { planAlignment } from "./align_plan.ts";
import { SacvError } from "../common/errors.ts";

Deno.test("narration 10% longer speeds up with atempo A/V = 1.1 (> 1, shortens), never 1/r", () => {
  const plan = planAlignment(2.2, 2);
  assert.equal(plan.strategy, "speed_up");
  assert.ok(Math.abs(plan.tempo - 1.1) < 1e-9);
  assert.ok(plan.tempo > 1);
  assert.match(plan.audioFilter, /atempo=1\.100000,/);
  assert.doesNotMatch(plan.audioFilter, /atempo=0\.9/);
  assert.equal(plan.duration, 2);
  assert.equal(plan.video, "copy");
});

Deno.test("narration 10% shorter slows down with atempo A/V < 1, then pads to V", () => {
  const plan = planAlignment(1.8, 2);
  assert.equal(plan.strategy, "slow_down");
  assert.ok(Math.abs(plan.tempo - 0.9) < 1e-9);
  assert.match(plan.audioFilter, /atempo=0\.900000,atrim=end=2\.000000,apad=whole_dur=2\.000000/);
});

Deno.test("beyond the tempo window: trim when longer, pad when shorter, no atempo", () => {
  const long = planAlignment(2.8, 2);
  assert.equal(long.strategy, "trim");
  assert.equal(long.tempo, 1);
  assert.doesNotMatch(long.audioFilter, /atempo/);
  assert.match(long.audioFilter, /atrim=end=2\.000000/);
  const short = planAlignment(1.2, 2);
  assert.equal(short.strategy, "pad");
  assert.doesNotMatch(short.audioFilter, /atempo/);
  assert.match(short.audioFilter, /apad=whole_dur=2\.000000/);
});

Deno.test("the window edges are inclusive and max_tempo moves them", () => {
  assert.equal(planAlignment(1.15, 1).strategy, "speed_up");
  assert.equal(planAlignment(1.16, 1).strategy, "trim");
  assert.equal(planAlignment(1, 1.15).strategy, "slow_down");
  assert.equal(planAlignment(1, 1.16).strategy, "pad");
  assert.equal(planAlignment(1.3, 1, { maxTempo: 1.5 }).strategy, "speed_up");
  assert.equal(planAlignment(1.3, 1, { maxTempo: 1.5 }).tempo, 1.3);
});

Deno.test("equal durations are exact with tempo 1", () => {
  const plan = planAlignment(2.001, 2);
  assert.equal(plan.strategy, "exact");
  assert.equal(plan.tempo, 1);
  assert.doesNotMatch(plan.audioFilter, /atempo/);
});

Deno.test("extend and freeze last as long as the narration and change the video", () => {
  const ext = planAlignment(3, 2, { overflow: "extend" });
  assert.equal(ext.strategy, "extend");
  assert.equal(ext.duration, 3);
  assert.equal(ext.video, "extend");
  const frz = planAlignment(3, 2, { overflow: "freeze" });
  assert.equal(frz.strategy, "freeze");
  assert.equal(frz.video, "freeze");
  assert.equal(frz.freezeSeconds, 1);
  // Within the window the overflow option does not matter.
  assert.equal(planAlignment(2.2, 2, { overflow: "freeze" }).strategy, "speed_up");
});

Deno.test("bad inputs name the field", () => {
  const named = (field: string) => (err: unknown) =>
    err instanceof SacvError && err.status === "INVALID_ARGUMENT" && err.message.startsWith(field);
  assert.throws(() => planAlignment(0, 2), named("narration"));
  assert.throws(() => planAlignment(1, Number.NaN), named("clip"));
  assert.throws(() => planAlignment(1, 2, { maxTempo: 3 }), named("max_tempo"));
  // deno-lint-ignore no-explicit-any
  assert.throws(() => planAlignment(1, 2, { overflow: "loop" as any }), named("overflow"));
});
