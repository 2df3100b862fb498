// The OpenAI-compatible provider against the local speech-server emulator (real HTTP, real audio).
import assert from "node:assert/strict";
import { sacvRejection } from "../../../test/support/sacv_rejection.ts";
import { inputMaker, neverAborted, soloSynthesizer, withServer } from "./testing.ts";
import { SacvError } from "../../common/errors.ts";
import {
  type OpenAiTtsEmulator,
  startOpenAiTtsEmulator,
} from "../../../test/openai_tts_emulator.ts";
import { decodeWithFfmpeg } from "../../../test/support/audio_measure.ts";
import { decodeWav, pcmDurationMs } from "../wav.ts";
import { mp3Frames } from "./mp3.ts";
import { createOpenAiProvider, type OpenAiOptions, parseVoiceList, speechUrl } from "./openai.ts";

const KEY = "sk-test-key";

const input = inputMaker({ voice: "alloy", sampleRate: 24000 });
const signal = neverAborted;

const withEmulator = (
  fn: (emu: OpenAiTtsEmulator) => Promise<void>,
  options: Parameters<typeof startOpenAiTtsEmulator>[0] = { apiKeys: [KEY] },
) => withServer(() => startOpenAiTtsEmulator(options), fn);

const provider = (emu: OpenAiTtsEmulator, extra: OpenAiOptions = {}) =>
  createOpenAiProvider({ baseUrl: emu.baseUrl, apiKey: KEY, ...extra });

Deno.test("openai posts model, voice, input, speed and format with the bearer key", async () => {
  await withEmulator(async (emu) => {
    const tts = provider(emu, { model: "tts-1-hd" });
    assert.deepEqual(tts.availability(), { ok: true });
    const wav = await tts.synthesize(input("Hello there, 你好。", { speed: 1.25 }), signal());
    const r = emu.requests[0];
    assert.equal(r.path, "/v1/audio/speech");
    assert.equal(r.authorization, `Bearer ${KEY}`);
    assert.deepEqual(r.body, {
      model: "tts-1-hd",
      voice: "alloy",
      speed: 1.25,
      response_format: "wav",
      input: "Hello there, 你好。",
    });
    const pcm = decodeWav(wav.audio);
    assert.equal(pcm.sampleRate, 24000);
    assert.equal(wav.durationMs, Math.round(r.audioMs));
    assert.equal(pcmDurationMs(pcm), wav.durationMs);
    assert.equal(wav.attempts, 1);
    // Faster speech is shorter: the ratio is passed through as OpenAI's speed.
    const normal = await tts.synthesize(input("Hello there, 你好。"), signal());
    assert.equal(Math.round(normal.durationMs / 1.25), wav.durationMs);
  });
});

Deno.test("openai returns mp3 as the server sent it, pcm raw, and resamples to the asked rate", async () => {
  await withEmulator(async (emu) => {
    const tts = provider(emu);
    const mp3 = await tts.synthesize(input("An MP3 answer.", { codec: "mp3" }), signal());
    assert.equal(emu.requests[0].body.response_format, "mp3");
    assert.equal(mp3.codec, "mp3");
    assert.equal(mp3.sampleRate, 24000);
    assert.equal(mp3.durationMs, mp3Frames(mp3.audio).durationMs);
    const decoded = await decodeWithFfmpeg(mp3.audio, 24000);
    assert.ok(decoded.length / 24 >= emu.requests[0].audioMs, "ffmpeg decodes it, whole");
    const pcm = await tts.synthesize(
      input("Raw PCM at 16 kHz.", { codec: "pcm", sampleRate: 16000 }),
      signal(),
    );
    assert.equal(emu.requests[1].body.response_format, "wav", "wav tells us the rate");
    assert.equal(pcm.sampleRate, 16000);
    assert.equal(pcm.audio.length, 2 * Math.round(emu.requests[1].audioMs * 16));
  });
});

Deno.test("long text is split into requests within the input limit and joined", async () => {
  await withEmulator(async (emu) => {
    const tts = provider(emu, { maxInputChars: 60 });
    const text = "这是一个很长的句子，需要拆开来读。".repeat(8);
    const out = await tts.synthesize(input(text, { codec: "mp3" }), signal());
    assert.ok(emu.requests.length >= 3);
    assert.equal(out.chunks, emu.requests.length);
    assert.ok(emu.requests.every((r) => r.body.response_format === "wav"), "joined as PCM");
    assert.equal(emu.requests.map((r) => r.body.input).join(""), text);
    const spoken = emu.requests.reduce((n, r) => n + r.audioMs, 0);
    assert.equal(out.durationMs, Math.round(spoken));
    assert.ok((await decodeWithFfmpeg(out.audio, 24000)).length / 24 >= spoken);
  });
});

Deno.test("HTTP failures are classified: throttling and 5xx retryable, auth and params final", async () => {
  await withEmulator(async (emu) => {
    const tts = provider(emu);
    const cases: [number, string, string, boolean, string][] = [
      [429, "rate_limit_exceeded", "RESOURCE_EXHAUSTED", true, "rate_limit_exceeded"],
      [429, "insufficient_quota", "RESOURCE_EXHAUSTED", false, "insufficient_quota"],
      [429, "", "RESOURCE_EXHAUSTED", true, "HTTP_429"],
      [500, "", "UNAVAILABLE", true, "HTTP_500"],
      [503, "server_overloaded", "UNAVAILABLE", true, "server_overloaded"],
      [403, "unsupported_country", "PERMISSION_DENIED", false, "unsupported_country"],
      [400, "invalid_value", "INVALID_ARGUMENT", false, "invalid_value"],
      [422, "", "INVALID_ARGUMENT", false, "HTTP_422"],
    ];
    for (const [http, code, status, retryable, reason] of cases) {
      emu.reset();
      emu.failNext(1, http, code, { "retry-after": "2" });
      const err = await sacvRejection(tts.synthesize(input("失败一次。"), signal()));
      assert.equal(err.status, status, `${http} ${code}`);
      assert.equal(err.retryable, retryable, `${http} ${code}`);
      assert.equal(err.reason, reason);
      assert.equal(err.details.http_status, http);
      assert.equal(emu.requests.length, 1, "the provider itself never retries");
    }
    emu.reset();
    emu.failNext(1, 429, "rate_limit_exceeded", { "retry-after": "1.5" });
    const throttled = await sacvRejection(tts.synthesize(input("限流。"), signal()));
    assert.equal(throttled.details.retry_after_ms, 1500);
    // The emulator's own checks: a wrong key, an unknown voice, an unknown model.
    const wrongKey = await sacvRejection(
      createOpenAiProvider({ baseUrl: emu.baseUrl, apiKey: "sk-wrong" })
        .synthesize(input("钥匙不对。"), signal()),
    );
    assert.equal(wrongKey.status, "UNAUTHENTICATED");
    assert.equal(wrongKey.reason, "invalid_api_key");
    assert.equal(wrongKey.details.field, "credentials.api_key");
    const voice = await sacvRejection(
      tts.synthesize(input("没这个声音。", { voice: "nobody" }), signal()),
    );
    assert.equal(voice.status, "INVALID_ARGUMENT");
    const model = await sacvRejection(
      provider(emu, { model: "tts-9" }).synthesize(input("模型。"), signal()),
    );
    assert.equal(model.reason, "model_not_found");
  });
});

Deno.test("through the retry layer: two 429s, then the synthesis succeeds on the third call", async () => {
  await withEmulator(async (emu) => {
    const synth = soloSynthesizer(provider(emu));
    emu.failNext(2, 429, "rate_limit_exceeded");
    const r = await synth.synthesize(
      { text: "限流两次后成功。", provider: "openai", no_cache: true },
      signal(),
    );
    assert.deepEqual(emu.requests.map((q) => q.outcome), [
      "HTTP_429 rate_limit_exceeded",
      "HTTP_429 rate_limit_exceeded",
      "OK",
    ]);
    assert.equal(r.attempts, 3, "attempts count every call to the server");
    assert.equal(r.provider, "openai");
    assert.ok(r.duration_ms! > 0);
    assert.equal(r.duration_ms, pcmDurationMs(decodeWav(r.audio as Uint8Array)));
    assert.equal(synth.gates.snapshot().providers.openai.throttles, 2, "both 429s were throttles");
  });
});

Deno.test("an unreachable server is UNAVAILABLE, retryable", async () => {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  const err = await sacvRejection(
    createOpenAiProvider({ baseUrl: `http://127.0.0.1:${port}` }).synthesize(
      input("没人。"),
      signal(),
    ),
  );
  assert.equal(err.status, "UNAVAILABLE");
  assert.equal(err.reason, "NETWORK_ERROR");
  assert.equal(err.retryable, true);
  const slow = await startOpenAiTtsEmulator({ latencyMs: 60_000 });
  try {
    const timeout = await sacvRejection(
      createOpenAiProvider({ baseUrl: slow.baseUrl, timeoutMs: 200 }).synthesize(
        input("慢。"),
        signal(),
      ),
    );
    assert.equal(timeout.reason, "TIMEOUT");
    assert.equal(timeout.retryable, true);
    await slow.waitUntil(() => slow.inFlight === 0, "the timed-out request to be dropped");
  } finally {
    await slow.close();
  }
});

Deno.test("a request's own server and key are used, and our key never goes to its server", async () => {
  await withEmulator(async (mine) => {
    const theirs = await startOpenAiTtsEmulator({
      voices: ["中文女", "中文男"],
      apiKeys: ["sk-user"],
    });
    const open = await startOpenAiTtsEmulator({ voices: ["中文女"] });
    try {
      const tts = provider(mine);
      await tts.synthesize(
        input("用户的服务器。", {
          voice: "中文女",
          credentials: { baseUrl: `${theirs.baseUrl}/v1/`, apiKey: "sk-user" },
        }),
        signal(),
      );
      assert.equal(theirs.requests[0].authorization, "Bearer sk-user");
      assert.equal(theirs.requests[0].outcome, "OK");
      await tts.synthesize(
        input("本地服务器，不要密钥。", {
          voice: "中文女",
          credentials: { baseUrl: open.baseUrl },
        }),
        signal(),
      );
      assert.equal(open.requests[0].authorization, "", "the configured key stays home");
      const keyOnly = await sacvRejection(
        tts.synthesize(input("只换钥匙。", { credentials: { apiKey: "sk-other" } }), signal()),
      );
      assert.equal(keyOnly.status, "UNAUTHENTICATED");
      assert.equal(mine.requests[0].authorization, "Bearer sk-other");
      assert.notEqual(tts.cacheScope!({ baseUrl: theirs.baseUrl }), tts.cacheScope!());
      assert.equal(tts.cacheScope!({ apiKey: "sk-other" }), tts.cacheScope!(), "keys are no scope");
      const none = createOpenAiProvider({});
      assert.equal(none.availability().ok, false);
      assert.equal(none.availability({ baseUrl: open.baseUrl }).ok, true);
      for (
        const [credentials, field] of [
          [{ baseUrl: "ftp://example" }, "credentials.base_url"],
          [{ baseUrl: "不是网址" }, "credentials.base_url"],
          [{ baseUrl: open.baseUrl, apiKey: "钥匙" }, "credentials.api_key"],
        ] as const
      ) {
        const err = await sacvRejection(
          none.synthesize(input("坏的。", { credentials }), signal()),
        );
        assert.equal(err.status, "INVALID_ARGUMENT");
        assert.equal(err.details.field, field);
        assert.ok(!err.message.includes("钥匙"), "a key is never echoed");
      }
    } finally {
      await theirs.close();
      await open.close();
    }
  });
});

Deno.test("Chinese and emoji voices and text work; control characters in a voice are refused", async () => {
  await withEmulator(async (emu) => {
    const tts = provider(emu, { voices: parseVoiceList("中文女=zh-CN,😀") });
    assert.deepEqual(tts.voices.map((v) => [v.id, v.language]), [["中文女", "zh-CN"], [
      "😀",
      "mul",
    ]]);
    assert.equal(tts.defaultVoice, "中文女");
    const out = await tts.synthesize(input("表情😀和\u0007控制符。", { voice: "😀" }), signal());
    assert.ok(out.durationMs > 0);
    const err = await sacvRejection(
      tts.synthesize(input("你好。", { voice: "中文\u0000女" }), signal()),
    );
    assert.equal(err.details.field, "voice");
    assert.equal(emu.requests.length, 1);
  }, { apiKeys: [KEY], voices: ["中文女", "😀"] });
  assert.equal(speechUrl("http://h:1/"), "http://h:1/v1/audio/speech");
  assert.equal(speechUrl("https://h/api/v1"), "https://h/api/v1/audio/speech");
});

Deno.test("through the service's gates: the limit holds and cancelling frees slots and connections", async () => {
  await withEmulator(async (emu) => {
    const tts = provider(emu, { limit: 2 });
    const synth = soloSynthesizer(tts);
    emu.hold();
    const controller = new AbortController();
    const jobs = Array.from(
      { length: 5 },
      (_, i) =>
        synth.synthesize({ text: `第${i}句。`, provider: "openai" }, controller.signal)
          .then(() => "ok", (e) => (e as SacvError).status),
    );
    await emu.waitUntil(() => emu.inFlight === 2, "two requests at the server");
    assert.equal(synth.gates.snapshot().providers.openai.inFlight, 2);
    assert.equal(synth.gates.snapshot().providers.openai.queued, 3);
    controller.abort();
    assert.deepEqual(await Promise.all(jobs), Array(5).fill("CANCELLED"));
    const snap = synth.gates.snapshot();
    assert.equal(snap.providers.openai.inFlight + snap.global.inFlight, 0, "slots free at once");
    await emu.waitUntil(
      () => emu.inFlight === 0,
      "the server to see both connections close",
      5_000,
    );
    assert.deepEqual(emu.requests.map((r) => r.outcome), ["CLIENT_CLOSED", "CLIENT_CLOSED"]);
  });
});
