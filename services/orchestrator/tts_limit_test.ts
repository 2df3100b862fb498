import assert from "node:assert/strict";
import { createLogger } from "../common/log.ts";
import { TtsLimitSync } from "./tts_limit.ts";

const quiet = createLogger("test", { sink: () => {} });

async function until(cond: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

Deno.test("TtsLimitSync retries while the TTS service is down and pushes the latest value", async () => {
  const calls: number[] = [];
  let down = 2;
  const sync = new TtsLimitSync(
    (n) => {
      calls.push(n);
      return down-- > 0 ? Promise.reject(new Error("UNAVAILABLE")) : Promise.resolve();
    },
    quiet,
    { retryBaseMs: 5, resyncMs: 60_000 },
  );
  try {
    sync.set(4);
    await until(() => sync.pushed === 4, "push after recovery");
    assert.deepEqual(calls, [4, 4, 4]);
    sync.set(7);
    await until(() => sync.pushed === 7, "second push");
    assert.deepEqual(calls, [4, 4, 4, 7]);
  } finally {
    sync.close();
  }
});

Deno.test("TtsLimitSync re-pushes periodically and stops when closed", async () => {
  const calls: number[] = [];
  const sync = new TtsLimitSync(
    (n) => {
      calls.push(n);
      return Promise.resolve();
    },
    quiet,
    { resyncMs: 10 },
  );
  sync.set(3);
  await until(() => calls.length >= 3, "resyncs");
  sync.close();
  const seen = calls.length;
  await new Promise((r) => setTimeout(r, 40));
  assert.ok(calls.length <= seen + 1, "no pushes after close");
  assert.ok(calls.every((n) => n === 3));
});
