// The TTS service as a real process using the Tencent provider against the local emulator:
// the provider limit holds at Tencent's end, resizes live, and a cancelled stream frees it.
import assert from "node:assert/strict";
import { unary } from "../services/common/client.ts";
import { SacvError } from "../services/common/errors.ts";
import { decodeWav, pcmDurationMs } from "../services/tts/wav.ts";
import {
  getLimits,
  pollUntil,
  providerLimit,
  setLimits,
  synthesizeStream,
  ttsClient,
} from "../services/tts/test_client.ts";
import { spawnService } from "./support/spawn_service.ts";
import { startTencentEmulator } from "./tencent_emulator.ts";

const ID = "AKIDservicetest";
const KEY = "service-test-key";

const items = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    request_id: `${prefix}${i}`,
    text: `第${i}段解说词，来自${prefix}。`,
    provider: "tencent",
    no_cache: true,
  }));

Deno.test("TTS service holds the Tencent limit at the API, resizes live and cancels", async (t) => {
  const emu = await startTencentEmulator({ credentials: { [ID]: KEY } });
  const tts = await spawnService("tts", {
    SACV_TTS_DEFAULT_PROVIDER: "fake",
    SACV_TTS_MAX_WORKERS: "16",
    SACV_TTS_PROVIDER_LIMITS: "tencent=3",
    SACV_TENCENT_TTS_ENDPOINT: emu.endpoint,
    SACV_TENCENT_TTS_PROTOCOL: "http://",
    TENCENTCLOUD_SECRET_ID: ID,
    TENCENTCLOUD_SECRET_KEY: KEY,
    SACV_LOG_LEVEL: "error",
  });
  const client = ttsClient(tts.addr);
  try {
    await t.step("tencent is listed as available with its voices", async () => {
      const list = await unary<unknown, {
        providers: { name: string; available: boolean; limit: number; voices: { id: string }[] }[];
      }>(client, "ListProviders", {});
      const tencent = list.providers.find((p) => p.name === "tencent");
      assert.ok(tencent?.available);
      assert.equal(tencent.limit, 3);
      assert.ok(tencent.voices.some((v) => v.id === "101001"));
    });

    await t.step("12 items with tencent=3 reach the API exactly 3 at a time", async () => {
      emu.latencyMs = 300;
      emu.hold();
      const s = synthesizeStream(client, items("a", 12));
      await emu.waitUntil(() => emu.inFlight === 3, "3 requests held at the API");
      emu.release();
      const results = await s.done;
      assert.equal(results.length, 12);
      assert.ok(results.every((r) => r.result && r.result.duration_ms > 0), "every item succeeded");
      assert.equal(emu.requests.length, 12);
      assert.equal(emu.maxInFlight, 3, "the limit was reached and never exceeded");
    });

    await t.step("SetLimits tencent=5 during a stream lets 5 reach the API at once", async () => {
      emu.reset();
      emu.latencyMs = 0;
      emu.hold();
      const s = synthesizeStream(client, items("b", 12));
      await emu.waitUntil(() => emu.inFlight === 3, "3 requests held at the API");
      // Items reach the service over the stream one by one: wait until all 12 are there.
      const before = providerLimit(
        await pollUntil(
          () => getLimits(client),
          (l) => providerLimit(l, "tencent").queued === 9,
          "9 items queued behind the limit",
        ),
        "tencent",
      );
      assert.deepEqual([before.in_flight, before.queued], [3, 9]);
      const limits = await setLimits(client, 0, { tencent: 5 });
      assert.equal(providerLimit(limits, "tencent").limit, 5);
      await emu.waitUntil(() => emu.inFlight === 5, "5 requests held at the API");
      emu.release();
      const results = await s.done;
      assert.equal(results.length, 12);
      assert.ok(results.every((r) => r.result), "every item succeeded");
      assert.equal(emu.maxInFlight, 5, "the new limit was reached and never exceeded");
    });

    await t.step("retries, damaged audio and long text: no piece is paid for twice", async () => {
      emu.reset();
      emu.latencyMs = 0;
      // The first piece is throttled twice and its first answer does not decode; the last
      // piece then fails once, after the others succeeded: its retry must reuse them.
      emu.failNext(2, "RequestLimitExceeded");
      emu.corruptNext(1);
      const text = "这是一段很长的解说词，需要切分成几次调用。".repeat(20) + "最后一句在这里。";
      emu.failText("最后一句", "InternalError.ServerBusy", "busy (emulated)", 1);
      const r = await unary<
        unknown,
        { attempts: number; chunks: number; duration_ms: number; audio: Uint8Array }
      >(
        client,
        "Synthesize",
        { text, provider: "tencent", no_cache: true },
      );
      assert.ok(r.chunks >= 3, `${r.chunks} chunks`);
      assert.equal(r.attempts, emu.requests.length, "attempts count every call to the API");
      assert.equal(r.attempts, r.chunks + 4);
      assert.equal(r.duration_ms, pcmDurationMs(decodeWav(r.audio)));
      assert.deepEqual(
        emu.requests.map((q) => q.outcome).filter((o) => o !== "OK"),
        [
          "RequestLimitExceeded",
          "RequestLimitExceeded",
          "CORRUPT_AUDIO",
          "InternalError.ServerBusy",
        ],
      );
      assert.equal(emu.requests.filter((q) => q.outcome === "OK").length, r.chunks);
      const tencent = providerLimit(await getLimits(client), "tencent");
      assert.equal(tencent.throttles, 2);
      assert.ok(tencent.effective_limit < tencent.limit, "throttling lowered the effective limit");
    });

    await t.step("an auth failure is a per-item error, not retried", async () => {
      emu.reset();
      emu.failText("坏", "AuthFailure.UnauthorizedOperation");
      const results = await synthesizeStream(client, [
        { request_id: "bad", text: "坏的一段。", provider: "tencent", no_cache: true },
        { request_id: "good", text: "好的一段。", provider: "tencent", no_cache: true },
      ]).done;
      const bad = results.find((r) => r.error?.request_id === "bad")?.error;
      assert.ok(bad, "the bad item failed");
      assert.equal(bad.code, "UNAUTHENTICATED");
      assert.equal(bad.reason, "AuthFailure.UnauthorizedOperation");
      assert.ok(results.find((r) => r.result?.request_id === "good"), "the good item succeeded");
      assert.equal(emu.requests.filter((q) => String(q.body.Text).includes("坏")).length, 1);
      emu.failText(undefined);
    });

    await t.step("cancelling a stream frees the slots and stops requests to the API", async () => {
      emu.reset();
      // SetLimits restarts the effective limit that the throttling above lowered.
      await setLimits(client, 0, { tencent: 5 });
      emu.hold();
      const s = synthesizeStream(client, items("c", 12));
      await emu.waitUntil(() => emu.inFlight === 5, "5 requests at the API");
      const inFlight = providerLimit(
        await pollUntil(
          () => getLimits(client),
          (l) => providerLimit(l, "tencent").queued === 7,
          "7 items queued behind the limit",
        ),
        "tencent",
      );
      assert.equal(inFlight.in_flight, 5);
      assert.equal(inFlight.queued, 7);
      s.call.cancel();
      await assert.rejects(s.done, (e) => e instanceof SacvError && e.status === "CANCELLED");
      await pollUntil(
        () => getLimits(client),
        (l) =>
          providerLimit(l, "tencent").in_flight === 0 && providerLimit(l, "tencent").queued === 0,
        "tencent slots freed",
      );
      // The provider aborted its HTTP requests: the emulator sees every connection close.
      await emu.waitUntil(() => emu.inFlight === 0, "aborted requests to end");
      // A fresh item now goes straight through; none of the 7 queued items ever reached the API.
      emu.release();
      const after = await synthesizeStream(client, items("d", 1)).done;
      assert.ok(after[0].result);
      assert.deepEqual(
        emu.requests.map((r) => String(r.body.Text).slice(-3, -1)),
        [...Array(5).fill("自c"), "自d"],
      );
    });
  } finally {
    client.close();
    await tts.stop();
    await emu.close();
  }
});
