import assert from "node:assert/strict";
import { startTtsService } from "./app.ts";
import { loadConfig } from "./config.ts";
import { toItemError } from "./service.ts";
import { createFakeProvider } from "./providers/fake.ts";
import { createLogger } from "../common/log.ts";
import { unary } from "../common/client.ts";
import { CancelledError, SacvError } from "../common/errors.ts";
import { getLimits, pollUntil, synthesizeStream, ttsClient } from "./test_client.ts";

const quiet = createLogger("test", { sink: () => {} });

async function start() {
  const fake = createFakeProvider();
  const config = loadConfig({
    SACV_TTS_ADDR: "127.0.0.1:0",
    SACV_TTS_DEFAULT_PROVIDER: "fake",
    SACV_TTS_ENABLE_FAKE: "1",
    SACV_TTS_CACHE_DISK_MB: "0",
  });
  const tts = await startTtsService(config, { logger: quiet, providers: [fake] });
  const client = ttsClient(`127.0.0.1:${tts.server.port}`);
  return { fake, tts, client };
}

Deno.test("toItemError keeps status, reason, attempts and retryability", () => {
  const e = toItemError(
    "s1",
    "tencent",
    new SacvError("RESOURCE_EXHAUSTED", "throttled", {
      reason: "RequestLimitExceeded",
      retryable: true,
      details: { attempts: 4 },
    }),
  );
  assert.deepEqual(e, {
    request_id: "s1",
    code: "RESOURCE_EXHAUSTED",
    reason: "RequestLimitExceeded",
    message: "throttled",
    provider: "tencent",
    attempts: 4,
    retryable: true,
  });
  assert.equal(toItemError("a", "p", new Error("boom")).code, "INTERNAL");
  assert.equal(toItemError("a", "p", new CancelledError()).code, "CANCELLED");
  assert.equal(toItemError("a", "p", new DOMException("x", "AbortError")).code, "CANCELLED");
});

Deno.test("a stream with no items ends when the client half-closes", async () => {
  const { tts, client } = await start();
  try {
    assert.deepEqual(await synthesizeStream(client, []).done, []);
  } finally {
    client.close();
    await tts.stop(1000);
  }
});

Deno.test("stop lets in-flight calls finish within the drain deadline", async () => {
  const { tts, client } = await start();
  try {
    const call = unary<unknown, { duration_ms: number }>(client, "Synthesize", {
      text: "finish me",
      options: { latency_ms: "300" },
    });
    await pollUntil(() => getLimits(client), (l) => l.global_in_flight === 1, "call running");
    await tts.stop(30_000);
    assert.ok((await call).duration_ms > 0, "drained call completed");
  } finally {
    client.close();
  }
});

Deno.test("stop aborts calls still running at the deadline and frees the provider", async () => {
  const { fake, tts, client } = await start();
  try {
    const call = unary(client, "Synthesize", { text: "forever", options: { latency_ms: "60000" } });
    call.catch(() => {});
    await pollUntil(() => getLimits(client), (l) => l.global_in_flight === 1, "call running");
    await tts.stop(200);
    await assert.rejects(call, (e: unknown) => e instanceof SacvError);
    assert.equal(fake.active, 0);
    assert.equal(tts.synthesizer.gates.snapshot().global.inFlight, 0);
  } finally {
    client.close();
  }
});
