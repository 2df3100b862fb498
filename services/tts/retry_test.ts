import assert from "node:assert/strict";
import { backoffDelay, retry, RetryError, validateRetryOptions } from "./retry.ts";

class Transient extends Error {}
class Fatal extends Error {}

Deno.test("retry returns the value and attempts once the call succeeds", async () => {
  let calls = 0;
  const seen: number[] = [];
  const result = await retry(({ attempt }) => {
    calls++;
    seen.push(attempt);
    if (attempt < 3) return Promise.reject(new Transient("busy"));
    return Promise.resolve("done");
  }, { minDelayMs: 1, maxDelayMs: 2 });
  assert.deepEqual(result, { value: "done", attempts: 3 });
  assert.equal(calls, 3);
  assert.deepEqual(seen, [1, 2, 3]);
});

Deno.test("retry rethrows a non-retriable error after exactly one call", async () => {
  let calls = 0;
  const fatal = new Fatal("bad credentials");
  await assert.rejects(
    retry(() => {
      calls++;
      return Promise.reject(fatal);
    }, { isRetriable: (e) => e instanceof Transient, minDelayMs: 1 }),
    (err) => err === fatal,
  );
  assert.equal(calls, 1);
});

Deno.test("retry gives up after maxAttempts with a RetryError carrying the last error", async () => {
  let calls = 0;
  const retries: { attempt: number; delayMs: number }[] = [];
  await assert.rejects(
    retry(() => Promise.reject(new Transient(`fail ${++calls}`)), {
      maxAttempts: 4,
      minDelayMs: 1,
      maxDelayMs: 4,
      onRetry: ({ attempt, delayMs }) => retries.push({ attempt, delayMs }),
    }),
    (err) => {
      assert.ok(err instanceof RetryError);
      assert.equal(err.attempts, 4);
      assert.equal((err.cause as Error).message, "fail 4");
      return true;
    },
  );
  assert.equal(calls, 4);
  assert.deepEqual(retries.map((r) => r.attempt), [1, 2, 3]);
  for (const r of retries) assert.ok(r.delayMs >= 0 && r.delayMs < 4);
});

Deno.test("backoffDelay grows exponentially, is capped and uses full jitter", () => {
  const o = { minDelayMs: 100, maxDelayMs: 1000, multiplier: 2 };
  const top = (attempt: number) => backoffDelay(attempt, { ...o, random: () => 0.999999 });
  assert.deepEqual([1, 2, 3, 4, 5, 6].map(top), [99, 199, 399, 799, 999, 999]);
  assert.equal(backoffDelay(3, { ...o, random: () => 0 }), 0);
  assert.equal(backoffDelay(3, { ...o, random: () => 0.5 }), 200);
});

Deno.test("retry validates options eagerly with messages naming the option and value", async () => {
  const cases: [Record<string, number>, string][] = [
    [
      { maxAttempts: 0 },
      "Cannot retry as 'maxAttempts' must be a positive integer or Infinity: current value is 0",
    ],
    [
      { maxAttempts: 1.5 },
      "'maxAttempts' must be a positive integer or Infinity: current value is 1.5",
    ],
    [{ budgetMs: -1 }, "'budgetMs' must be a number >= 0: current value is -1"],
    [{ budgetMs: NaN }, "'budgetMs' must be a number >= 0: current value is NaN"],
    [{ minDelayMs: -1 }, "'minDelayMs' must be a finite number >= 0: current value is -1"],
    [
      { minDelayMs: 50, maxDelayMs: 10 },
      "'maxDelayMs' must be a finite number >= minDelayMs (50): current value is 10",
    ],
    [{ multiplier: 0.5 }, "'multiplier' must be a finite number >= 1: current value is 0.5"],
  ];
  for (const [options, message] of cases) {
    assert.throws(() => validateRetryOptions(options), (err) => {
      assert.ok(err instanceof RangeError);
      assert.ok(err.message.includes(message), err.message);
      return true;
    });
    let called = false;
    await assert.rejects(
      retry(() => {
        called = true;
        return Promise.resolve(1);
      }, options),
      RangeError,
    );
    assert.equal(called, false, "nothing runs with bad options");
  }
});

Deno.test("aborting during the backoff wait rejects at once and starts no further attempt", async () => {
  const controller = new AbortController();
  let calls = 0;
  const started = performance.now();
  const pending = retry(() => {
    calls++;
    return Promise.reject(new Transient("busy"));
  }, {
    minDelayMs: 60_000,
    maxDelayMs: 60_000,
    random: () => 0.99,
    signal: controller.signal,
    onRetry: () => queueMicrotask(() => controller.abort(new Fatal("stop"))),
  });
  await assert.rejects(pending, (err) => err instanceof Fatal && err.message === "stop");
  assert.equal(calls, 1);
  // The wait was a minute long; the abort ended it (generous bound for a loaded machine).
  assert.ok(performance.now() - started < 30_000);
});

Deno.test("an already aborted signal runs nothing and rejects with an AbortError", async () => {
  let calls = 0;
  await assert.rejects(
    retry(() => {
      calls++;
      return Promise.resolve(1);
    }, { signal: AbortSignal.abort() }),
    (err) => err instanceof DOMException && err.name === "AbortError",
  );
  assert.equal(calls, 0);
});

Deno.test("an abort while the call runs wins over the call's own failure", async () => {
  const controller = new AbortController();
  let calls = 0;
  await assert.rejects(
    retry(() => {
      calls++;
      controller.abort(new Fatal("cancelled"));
      return Promise.reject(new Transient("connection reset"));
    }, { signal: controller.signal, minDelayMs: 1 }),
    (err) => err instanceof Fatal,
  );
  assert.equal(calls, 1);
});

Deno.test("with unlimited attempts the time budget ends retrying, the last wait cut short", async () => {
  let calls = 0;
  const delays: number[] = [];
  const started = performance.now();
  await assert.rejects(
    retry(() => Promise.reject(new Transient(`busy ${++calls}`)), {
      maxAttempts: Infinity,
      budgetMs: 150,
      minDelayMs: 40,
      maxDelayMs: 40,
      random: () => 0.999,
      onRetry: ({ delayMs }) => delays.push(delayMs),
    }),
    (err) => {
      assert.ok(err instanceof RetryError);
      assert.equal(err.exhausted, "budgetMs");
      assert.equal(err.attempts, calls);
      assert.equal((err.cause as Error).message, `busy ${calls}`);
      assert.ok(err.elapsedMs >= 150, `${err.elapsedMs} ms`);
      assert.match(err.message, /budgetMs/);
      return true;
    },
  );
  const elapsed = performance.now() - started;
  // 40 ms waits: about 4 retries fit in 150 ms; none starts after the budget.
  assert.ok(calls >= 3, `${calls} calls`);
  assert.ok(delays.every((d) => d <= 40));
  assert.ok(elapsed < 150 + 40 + 5_000, `${elapsed} ms (generous for a loaded machine)`);
});

Deno.test("a zero budget makes exactly one call", async () => {
  let calls = 0;
  await assert.rejects(
    retry(() => {
      calls++;
      return Promise.reject(new Transient("busy"));
    }, { maxAttempts: Infinity, budgetMs: 0 }),
    (err) => err instanceof RetryError && err.exhausted === "budgetMs" && err.attempts === 1,
  );
  assert.equal(calls, 1);
});

Deno.test("a budget does not stop a call that succeeds before it ends", async () => {
  const r = await retry(({ attempt }) => {
    if (attempt < 5) return Promise.reject(new Transient("busy"));
    return Promise.resolve("ok");
  }, { maxAttempts: Infinity, budgetMs: 60_000, minDelayMs: 1, maxDelayMs: 2 });
  assert.deepEqual(r, { value: "ok", attempts: 5 });
});
