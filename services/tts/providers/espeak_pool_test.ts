import assert from "node:assert/strict";
import { EspeakPool } from "./espeak_pool.ts";

Deno.test("the eSpeak pool grows for queued jobs and shrinks to its new size", async () => {
  const pool = new EspeakPool(1);
  try {
    const signal = new AbortController().signal;
    const jobs = [
      pool.synthesize("first sentence", "en-us", 175, signal),
      pool.synthesize("second sentence", "en-us", 175, signal),
    ];
    assert.equal(pool.workers, 1, "the second job waits for the only engine");
    pool.size = 2;
    assert.equal(pool.workers, 2, "growing starts an engine for the waiting job");
    for (const r of await Promise.all(jobs)) assert.ok(r.samples.length > r.sampleRate / 2);
    pool.size = 1;
    assert.equal(pool.workers, 1, "shrinking ends idle engines");
    assert.ok((await pool.synthesize("again", "en-us", 175, signal)).samples.length > 0);
    assert.throws(() => (pool.size = 0), /'size'.*current value is 0/);
  } finally {
    pool.close();
  }
});
