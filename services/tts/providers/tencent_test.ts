// The Tencent provider through the real SDK against the local TextToVoice emulator.
import assert from "node:assert/strict";
import { sacvRejection } from "../../../test/support/sacv_rejection.ts";
import { inputMaker, neverAborted, tencentAt, withServer } from "./testing.ts";
import { SacvError } from "../../common/errors.ts";
import { startTencentEmulator, type TencentEmulator } from "../../../test/tencent_emulator.ts";
import type { SynthesisInput } from "../provider.ts";
import { decodeWav, pcmDurationMs } from "../wav.ts";
import { speedToTencentLevel, type TencentOptions } from "./tencent.ts";
import { mp3Frames } from "./mp3.ts";
import { decodeWithFfmpeg, longestInnerSilenceMs } from "../../../test/support/audio_measure.ts";

const ID = "AKIDprovidertest";
const KEY = "provider-test-key";

const provider = (emu: TencentEmulator, extra: Partial<TencentOptions> = {}) =>
  tencentAt(emu.endpoint, {
    secretId: ID,
    secretKey: KEY,
    retry: { maxAttempts: 4, minDelayMs: 1, maxDelayMs: 5 },
    ...extra,
  });

const input = inputMaker({ voice: "101001", sampleRate: 16000 });

const withEmulator = (fn: (emu: TencentEmulator) => Promise<void>) =>
  withServer(() => startTencentEmulator({ credentials: { [ID]: KEY } }), fn);

const signal = neverAborted;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

Deno.test("tencent synthesizes WAV through the SDK with the request's parameters", async () => {
  await withEmulator(async (emu) => {
    const tts = provider(emu);
    assert.deepEqual(tts.availability(), { ok: true });
    const out = await tts.synthesize(
      input("你好，世界。", { voice: "101002", sampleRate: 8000, options: { volume: "3" } }),
      signal(),
    );
    assert.equal(out.codec, "wav");
    assert.equal(out.sampleRate, 8000);
    assert.equal(out.attempts, 1);
    assert.equal(out.chunks, 1);
    const pcm = decodeWav(out.audio);
    assert.equal(pcm.sampleRate, 8000);
    assert.equal(pcmDurationMs(pcm), out.durationMs);
    assert.equal(out.durationMs, Math.round(emu.requests[0].audioMs));
    const body = emu.requests[0].body;
    assert.equal(body.Text, "你好，世界。");
    assert.equal(body.VoiceType, 101002);
    assert.equal(body.SampleRate, 8000);
    assert.equal(body.Codec, "wav");
    assert.equal(body.Speed, 0);
    assert.equal(body.Volume, 3);
    assert.equal(body.PrimaryLanguage, 1);
    await tts.synthesize(input("hello", { voice: "101050" }), signal());
    assert.equal(emu.requests[1].body.PrimaryLanguage, 2, "English voices are sent as English");
    assert.notEqual(emu.requests[0].body.SessionId, emu.requests[1].body.SessionId);
  });
});

Deno.test("speed ratios map onto Tencent's Speed levels", async () => {
  const table: [number, number][] = [
    [0.6, -2],
    [0.7, -1.5],
    [0.8, -1],
    [1, 0],
    [1.1, 0.5],
    [1.2, 1],
    [1.5, 2],
    [2, 4],
    [2.5, 6],
  ];
  for (const [ratio, level] of table) assert.equal(speedToTencentLevel(ratio), level, `${ratio}`);
  assert.throws(
    () => speedToTencentLevel(0),
    (e) => e instanceof SacvError && e.reason === "INVALID_SPEED",
  );
  for (const ratio of [0.5, 0.59, 2.6, 4]) {
    assert.throws(
      () => speedToTencentLevel(ratio),
      (e) =>
        e instanceof SacvError && e.status === "INVALID_ARGUMENT" && e.details.field === "speed" &&
        e.message.includes(String(ratio)),
      `${ratio} is outside Tencent's range, not clamped`,
    );
  }
  await withEmulator(async (emu) => {
    const tts = provider(emu);
    const normal = await tts.synthesize(input("abcdefghij", { speed: 1 }), signal());
    const fast = await tts.synthesize(input("abcdefghij", { speed: 1.5 }), signal());
    assert.deepEqual(emu.requests.map((r) => r.body.Speed), [0, 2]);
    assert.equal(fast.durationMs, Math.round(normal.durationMs / 1.5), "faster speech is shorter");
  });
});

Deno.test("long Chinese text is split into calls within 150 characters and joined", async () => {
  await withEmulator(async (emu) => {
    const text = "这是一段很长的解说词，用来检验切分是否正确。".repeat(20);
    const out = await provider(emu).synthesize(input(text), signal());
    assert.ok(emu.requests.length >= 3, `${emu.requests.length} calls`);
    assert.equal(out.chunks, emu.requests.length);
    assert.equal(out.attempts, emu.requests.length);
    assert.ok(emu.requests.every((r) => r.outcome === "OK"));
    assert.equal(emu.requests.map((r) => r.body.Text).join(""), text);
    for (const r of emu.requests) assert.ok(Array.from(String(r.body.Text)).length <= 150);
    assert.equal(out.durationMs, Math.round(sum(emu.requests.map((r) => r.audioMs))));
    assert.equal(pcmDurationMs(decodeWav(out.audio)), out.durationMs);
  });
});

Deno.test("long English text is split into calls within 500 characters and joined", async () => {
  await withEmulator(async (emu) => {
    const text = "Narration keeps going for a while, sentence after sentence. ".repeat(25).trim();
    const out = await provider(emu).synthesize(input(text, { voice: "101050" }), signal());
    assert.ok(emu.requests.length >= 3, `${emu.requests.length} calls`);
    assert.equal(out.chunks, emu.requests.length);
    for (const r of emu.requests) {
      assert.equal(r.outcome, "OK");
      assert.ok(String(r.body.Text).length <= 500);
      assert.ok(String(r.body.Text).trimEnd().endsWith("."), "cut at a sentence end");
    }
    assert.equal(out.durationMs, Math.round(sum(emu.requests.map((r) => r.audioMs))));
  });
});

Deno.test("PCM pieces are joined sample-exact", async () => {
  await withEmulator(async (emu) => {
    const text = "第一句话说完了。".repeat(30);
    const pcm = await provider(emu).synthesize(input(text, { codec: "pcm" }), signal());
    assert.ok(emu.requests.length >= 2);
    assert.equal(pcm.audio.length, 2 * Math.round(sum(emu.requests.map((r) => r.audioMs)) * 16));
    assert.equal(pcm.durationMs, Math.round(sum(emu.requests.map((r) => r.audioMs))));
  });
});

Deno.test("split MP3 joins without encoder gaps (measured by ffmpeg)", async () => {
  await withEmulator(async (emu) => {
    const tts = provider(emu);
    const text = "第一句话说完了。".repeat(30);
    const mp3 = await tts.synthesize(input(text, { codec: "mp3" }), signal());
    const pieces = emu.requests.map((r) => String(r.body.Text));
    assert.ok(pieces.length >= 2);
    assert.ok(emu.requests.every((r) => r.body.Codec === "pcm"), "split text is fetched as PCM");
    assert.equal(mp3.chunks, pieces.length);
    const spoken = sum(emu.requests.map((r) => r.audioMs));
    assert.equal(mp3.durationMs, Math.round(spoken));
    assert.equal(mp3Frames(mp3.audio).frames.length, mp3.audio.length, "one clean MP3 stream");
    const decoded = await decodeWithFfmpeg(mp3.audio, 16000);
    assert.ok(decoded.length / 16 >= spoken, "nothing is lost");
    const joinedGap = longestInnerSilenceMs(decoded, 16000);
    assert.ok(joinedGap < 5, `longest silence inside the joined MP3: ${joinedGap} ms`);
    // The measurement does see gaps: MP3 pieces fetched one by one and put end to end have
    // each piece's encoder delay and padding between them.
    emu.reset();
    const separate = [];
    for (const piece of pieces) {
      separate.push((await tts.synthesize(input(piece, { codec: "mp3" }), signal())).audio);
    }
    assert.ok(emu.requests.every((r) => r.body.Codec === "mp3"));
    const naive = await decodeWithFfmpeg(
      Uint8Array.from(separate.flatMap((a) => [...mp3Frames(a).frames])),
      16000,
    );
    const naiveGap = longestInnerSilenceMs(naive, 16000);
    assert.ok(naiveGap >= 20, `piece-by-piece MP3 has a ${naiveGap} ms gap at each join`);
  });
});

Deno.test("rate limits and internal errors are retried, then the call succeeds", async () => {
  await withEmulator(async (emu) => {
    const tts = provider(emu);
    emu.failNext(2, "RequestLimitExceeded");
    const a = await tts.synthesize(input("重试一下。"), signal());
    assert.equal(a.attempts, 3);
    assert.deepEqual(emu.requests.map((r) => r.outcome), [
      "RequestLimitExceeded",
      "RequestLimitExceeded",
      "OK",
    ]);
    for (
      const code of [
        "LimitExceeded.AccessLimit",
        "InternalError.ServerError",
        "RequestLimitExceeded.UinLimitExceeded",
      ]
    ) {
      emu.reset();
      emu.failNext(1, code);
      const out = await tts.synthesize(input("再试一次。"), signal());
      assert.equal(out.attempts, 2, code);
      assert.deepEqual(emu.requests.map((r) => r.outcome), [code, "OK"]);
    }
    emu.reset();
    emu.failNextHttp(1, 502);
    assert.equal((await tts.synthesize(input("网关错误。"), signal())).attempts, 2);
  });
});

Deno.test("exhausted rate-limit retries surface as RESOURCE_EXHAUSTED, retryable", async () => {
  await withEmulator(async (emu) => {
    emu.failAlways("RequestLimitExceeded");
    const err = await sacvRejection(
      provider(emu, { retry: { maxAttempts: 3, minDelayMs: 1, maxDelayMs: 2 } })
        .synthesize(input("一直限流。"), signal()),
    );
    assert.equal(err.status, "RESOURCE_EXHAUSTED");
    assert.equal(err.reason, "RequestLimitExceeded");
    assert.equal(err.retryable, true);
    assert.equal(err.details.attempts, 3);
    assert.equal(emu.requests.length, 3);
  });
});

Deno.test("a failing later piece reports the calls made for the whole text", async () => {
  await withEmulator(async (emu) => {
    const text = "前面的句子都很正常。".repeat(30) + "最后一句有问题。";
    emu.failText("有问题", "RequestLimitExceeded");
    const tts = provider(emu, { retry: { maxAttempts: 3, minDelayMs: 1, maxDelayMs: 2 } });
    const err = await sacvRejection(tts.synthesize(input(text), signal()));
    const ok = emu.requests.filter((r) => r.outcome === "OK").length;
    assert.ok(ok >= 2, `${ok} pieces succeeded first`);
    assert.equal(emu.requests.length, ok + 3);
    assert.equal(err.status, "RESOURCE_EXHAUSTED");
    assert.equal(err.details.attempts, ok + 3);
  });
});

Deno.test("auth, parameter and unsupported-operation errors are never retried", async () => {
  await withEmulator(async (emu) => {
    const tts = provider(emu);
    const cases: [string, string][] = [
      ["AuthFailure.UnauthorizedOperation", "UNAUTHENTICATED"],
      ["InvalidParameterValue.VoiceType", "INVALID_ARGUMENT"],
      ["InvalidParameter", "INVALID_ARGUMENT"],
      ["UnsupportedOperation.VoiceType", "FAILED_PRECONDITION"],
    ];
    for (const [code, status] of cases) {
      emu.reset();
      emu.failAlways(code);
      const err = await sacvRejection(tts.synthesize(input("不要重试。"), signal()));
      assert.equal(err.status, status, code);
      assert.equal(err.reason, code);
      assert.equal(err.retryable, false);
      assert.equal(emu.requests.length, 1, `${code}: exactly one request`);
    }
  });
});

Deno.test("a wrong secret key fails the signature check as UNAUTHENTICATED, once", async () => {
  await withEmulator(async (emu) => {
    const err = await sacvRejection(
      provider(emu, { secretKey: "wrong" }).synthesize(input("签名错误。"), signal()),
    );
    assert.equal(err.status, "UNAUTHENTICATED");
    assert.equal(err.reason, "AuthFailure.SignatureFailure");
    assert.equal(emu.requests.length, 1);
    const unknown = await sacvRejection(
      provider(emu, { secretId: "AKIDnobody" }).synthesize(input("没有这个人。"), signal()),
    );
    assert.equal(unknown.reason, "AuthFailure.SecretIdNotFound");
  });
});

Deno.test("bad input is rejected naming the field before any request", async () => {
  await withEmulator(async (emu) => {
    const tts = provider(emu);
    const cases: [Partial<SynthesisInput>, string][] = [
      [{ voice: "zhiyu" }, "voice"],
      [{ sampleRate: 44100 }, "sample_rate"],
      [{ codec: "ogg" as "wav" }, "codec"],
      [{ text: "   " }, "text"],
      [{ speed: -1 }, "speed"],
      [{ options: { volume: "loud" } }, "volume"],
    ];
    for (const [more, field] of cases) {
      const err = await sacvRejection(tts.synthesize(input("你好。", more), signal()));
      assert.equal(err.status, "INVALID_ARGUMENT", field);
      assert.equal(err.details.field, field);
    }
    assert.equal(emu.requests.length, 0);
    const none = tencentAt(emu.endpoint);
    assert.deepEqual(none.availability(), {
      ok: false,
      reason: "TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY not set",
    });
    assert.equal(
      (await sacvRejection(none.synthesize(input("你好。"), signal()))).status,
      "FAILED_PRECONDITION",
    );
  });
});

Deno.test("network failures are retried and surface as UNAVAILABLE", async () => {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  const tts = tencentAt(`127.0.0.1:${port}`, {
    secretId: ID,
    secretKey: KEY,
    retry: { maxAttempts: 2, minDelayMs: 1, maxDelayMs: 2 },
  });
  const err = await sacvRejection(tts.synthesize(input("没有服务。"), signal()));
  assert.equal(err.status, "UNAVAILABLE");
  assert.equal(err.reason, "NETWORK_ERROR");
  assert.equal(err.retryable, true);
  assert.equal(err.details.attempts, 2);
});

Deno.test("aborting during the backoff rejects promptly and sends nothing more", async () => {
  await withEmulator(async (emu) => {
    emu.failAlways("RequestLimitExceeded");
    const tts = provider(emu, {
      retry: { maxAttempts: 5, minDelayMs: 60_000, maxDelayMs: 60_000 },
    });
    const controller = new AbortController();
    const started = performance.now();
    const pending = tts.synthesize(input("等待重试。"), controller.signal);
    await emu.waitUntil(() => emu.requests.length === 1 && emu.inFlight === 0, "the first failure");
    controller.abort();
    const err = await sacvRejection(pending);
    assert.equal(err.status, "CANCELLED");
    assert.ok(performance.now() - started < 30_000, "did not sit out the minute-long backoff");
    assert.equal(emu.requests.length, 1);
  });
});

Deno.test("aborting during a request closes it and starts no further pieces", async () => {
  await withEmulator(async (emu) => {
    const tts = provider(emu);
    // A call first, so a kept-alive connection would be there to reuse (and not be closed).
    await tts.synthesize(input("先来一句。"), signal());
    emu.reset();
    emu.latencyMs = 60_000;
    const controller = new AbortController();
    const text = "这句话很长。".repeat(60);
    const pending = tts.synthesize(input(text), controller.signal);
    await emu.waitUntil(() => emu.inFlight === 1, "the first piece in flight");
    controller.abort();
    const err = await sacvRejection(pending);
    assert.equal(err.status, "CANCELLED");
    // The SDK passes the signal to node-fetch, which closes the connection: the emulator sees it go.
    await emu.waitUntil(() => emu.inFlight === 0, "the aborted request to end");
    assert.equal(emu.requests.length, 1, "no further piece was sent");
    const early = await sacvRejection(tts.synthesize(input("不会发送。"), AbortSignal.abort()));
    assert.equal(early.status, "CANCELLED");
    assert.equal(emu.requests.length, 1);
  });
});
