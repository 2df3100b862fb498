// The TTS service as a real process with the edge and OpenAI-compatible providers against their
// emulators: ListVoices, PreviewVoice (cached), word timings and per-request credentials over
// gRPC, and a cancelled stream closing the provider connections.
import assert from "node:assert/strict";
import { unary } from "../services/common/client.ts";
import type { ListVoicesResponse, SynthesizeResult } from "../services/tts/messages.ts";
import { decodeWav, pcmDurationMs } from "../services/tts/wav.ts";
import {
  getLimits,
  pollUntil,
  providerLimit,
  synthesizeStream,
  ttsClient,
} from "../services/tts/test_client.ts";
import { startEdgeEmulator } from "./edge_emulator.ts";
import { startOpenAiTtsEmulator } from "./openai_tts_emulator.ts";
import { spawnService } from "./support/spawn_service.ts";
import { sacvRejection } from "./support/sacv_rejection.ts";

Deno.test("TTS service: voices, previews, word timings and credentials over gRPC", async (t) => {
  const edge = await startEdgeEmulator();
  const openai = await startOpenAiTtsEmulator({ apiKeys: ["sk-service"] });
  const users = await startOpenAiTtsEmulator({ apiKeys: ["sk-user"], voices: ["中文女"] });
  const tts = await spawnService("tts", {
    SACV_TTS_DEFAULT_PROVIDER: "edge",
    SACV_TTS_PROVIDER_LIMITS: "edge=2,openai=2",
    SACV_EDGE_TTS_ENDPOINT: edge.endpoint,
    SACV_OPENAI_TTS_BASE_URL: openai.baseUrl,
    SACV_OPENAI_TTS_API_KEY: "sk-service",
    SACV_LOG_LEVEL: "error",
  });
  const client = ttsClient(tts.addr);
  try {
    await t.step(
      "ListVoices: edge live from the service, tencent from its table, filtered",
      async () => {
        const e = await unary<unknown, ListVoicesResponse>(client, "ListVoices", {});
        assert.equal(e.provider, "edge", "the default provider");
        assert.equal(e.source, "service");
        const xiaoxiao = e.voices.find((v) => v.id === "zh-CN-XiaoxiaoNeural");
        assert.deepEqual(xiaoxiao, {
          id: "zh-CN-XiaoxiaoNeural",
          name: "Xiaoxiao (zh-CN)",
          language: "zh-CN",
          gender: "female",
          sample_text: "你好，欢迎收听这段解说，这是我的声音。",
        });
        const en = await unary<unknown, ListVoicesResponse>(client, "ListVoices", {
          provider: "tencent",
          language: "en",
        });
        assert.equal(en.source, "builtin");
        assert.ok(en.voices.length >= 4 && en.voices.every((v) => v.language.startsWith("en-")));
        assert.ok(en.voices.every((v) => v.sample_text.startsWith("Hello")));
        const err = await sacvRejection(unary(client, "ListVoices", { provider: "azure😀\u0000" }));
        assert.equal(err.status, "INVALID_ARGUMENT");
        assert.equal(err.details.field, "provider");
      },
    );

    await t.step("PreviewVoice speaks the sample text, then answers from the cache", async () => {
      const req = { provider: "edge", voice: "en-US-GuyNeural", codec: "mp3" };
      const first = await unary<unknown, SynthesizeResult>(client, "PreviewVoice", req);
      assert.equal(first.cached, false);
      assert.equal(first.voice, "en-US-GuyNeural");
      assert.equal(
        edge.requests.at(-1)!.text,
        "Hello, this is how I sound when I narrate your video.",
      );
      assert.ok(first.words!.length >= 10, "word timings travel with the result");
      assert.deepEqual(first.words![0], { text: "Hello", start_ms: 0, end_ms: 300 });
      const calls = edge.requests.length;
      const again = await unary<unknown, SynthesizeResult>(client, "PreviewVoice", req);
      assert.equal(again.cached, true);
      assert.equal(edge.requests.length, calls, "no second call for the cached preview");
      assert.deepEqual(again.audio, first.audio);
      const bad = await sacvRejection(
        unary(client, "PreviewVoice", { provider: "edge", voice: "晓晓" }),
      );
      assert.equal(bad.details.field, "voice");
    });

    await t.step("per-request credentials reach the user's server only", async () => {
      const res = await unary<unknown, SynthesizeResult>(client, "Synthesize", {
        text: "用户自己的服务器。",
        provider: "openai",
        voice: "中文女",
        credentials: { base_url: users.baseUrl, api_key: "sk-user" },
      });
      assert.equal(decodeWav(res.audio).sampleRate, 24000);
      assert.equal(pcmDurationMs(decodeWav(res.audio)), res.duration_ms);
      assert.equal(users.requests.length, 1);
      assert.equal(users.requests[0].authorization, "Bearer sk-user");
      assert.equal(openai.requests.length, 0);
      const mine = await unary<unknown, SynthesizeResult>(client, "Synthesize", {
        text: "用户自己的服务器。",
        provider: "openai",
        voice: "alloy",
      });
      assert.equal(mine.cached, false, "another server's audio is not this one's");
      assert.equal(openai.requests[0].authorization, "Bearer sk-service");
      const log = tts.stderr();
      assert.ok(!log.includes("sk-user") && !log.includes("sk-service"), "no key in the logs");
    });

    await t.step(
      "cancelling a stream closes every Edge connection and frees the slots",
      async () => {
        edge.reset();
        edge.hold();
        const items = Array.from({ length: 6 }, (_, i) => ({
          request_id: `c${i}`,
          text: `第${i}段解说，会被取消。`,
          provider: "edge",
          no_cache: true,
        }));
        const s = synthesizeStream(client, items);
        await edge.waitUntil(() => edge.openConnections === 2, "two connections held at Edge");
        s.call.cancel();
        await sacvRejection(s.done);
        await edge.waitUntil(() => edge.openConnections === 0, "Edge to see them closed", 5_000);
        const limits = await pollUntil(
          () => getLimits(client),
          (l) => providerLimit(l, "edge").in_flight === 0 && providerLimit(l, "edge").queued === 0,
          "edge slots freed",
          5_000,
        );
        assert.equal(limits.global_in_flight, 0);
        edge.release();
      },
    );
  } finally {
    client.close();
    await tts.stop();
    await edge.close();
    await openai.close();
    await users.close();
  }
});
