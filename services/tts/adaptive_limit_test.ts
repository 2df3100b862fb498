import assert from "node:assert/strict";
import { AdaptiveLimit } from "./adaptive_limit.ts";

Deno.test("throttling halves the effective limit down to a floor of 1", () => {
  const limit = new AdaptiveLimit(20);
  const seen: number[] = [];
  for (let i = 0; i < 6; i++) {
    limit.throttled(limit.epoch);
    seen.push(limit.effective);
  }
  assert.deepEqual(seen, [10, 5, 2, 1, 1, 1]);
  assert.equal(limit.configured, 20);
});

Deno.test("a burst of throttles from calls started before the drop lowers the limit once", () => {
  const limit = new AdaptiveLimit(16);
  const started = limit.epoch; // eight calls all started now
  const lowered = Array.from({ length: 8 }, () => limit.throttled(started));
  assert.deepEqual(lowered, [true, false, false, false, false, false, false, false]);
  assert.equal(limit.effective, 8);
  // A call started after the drop that is throttled again lowers it further.
  assert.equal(limit.throttled(limit.epoch), true);
  assert.equal(limit.effective, 4);
});

Deno.test("successes climb back additively, one step per `effective` successes, to the configured limit", () => {
  const limit = new AdaptiveLimit(6);
  limit.throttled(limit.epoch);
  limit.throttled(limit.epoch);
  assert.equal(limit.effective, 1);
  const steps: number[] = [];
  let successes = 0;
  while (limit.effective < 6) {
    successes++;
    if (limit.succeeded()) steps.push(successes);
  }
  // 1 success to reach 2, then 2, 3, 4, 5 more.
  assert.deepEqual(steps, [1, 3, 6, 10, 15]);
  assert.equal(limit.succeeded(), false, "never above the configured limit");
  assert.equal(limit.effective, 6);
});

Deno.test("setting the configured limit restarts the effective limit from it", () => {
  const limit = new AdaptiveLimit(8);
  const before = limit.epoch;
  limit.throttled(before);
  assert.equal(limit.effective, 4);
  limit.configured = 12;
  assert.equal(limit.effective, 12);
  assert.equal(limit.throttled(before), false, "a throttle from before the change is stale");
  limit.configured = 3;
  assert.equal(limit.effective, 3);
});

Deno.test("bad limits and factors are refused naming the option and value", () => {
  assert.throws(
    () => new AdaptiveLimit(0),
    /'configured' must be a positive integer: current value is 0/,
  );
  assert.throws(
    () => new AdaptiveLimit(4, { decreaseFactor: 1 }),
    /'decreaseFactor' must be in \(0, 1\): current value is 1/,
  );
  const limit = new AdaptiveLimit(4);
  assert.throws(() => (limit.configured = 2.5), /current value is 2.5/);
  assert.equal(limit.configured, 4);
});
