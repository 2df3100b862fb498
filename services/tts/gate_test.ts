import assert from "node:assert/strict";
import { Gate } from "./gate.ts";
import { SacvError } from "../common/errors.ts";

/** A task that runs until released by the test. */
function controlled() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { done, finish };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

Deno.test("Gate never exceeds its limit and serves waiters in FIFO order", async () => {
  const gate = new Gate("g", 2);
  const order: number[] = [];
  const tasks = Array.from({ length: 6 }, () => controlled());
  const runs = tasks.map(async (t, i) => {
    const release = await gate.acquire();
    order.push(i);
    await t.done;
    release();
  });
  await tick();
  assert.equal(gate.inFlight, 2);
  assert.equal(gate.queued, 4);
  for (const t of tasks) {
    t.finish();
    await tick();
    assert.ok(gate.inFlight <= 2);
  }
  await Promise.all(runs);
  assert.deepEqual(order, [0, 1, 2, 3, 4, 5]);
  assert.equal(gate.peak, 2);
  assert.equal(gate.inFlight, 0);
});

Deno.test("Gate grows live and starts queued waiters at once", async () => {
  const gate = new Gate("g", 1);
  const held = await gate.acquire();
  const waiting = [gate.acquire(), gate.acquire()];
  assert.equal(gate.queued, 2);
  gate.limit = 3;
  const releases = await Promise.all(waiting);
  assert.equal(gate.inFlight, 3);
  held();
  releases.forEach((r) => r());
  assert.equal(gate.inFlight, 0);
});

Deno.test("Gate shrink keeps running work and holds new work until below the limit", async () => {
  const gate = new Gate("g", 3);
  const held = await Promise.all([gate.acquire(), gate.acquire(), gate.acquire()]);
  gate.limit = 1;
  assert.equal(gate.inFlight, 3, "shrinking must not interrupt in-flight work");
  let granted = false;
  const next = gate.acquire().then((r) => {
    granted = true;
    return r;
  });
  held[0]();
  held[1]();
  await tick();
  assert.equal(granted, false, "still at the new limit");
  held[2]();
  const r = await next;
  assert.equal(gate.inFlight, 1);
  r();
  r(); // releasing twice is harmless
  assert.equal(gate.inFlight, 0);
});

Deno.test("an aborted waiter leaves the queue without ever taking a slot", async () => {
  const gate = new Gate("g", 1);
  const held = await gate.acquire();
  const ac = new AbortController();
  const waiting = gate.acquire(ac.signal);
  assert.equal(gate.queued, 1);
  ac.abort();
  await assert.rejects(waiting, (e: unknown) => e instanceof SacvError && e.status === "CANCELLED");
  assert.equal(gate.queued, 0);
  held();
  assert.equal(gate.inFlight, 0);
  assert.equal(gate.peak, 1);
});

Deno.test("limits must be positive integers, named in the error", () => {
  assert.throws(() => new Gate("tencent", 0), /'tencent'.*current value is 0/);
  const gate = new Gate("g", 1);
  assert.throws(() => (gate.limit = 1.5), /current value is 1.5/);
  assert.equal(gate.limit, 1);
});

Deno.test("priority waiters go ahead of ordinary ones, FIFO among themselves", async () => {
  const gate = new Gate("g", 1);
  const held = await gate.acquire();
  const order: string[] = [];
  const take = (name: string, priority: boolean) =>
    gate.acquire({ priority }).then((release) => {
      order.push(name);
      release();
    });
  const all = [take("a", false), take("b", false), take("r1", true), take("r2", true)];
  assert.equal(gate.queued, 4);
  held();
  await Promise.all(all);
  assert.deepEqual(order, ["r1", "r2", "a", "b"]);
});
