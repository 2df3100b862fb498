import assert from "node:assert/strict";
import { CancelledError } from "../../common/errors.ts";
import { SerialQueue } from "./serial_queue.ts";

Deno.test("SerialQueue: one job at a time, in push order", async () => {
  const q = new SerialQueue();
  let running = 0;
  let peak = 0;
  const order: number[] = [];
  const job = (n: number) => async () => {
    running++;
    peak = Math.max(peak, running);
    await new Promise((r) => setTimeout(r, 5));
    order.push(n);
    running--;
    return n;
  };
  const results = await Promise.all([1, 2, 3, 4].map((n) => q.push(job(n))));
  assert.deepEqual(results, [1, 2, 3, 4]);
  assert.deepEqual(order, [1, 2, 3, 4]);
  assert.equal(peak, 1);
});

Deno.test("SerialQueue: a failure does not stop later jobs; idle waits for jobs pushed meanwhile", async () => {
  const q = new SerialQueue();
  const failed = q.push(() => Promise.reject(new Error("boom")));
  let late = false;
  q.push(() => {
    q.push(() => {
      late = true;
      return Promise.resolve();
    });
    return Promise.resolve();
  });
  await assert.rejects(failed, /boom/);
  await q.idle();
  assert.equal(late, true);
});

Deno.test("SerialQueue: jobs not started when the signal aborts are skipped", async () => {
  const ac = new AbortController();
  const q = new SerialQueue(ac.signal);
  let ran = 0;
  const first = q.push(() => {
    ran++;
    ac.abort();
    return Promise.resolve("first");
  });
  const second = q.push(() => {
    ran++;
    return Promise.resolve("second");
  });
  assert.equal(await first, "first");
  await assert.rejects(second, CancelledError);
  assert.equal(ran, 1);
});
