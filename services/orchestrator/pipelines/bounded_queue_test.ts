import assert from "node:assert/strict";
import { CancelledError } from "../../common/errors.ts";
import { BoundedQueue } from "./bounded_queue.ts";

Deno.test("BoundedQueue: runs up to N jobs at once and waits for all of them", async () => {
  const q = new BoundedQueue(undefined, 3);
  let running = 0;
  let peak = 0;
  const gates: (() => void)[] = [];
  const results = Array.from({ length: 7 }, (_, i) =>
    q.push(async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise<void>((r) => gates.push(r));
      running--;
      return i;
    }));
  // Release the 7 jobs one by one as they start; never more than 3 are waiting at once.
  for (let released = 0; released < 7;) {
    await new Promise((r) => setTimeout(r, 0));
    assert.ok(gates.length <= 3, `${gates.length} jobs running at once`);
    const next = gates.shift();
    if (next) (next(), released++);
  }
  await q.idle();
  assert.deepEqual(await Promise.all(results), [0, 1, 2, 3, 4, 5, 6]);
  assert.equal(peak, 3);
  assert.equal(q.size, 0);
  assert.throws(() => new BoundedQueue(undefined, 0), /concurrency.*current value is 0/);
});

Deno.test("BoundedQueue: after abort, jobs not yet started are skipped", async () => {
  const ac = new AbortController();
  const q = new BoundedQueue(ac.signal, 1);
  let release!: () => void;
  const first = q.push(() => new Promise<string>((r) => (release = () => r("done"))));
  let ran = false;
  const second = q.push(() => {
    ran = true;
    return Promise.resolve();
  });
  await new Promise((r) => setTimeout(r, 0));
  ac.abort();
  release();
  assert.equal(await first, "done");
  await assert.rejects(second, CancelledError);
  await q.idle();
  assert.equal(ran, false);
});
