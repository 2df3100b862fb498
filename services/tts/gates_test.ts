import assert from "node:assert/strict";
import { TtsGates } from "./gates.ts";
import { SacvError } from "../common/errors.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A call that stays running until the test settles it. */
function pending<T>() {
  const { promise, resolve, reject } = Promise.withResolvers<T>();
  return { promise, resolve, reject };
}

const throttle = () =>
  new SacvError("RESOURCE_EXHAUSTED", "slow down", {
    reason: "RequestLimitExceeded",
    retryable: true,
  });

Deno.test("TtsGates.run holds global then provider slots and frees both on abort at once", async () => {
  const gates = new TtsGates(3, { a: 2, b: 5 });
  const ac = new AbortController();
  const never = (s: AbortSignal) =>
    new Promise<never>((_, reject) => {
      // Rejects only much later to prove the slots do not wait for the provider.
      s.addEventListener("abort", () => setTimeout(() => reject(new Error("late")), 50));
    });
  const runs = Array.from({ length: 4 }, () => gates.run("a", ac.signal, never).catch((e) => e));
  await tick();
  let snap = gates.snapshot();
  assert.equal(snap.providers.a.inFlight, 2);
  assert.equal(snap.providers.a.queued, 1, "the third holds a global slot and waits for 'a'");
  assert.equal(snap.global.inFlight, 3);
  assert.equal(snap.global.queued, 1);
  ac.abort();
  snap = gates.snapshot();
  assert.equal(snap.global.inFlight, 0);
  assert.equal(snap.global.queued, 0);
  assert.equal(snap.providers.a.inFlight, 0);
  assert.equal(snap.providers.a.queued, 0);
  await Promise.all(runs);
});

Deno.test("TtsGates.resize checks every value before applying any", () => {
  const gates = new TtsGates(4, { a: 2 });
  assert.throws(() => gates.resize(8, { a: 0 }), /'a'/);
  assert.throws(() => gates.resize(8, { nope: 2 }), /unknown provider 'nope'/);
  assert.equal(gates.global.limit, 4);
  gates.resize(0, { a: 7 });
  assert.equal(gates.global.limit, 4);
  assert.equal(gates.provider("a").limit, 7);
});

Deno.test("a throttled call lowers the provider's effective limit once per burst; successes raise it", async () => {
  const gates = new TtsGates(16, { a: 8 });
  const never = new AbortController().signal;
  const calls = Array.from({ length: 8 }, () => pending<string>());
  const runs = calls.map((c) => gates.run("a", never, () => c.promise).catch((e) => e));
  await tick();
  assert.equal(gates.snapshot().providers.a.inFlight, 8);
  // Three of the eight running calls are throttled: the limit halves once, not three times.
  for (const c of calls.slice(0, 3)) c.reject(throttle());
  await tick();
  let a = gates.snapshot().providers.a;
  assert.deepEqual([a.configured, a.limit, a.throttles, a.inFlight], [8, 4, 3, 5]);
  // Shrinking does not touch the five still running; a new call waits.
  let started = false;
  const extra = gates.run("a", never, () => {
    started = true;
    return Promise.resolve("extra");
  });
  await tick();
  assert.equal(started, false);
  assert.equal(gates.snapshot().providers.a.queued, 1);
  for (const c of calls.slice(3)) c.resolve("ok");
  assert.equal(await extra, "extra");
  await Promise.all(runs);
  // 5 + 1 successes at effective 4: one step up after 4 of them.
  a = gates.snapshot().providers.a;
  assert.equal(a.limit, 5);
  // Enough successes bring it back to the configured limit and no further.
  for (let i = 0; i < 40; i++) await gates.run("a", never, () => Promise.resolve(i));
  assert.equal(gates.snapshot().providers.a.limit, 8);
});

Deno.test("non-throttling failures and aborts leave the effective limit alone", async () => {
  const gates = new TtsGates(4, { a: 4 });
  const fatal = new SacvError("UNAUTHENTICATED", "bad key", { reason: "AuthFailure" });
  await assert.rejects(gates.run("a", new AbortController().signal, () => Promise.reject(fatal)));
  const ac = new AbortController();
  const run = gates.run(
    "a",
    ac.signal,
    (s) => new Promise((_, reject) => s.addEventListener("abort", () => reject(throttle()))),
  );
  await tick();
  ac.abort();
  await assert.rejects(run);
  const a = gates.snapshot().providers.a;
  assert.deepEqual([a.limit, a.throttles], [4, 0]);
});

Deno.test("resize sets the configured limit and restarts the effective one from it", async () => {
  const gates = new TtsGates(4, { a: 4 });
  const never = new AbortController().signal;
  await assert.rejects(gates.run("a", never, () => Promise.reject(throttle())));
  assert.equal(gates.snapshot().providers.a.limit, 2);
  gates.resize(0, { a: 6 });
  const a = gates.snapshot().providers.a;
  assert.deepEqual([a.configured, a.limit], [6, 6]);
  gates.noteRetry("a");
  assert.equal(gates.snapshot().providers.a.retries, 1);
});
