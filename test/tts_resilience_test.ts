// Throttling is absorbed, terminal errors are not, cancel frees slots during backoff, and the
// cache survives a restart: the TTS service as a real process, the real Tencent SDK against
// the emulator throttling 30 % of requests.
import assert from "node:assert/strict";
import { unary } from "../services/common/client.ts";
import { SacvError } from "../services/common/errors.ts";
import type { Limits, SynthesizeStreamResponse } from "../services/tts/messages.ts";
import {
  getLimits,
  pollUntil,
  providerLimit,
  synthesizeStream,
  ttsClient,
} from "../services/tts/test_client.ts";
import { freePort, spawnService } from "./support/spawn_service.ts";
import { startTencentEmulator, type TencentEmulator } from "./tencent_emulator.ts";

const ID = "AKIDresiliencetest";
const KEY = "resilience-test-key";
const LIMIT = 6;

function ttsEnv(emu: TencentEmulator, extra: Record<string, string> = {}) {
  return {
    SACV_TTS_DEFAULT_PROVIDER: "tencent",
    SACV_TTS_MAX_WORKERS: "16",
    SACV_TTS_PROVIDER_LIMITS: `tencent=${LIMIT}`,
    SACV_TENCENT_TTS_ENDPOINT: emu.endpoint,
    SACV_TENCENT_TTS_PROTOCOL: "http://",
    TENCENTCLOUD_SECRET_ID: ID,
    TENCENTCLOUD_SECRET_KEY: KEY,
    SACV_LOG_LEVEL: "error",
    ...extra,
  };
}

/** Narration items with Chinese, emoji and control characters; `cache` false sets no_cache. */
const narration = (prefix: string, n: number, cache = false) =>
  Array.from({ length: n }, (_, i) => ({
    request_id: `${prefix}-段${i}-🎬`,
    text: `第${i}段解说：镜头${prefix}\u0007慢慢推近，人物登场 🎥。`,
    provider: "tencent",
    no_cache: !cache,
  }));

/** Polls GetLimits until `done` settles; returns every tencent entry seen. */
async function watchTencent(client: ReturnType<typeof ttsClient>, done: Promise<unknown>) {
  let finished = false;
  done.finally(() => (finished = true)).catch(() => {});
  const seen: ReturnType<typeof providerLimit>[] = [];
  while (!finished) {
    seen.push(providerLimit(await getLimits(client), "tencent"));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return seen;
}

const idle = (l: Limits) =>
  l.global_in_flight === 0 && l.global_queued === 0 &&
  l.providers.every((p) => p.in_flight === 0 && p.queued === 0);

Deno.test("TTS absorbs 30 % throttling over 500 items, fails terminal errors fast and cancels during backoff", async (t) => {
  const emu = await startTencentEmulator({ credentials: { [ID]: KEY }, latencyMs: 5, seed: 8 });
  const metricsPort = freePort();
  const tts = await spawnService(
    "tts",
    ttsEnv(emu, { SACV_METRICS_ADDR: `127.0.0.1:${metricsPort}` }),
  );
  const client = ttsClient(tts.addr);
  try {
    await t.step(
      "500 items, 30 % RequestLimitExceeded: none fails, the limit holds, adapts and recovers",
      async () => {
        emu.throttleRate = 0.3;
        const s = synthesizeStream(client, narration("a", 500));
        const seen = await watchTencent(client, s.done);
        const items = await s.done;
        assert.equal(items.length, 500);
        const failed = items.filter((i) => i.error);
        assert.deepEqual(failed.map((i) => i.error), [], "no item failed");
        const throttled = emu.requests.filter((r) => r.outcome === "RequestLimitExceeded").length;
        assert.ok(throttled >= 100, `${throttled} requests were throttled`);
        assert.ok(emu.maxInFlight <= LIMIT, `max in flight at the API ${emu.maxInFlight}`);
        const attempts = items.reduce((n, i) => n + (i.result?.attempts ?? 0), 0);
        assert.equal(attempts, emu.requests.length, "attempts count every call to the API");
        const lowest = Math.min(...seen.map((p) => p.effective_limit));
        console.log(
          `500 items: ${emu.requests.length} calls, ${throttled} throttled, effective limit seen ${lowest}..${
            Math.max(...seen.map((p) => p.effective_limit))
          }`,
        );
        assert.ok(lowest < LIMIT, `effective limit dropped (lowest seen ${lowest})`);
        assert.ok(
          seen.every((p) => p.in_flight <= p.limit),
          "in flight never above the configured limit",
        );
        const after = providerLimit(await getLimits(client), "tencent");
        assert.equal(after.throttles, throttled);
        assert.ok(after.retries >= throttled, `${after.retries} retries`);
        // The same figures on the Prometheus endpoint.
        const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
        const sample = (name: string, labels: Record<string, string>) => {
          const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
          const line = text.split("\n").find((l) =>
            l.startsWith(`${name}{`) && want.every((w) => l.slice(0, l.indexOf("}")).includes(w))
          );
          return Number(line?.split(" ").pop());
        };
        assert.equal(sample("sacv_tts_throttles_total", { provider: "tencent" }), throttled);
        assert.equal(
          sample("sacv_tts_synthesis_seconds_count", { provider: "tencent", outcome: "ok" }),
          500,
        );
        assert.equal(sample("sacv_tts_limit", { gate: "tencent", kind: "configured" }), LIMIT);

        // Throttling over: the effective limit climbs back to the configured one.
        emu.throttleRate = 0;
        const more = synthesizeStream(client, narration("b", 120));
        assert.ok((await more.done).every((i) => i.result), "every item succeeded");
        const recovered = await pollUntil(
          async () => providerLimit(await getLimits(client), "tencent"),
          (p) => p.effective_limit === LIMIT,
          "the effective limit to recover",
          1_000,
        );
        assert.equal(recovered.limit, LIMIT);
      },
    );

    await t.step(
      "a terminal error fails at once, located, while throttled items still succeed",
      async () => {
        emu.reset();
        emu.throttleRate = 0.3;
        emu.failText("坏", "AuthFailure.SignatureFailure", "signature mismatch (emulated)");
        const started = performance.now();
        const items: SynthesizeStreamResponse[] = await synthesizeStream(client, [
          ...narration("c", 20),
          { request_id: "坏段-7", text: "坏的一段。", provider: "tencent", no_cache: true },
        ]).done;
        const bad = items.find((i) => i.error)?.error;
        assert.ok(bad, "the bad item failed");
        assert.equal(bad.request_id, "坏段-7");
        assert.equal(bad.code, "UNAUTHENTICATED");
        assert.equal(bad.reason, "AuthFailure.SignatureFailure");
        assert.equal(bad.provider, "tencent");
        assert.equal(bad.retryable, false);
        assert.ok(bad.attempts >= 1 && bad.attempts <= 3, `${bad.attempts} attempts`);
        assert.equal(items.filter((i) => i.result).length, 20);
        assert.ok(performance.now() - started < 60_000);
        const calls = emu.requests.filter((r) => String(r.body.Text).includes("坏"));
        assert.equal(
          calls.filter((r) => r.outcome === "AuthFailure.SignatureFailure").length,
          1,
          "never retried after the terminal error",
        );
        emu.failText(undefined);
        emu.throttleRate = 0;
      },
    );

    await t.step("cancelling while items wait in backoff frees every slot at once", async () => {
      emu.reset();
      const before = providerLimit(await getLimits(client), "tencent").throttles;
      emu.failAlways("RequestLimitExceeded");
      const s = synthesizeStream(client, narration("d", 30));
      // Every item is throttled and waits out a backoff (holding no slot) before trying again.
      await pollUntil(
        () => getLimits(client),
        (l) => providerLimit(l, "tencent").throttles >= before + 60,
        "items to be throttled and retried",
        30_000,
      );
      const requests = emu.requests.length;
      const cancelled = performance.now();
      s.call.cancel();
      await assert.rejects(s.done, (e) => e instanceof SacvError && e.status === "CANCELLED");
      await pollUntil(() => getLimits(client), idle, "every slot and queue freed", 2_000);
      await emu.waitUntil(() => emu.inFlight === 0, "no request at the API", 2_000);
      assert.ok(performance.now() - cancelled < 5_000, "freed without waiting out the backoffs");
      // A sentinel through the same service: by the time it is answered, no cancelled item
      // has reached the API again (each would have been throttled and counted).
      emu.failAlways(undefined);
      const sentinel = await unary<unknown, { attempts: number }>(client, "Synthesize", {
        text: "哨兵。",
        provider: "tencent",
        no_cache: true,
      });
      assert.equal(sentinel.attempts, 1);
      assert.ok(emu.requests.length <= requests + LIMIT + 1, "cancelled items stopped calling");
    });
  } finally {
    client.close();
    await tts.stop();
    await emu.close();
  }
});

Deno.test("the result cache survives a TTS restart: the second run sends nothing to the provider", async () => {
  const emu = await startTencentEmulator({ credentials: { [ID]: KEY } });
  const dir = await Deno.makeTempDir({ prefix: "sacv-tts-restart-缓存-" });
  const env = ttsEnv(emu, { SACV_TTS_CACHE_DIR: dir });
  try {
    const run = async () => {
      const tts = await spawnService("tts", env);
      const client = ttsClient(tts.addr);
      try {
        return await synthesizeStream(client, narration("r", 25, true)).done;
      } finally {
        client.close();
        assert.equal(await tts.stop(), 0);
      }
    };
    const first = await run();
    assert.ok(first.every((i) => i.result && !i.result.cached));
    assert.equal(emu.billed, 25);
    emu.reset();
    const second = await run();
    assert.equal(emu.requests.length, 0, "the restarted service sent no request");
    assert.equal(second.length, 25);
    const byId = new Map(first.map((i) => [i.result!.request_id, i.result!]));
    for (const i of second) {
      assert.ok(i.result?.cached, "served from the cache");
      assert.equal(i.result.attempts, 0);
      assert.deepEqual(i.result.audio, byId.get(i.result.request_id)?.audio);
    }
  } finally {
    await emu.close();
    await Deno.remove(dir, { recursive: true });
  }
});
