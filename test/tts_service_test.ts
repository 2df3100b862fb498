// The TTS service as a real process, driven over gRPC: limits held, live resize,
// completion order, per-item errors, cancel frees slots, cache, local voice, SIGTERM.
import assert from "node:assert/strict";
import { spawnService } from "./support/spawn_service.ts";
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
import type { Limits as LimitsMsg } from "../services/tts/messages.ts";

const item = (id: string, options: Record<string, string>, text = `segment ${id}`) => ({
  request_id: id,
  text,
  provider: "fake",
  options,
  no_cache: true,
});

/** Polls GetLimits until `done` settles, returning the largest values seen. */
async function watchPeaks(client: ReturnType<typeof ttsClient>, done: Promise<unknown>) {
  let finished = false;
  done.finally(() => (finished = true)).catch(() => {});
  const peak = { global: 0, fake: 0 };
  while (!finished) {
    const l = await getLimits(client);
    peak.global = Math.max(peak.global, l.global_in_flight);
    peak.fake = Math.max(peak.fake, providerLimit(l, "fake").in_flight);
  }
  return peak;
}

const idle = (l: LimitsMsg) =>
  l.global_in_flight === 0 && l.global_queued === 0 &&
  l.providers.every((p) => p.in_flight === 0 && p.queued === 0);

Deno.test("TTS service process honours limits, resizes live, cancels and caches", async (t) => {
  const tts = await spawnService("tts", {
    SACV_TTS_DEFAULT_PROVIDER: "fake",
    SACV_TTS_MAX_WORKERS: "16",
    SACV_TTS_PROVIDER_LIMITS: "fake=4,local=1",
    SACV_LOG_LEVEL: "warn",
  });
  const client = ttsClient(tts.addr);
  try {
    await t.step("16 items with provider limit 4 run exactly 4 at a time", async () => {
      const s = synthesizeStream(
        client,
        Array.from({ length: 16 }, (_, i) => item(`p${i}`, { latency_ms: "250" })),
      );
      const peak = await watchPeaks(client, s.done);
      const items = await s.done;
      assert.equal(items.length, 16);
      assert.ok(items.every((i) => i.result), "every item succeeded");
      assert.equal(peak.fake, 4, "provider gate reached its limit and never more");
    });

    await t.step("the global gate holds across providers too", async () => {
      await setLimits(client, 3, { fake: 8 });
      const s = synthesizeStream(
        client,
        Array.from({ length: 9 }, (_, i) => item(`g${i}`, { latency_ms: "250" })),
      );
      const peak = await watchPeaks(client, s.done);
      assert.equal((await s.done).length, 9);
      assert.equal(peak.global, 3);
      assert.equal(peak.fake, 3);
      await setLimits(client, 16, { fake: 4 });
    });

    await t.step("SetLimits grows and shrinks live without failing in-flight items", async () => {
      await setLimits(client, 16, { fake: 2 });
      const s = synthesizeStream(
        client,
        Array.from({ length: 10 }, (_, i) => item(`r${i}`, { latency_ms: "300" })),
      );
      const fake = async () => providerLimit(await getLimits(client), "fake");
      await pollUntil(fake, (f) => f.in_flight === 2 && f.queued > 0, "2 running");
      await setLimits(client, 0, { fake: 6 });
      await pollUntil(fake, (f) => f.in_flight === 6, "growth to 6 running");
      await setLimits(client, 0, { fake: 1 });
      // Shrinking leaves the running six alone; new work waits until fewer than 1 run.
      await pollUntil(fake, (f) => f.in_flight <= 1, "drain to the new limit");
      let finished = false;
      s.done.finally(() => (finished = true)).catch(() => {});
      while (!finished) assert.ok((await fake()).in_flight <= 1, "never above the new limit");
      const items = await s.done;
      assert.equal(items.length, 10);
      assert.deepEqual(items.filter((i) => i.error), [], "no item failed because of a resize");
      await setLimits(client, 16, { fake: 4 });
    });

    await t.step(
      "results arrive in completion order and item errors do not end the stream",
      async () => {
        const s = synthesizeStream(client, [
          item("slow", { latency_ms: "900" }),
          item("bad", { latency_ms: "50", fail: "AuthFailure.SecretIdNotFound" }),
          item("mid", { latency_ms: "400" }),
          { request_id: "", text: "no id", provider: "fake" },
        ]);
        const items = await s.done;
        const order = items.map((i) => (i.result ?? i.error)!.request_id);
        assert.deepEqual(order, ["", "bad", "mid", "slow"]);
        assert.equal(items[0].error?.code, "INVALID_ARGUMENT");
        assert.equal(items[1].error?.code, "UNAUTHENTICATED");
        assert.equal(items[1].error?.reason, "AuthFailure.SecretIdNotFound");
        assert.ok(items[2].result && items[3].result);
      },
    );

    await t.step("cancelling a stream frees every slot at once", async () => {
      await setLimits(client, 16, { fake: 2 });
      const s = synthesizeStream(
        client,
        Array.from({ length: 10 }, (_, i) => item(`c${i}`, { latency_ms: "60000" })),
      );
      await pollUntil(
        () => getLimits(client),
        (l) => providerLimit(l, "fake").in_flight === 2 && providerLimit(l, "fake").queued === 8,
        "2 running, 8 queued",
      );
      s.call.cancel();
      await assert.rejects(s.done, (e: unknown) => e instanceof SacvError);
      const after = await pollUntil(() => getLimits(client), idle, "slots freed", 3_000);
      assert.equal(after.global_in_flight, 0);
      await setLimits(client, 16, { fake: 4 });
    });

    await t.step("unary calls abort on cancel and on deadline, freeing slots", async () => {
      const ac = new AbortController();
      const req = { text: "never finishes", provider: "fake", options: { latency_ms: "60000" } };
      const pending = unary(client, "Synthesize", req, { signal: ac.signal });
      await pollUntil(() => getLimits(client), (l) => l.global_in_flight === 1, "1 running");
      ac.abort();
      await assert.rejects(pending, (e: unknown) => e instanceof SacvError);
      await pollUntil(() => getLimits(client), idle, "slot freed after cancel", 3_000);
      await assert.rejects(
        unary(client, "Synthesize", req, { timeoutMs: 300 }),
        (e: unknown) => e instanceof SacvError && e.status === "DEADLINE_EXCEEDED",
      );
      await pollUntil(() => getLimits(client), idle, "slot freed after deadline", 3_000);
    });

    await t.step("a repeated request is served from the cache", async () => {
      const req = { text: "cache me", provider: "fake", voice: "fake-b", speed: 1.25 };
      type R = { cached: boolean; audio: Uint8Array; duration_ms: number };
      const first = await unary<unknown, R>(client, "Synthesize", req);
      const second = await unary<unknown, R>(client, "Synthesize", req);
      const bypass = await unary<unknown, R>(client, "Synthesize", { ...req, no_cache: true });
      const other = await unary<unknown, R>(client, "Synthesize", { ...req, speed: 1 });
      assert.equal(first.cached, false);
      assert.equal(second.cached, true);
      assert.deepEqual(second.audio, first.audio);
      assert.equal(bypass.cached, false);
      assert.equal(other.cached, false);
      assert.ok(other.duration_ms > first.duration_ms, "speed is part of the key");
    });

    await t.step("bad requests are refused naming the field", async () => {
      const cases: [unknown, string, RegExp][] = [
        [{ text: "  " }, "INVALID_ARGUMENT", /text/],
        [{ text: "x", provider: "azure" }, "INVALID_ARGUMENT", /provider/],
        [{ text: "x", speed: 9 }, "INVALID_ARGUMENT", /speed/],
        [{ text: "x", codec: "ogg" }, "INVALID_ARGUMENT", /codec/],
        [{ text: "x", codec: "mp3", provider: "local" }, "INVALID_ARGUMENT", /codec/],
        [{ text: "x", sample_rate: 123 }, "INVALID_ARGUMENT", /sample_rate/],
        [{ text: "x", provider: "tencent" }, "FAILED_PRECONDITION", /TENCENTCLOUD_SECRET_ID/],
      ];
      for (const [req, status, message] of cases) {
        await assert.rejects(
          unary(client, "Synthesize", req),
          (e: unknown) => e instanceof SacvError && e.status === status && message.test(e.message),
          JSON.stringify(req),
        );
      }
      await assert.rejects(setLimits(client, 0, { nope: 2 }), /unknown provider 'nope'/);
      await assert.rejects(setLimits(client, 0, { fake: -1 }), /'fake'/);
    });

    await t.step("ListProviders shows providers, limits, voices and the default", async () => {
      const res = await unary<unknown, {
        default_provider: string;
        providers: { name: string; available: boolean; limit: number; voices: unknown[] }[];
      }>(client, "ListProviders", {});
      assert.equal(res.default_provider, "fake");
      const byName = Object.fromEntries(res.providers.map((p) => [p.name, p]));
      assert.deepEqual(Object.keys(byName).sort(), ["edge", "fake", "local", "openai", "tencent"]);
      assert.equal(byName.local.limit, 1);
      assert.equal(byName.fake.limit, 4);
      assert.equal(byName.tencent.available, false);
      assert.equal(byName.openai.available, false, "no server configured");
      assert.equal(byName.edge.available, true, "keyless");
      assert.ok(byName.local.voices.length >= 3);
    });

    await t.step("the local voice speaks Chinese and English", async () => {
      for (
        const [text, min, max, voice] of [
          ["今天天气很好，我们一起去公园散步吧。", 2000, 9000, "cmn"],
          ["The quick brown fox jumps over the lazy dog.", 1200, 6000, "en-us"],
        ] as const
      ) {
        const res = await unary<unknown, { audio: Uint8Array; duration_ms: number; voice: string }>(
          client,
          "Synthesize",
          { text, provider: "local", sample_rate: 16000 },
        );
        const pcm = decodeWav(res.audio);
        const ms = pcmDurationMs(pcm);
        assert.equal(pcm.sampleRate, 16000);
        assert.ok(ms > min && ms < max, `${text}: ${ms} ms`);
        assert.equal(res.duration_ms, ms);
        assert.equal(res.voice, voice, "the voice picked from the text is reported");
        const loud = pcm.samples.filter((s) => Math.abs(s) > 1000).length;
        assert.ok(loud > pcm.samples.length / 20, `${text}: audio is not silent`);
      }
    });
  } finally {
    client.close();
    assert.equal(await tts.stop(), 0, "exits 0 on SIGTERM");
  }
});

Deno.test("a bad configuration stops the process, naming the variable", async () => {
  await assert.rejects(
    spawnService("tts", { SACV_TTS_PROVIDER_LIMITS: "fake=4,azure=2" }),
    (e: unknown) =>
      e instanceof Error && /exited before it was ready/.test(e.message) &&
      /SACV_TTS_PROVIDER_LIMITS.*'azure=2'/.test(e.message),
  );
});
