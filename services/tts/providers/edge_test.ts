// The Edge provider through the real msedge-tts package against the local read-aloud emulator.
import assert from "node:assert/strict";
import { sacvRejection } from "../../../test/support/sacv_rejection.ts";
import { inputMaker, neverAborted, soloSynthesizer, withServer } from "./testing.ts";
import { SacvError } from "../../common/errors.ts";
import { type EdgeEmulator, startEdgeEmulator } from "../../../test/edge_emulator.ts";
import { decodeWithFfmpeg } from "../../../test/support/audio_measure.ts";
import { decodeWav, pcmDurationMs } from "../wav.ts";
import { createEdgeProvider, escapeSsmlText, speedToEdgeRate } from "./edge.ts";
import { mp3Frames } from "./mp3.ts";

const input = inputMaker({ voice: "zh-CN-XiaoxiaoNeural", sampleRate: 24000 });
const signal = neverAborted;

const withEmulator = (
  fn: (emu: EdgeEmulator) => Promise<void>,
  options: Parameters<typeof startEdgeEmulator>[0] = {},
) => withServer(() => startEdgeEmulator(options), fn);

Deno.test("edge speaks through msedge-tts: token, format, rate and word boundaries", async () => {
  await withEmulator(async (emu) => {
    const tts = createEdgeProvider({ endpoint: emu.endpoint });
    const out = await tts.synthesize(input("你好，世界。Hello world!", { codec: "mp3" }), signal());
    const r = emu.requests[0];
    assert.equal(r.outcome, "OK", r.problem ?? "");
    assert.equal(r.outputFormat, "audio-24khz-48kbitrate-mono-mp3");
    assert.equal(r.wordBoundary, true);
    assert.equal(r.voice, "zh-CN-XiaoxiaoNeural");
    assert.equal(r.rate, "+0%");
    assert.equal(r.text, "你好，世界。Hello world!");
    assert.ok(r.query["Sec-MS-GEC"], "the package sends the Sec-MS-GEC token the emulator checked");
    assert.equal(out.codec, "mp3");
    assert.equal(out.sampleRate, 24000);
    assert.equal(mp3Frames(out.audio).frames.length, out.audio.length);
    const decoded = await decodeWithFfmpeg(out.audio, 24000);
    assert.ok(decoded.length / 24 >= r.audioMs);
    assert.deepEqual(out.words!.map((w) => w.text), ["你好", "世界", "Hello", "world"]);
    assert.deepEqual(out.words!.map((w) => [w.startMs, w.endMs]), [
      [0, 120],
      [180, 300],
      [360, 660],
      [660, 960],
    ]);
    assert.equal(emu.openConnections, 0, "the connection is closed after the turn");
  }, { msPerChar: 60 });
});

Deno.test("speed ratios map to prosody rates and shorten the audio", async () => {
  assert.deepEqual([0.5, 0.8, 1, 1.25, 2.5].map(speedToEdgeRate), [
    "-50%",
    "-20%",
    "+0%",
    "+25%",
    "+150%",
  ]);
  assert.throws(
    () => speedToEdgeRate(0),
    (e) => e instanceof SacvError && e.details.field === "speed",
  );
  await withEmulator(async (emu) => {
    const tts = createEdgeProvider({ endpoint: emu.endpoint });
    const text = "速度不一样，长度也不一样。";
    const normal = await tts.synthesize(input(text), signal());
    const fast = await tts.synthesize(input(text, { speed: 2 }), signal());
    const slow = await tts.synthesize(input(text, { speed: 0.5 }), signal());
    assert.deepEqual(emu.requests.map((r) => r.rate), ["+0%", "+100%", "-50%"]);
    const [n, f, s] = emu.requests.map((r) => r.audioMs);
    assert.ok(Math.abs(f - n / 2) <= 1 && Math.abs(s - n * 2) <= 1, `${n} ${f} ${s}`);
    // What we hand back is the decoded audio: the same ratios, give or take MP3 framing.
    for (const [out, ms] of [[normal, n], [fast, f], [slow, s]] as const) {
      const pcm = decodeWav(out.audio);
      assert.equal(pcmDurationMs(pcm), out.durationMs);
      assert.ok(out.durationMs >= ms && out.durationMs <= ms + 150, `${out.durationMs} vs ${ms}`);
    }
  });
});

Deno.test("long text is split, joined as PCM, and word timings are shifted", async () => {
  await withEmulator(async (emu) => {
    const tts = createEdgeProvider({ endpoint: emu.endpoint });
    const text = "这是一段很长的解说词，需要分成几次来读。".repeat(50);
    const out = await tts.synthesize(input(text, { codec: "pcm", sampleRate: 16000 }), signal());
    assert.ok(emu.requests.length >= 2, `${emu.requests.length} pieces`);
    assert.equal(out.chunks, emu.requests.length);
    assert.equal(emu.requests.map((r) => r.text).join(""), text);
    assert.equal(out.sampleRate, 16000);
    assert.equal(out.durationMs, Math.round(out.audio.length / 2 / 16));
    const words = out.words!;
    for (let i = 1; i < words.length; i++) assert.ok(words[i].startMs >= words[i - 1].startMs);
    const firstOfSecond = words.filter((w) => w.startMs < emu.requests[0].audioMs).length;
    assert.ok(
      words[firstOfSecond].startMs >= emu.requests[0].audioMs,
      "the second piece's words start after the first piece's audio",
    );
    assert.ok(words.at(-1)!.endMs <= out.durationMs);
  });
});

Deno.test("the voice list comes from the service, else from the built-in table", async () => {
  await withEmulator(async (emu) => {
    const tts = createEdgeProvider({ endpoint: emu.endpoint });
    const live = await tts.listVoices!({ signal: signal() });
    assert.equal(live.source, "service");
    assert.deepEqual(live.voices.map((v) => [v.id, v.language, v.gender]), [
      ["zh-CN-XiaoxiaoNeural", "zh-CN", "female"],
      ["zh-CN-YunxiNeural", "zh-CN", "male"],
      ["zh-HK-HiuGaaiNeural", "zh-HK", "female"],
      ["en-US-AriaNeural", "en-US", "female"],
      ["en-US-GuyNeural", "en-US", "male"],
    ]);
  });
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  const offline = createEdgeProvider({ endpoint: `ws://127.0.0.1:${port}/x/edge/v1` });
  const builtin = await offline.listVoices!({ signal: signal() });
  assert.equal(builtin.source, "builtin");
  assert.ok(builtin.voices.some((v) => v.id === "zh-CN-YunxiNeural" && v.gender === "male"));
});

Deno.test("throttling and transient failures are retryable; a refused token and bad voices are not", async () => {
  await withEmulator(async (emu) => {
    const tts = createEdgeProvider({ endpoint: emu.endpoint });
    const cases: [() => void, string, string, boolean][] = [
      [() => emu.failNextHandshake(1, 429), "RESOURCE_EXHAUSTED", "HTTP_429", true],
      [() => emu.failNextHandshake(1, 503), "UNAVAILABLE", "HTTP_503", true],
      [() => emu.failNextHandshake(1, 403), "PERMISSION_DENIED", "HTTP_403", false],
      [() => emu.dropNext(1), "UNAVAILABLE", "STREAM_CLOSED", true],
      [() => emu.garbleNext(1), "UNAVAILABLE", "BAD_MESSAGE", true],
    ];
    for (const [inject, status, reason, retryable] of cases) {
      emu.reset();
      inject();
      const err = await sacvRejection(tts.synthesize(input("出错一次。"), signal()));
      assert.equal(err.status, status, reason);
      assert.equal(err.reason, reason);
      assert.equal(err.retryable, retryable, reason);
      assert.equal(emu.requests.length, 1, "the provider itself never retries");
      await emu.waitUntil(() => emu.openConnections === 0, `${reason}: connection closed`);
    }
    const unknown = await sacvRejection(
      tts.synthesize(input("没有这个声音。", { voice: "zh-CN-NobodyNeural" }), signal()),
    );
    assert.equal(unknown.status, "INVALID_ARGUMENT");
    assert.equal(unknown.reason, "NO_AUDIO");
    assert.equal(unknown.retryable, false);
  });
  await withEmulator(async (emu) => {
    // The service throttles by connection: past its limit, handshakes are refused with 429.
    const tts = createEdgeProvider({ endpoint: emu.endpoint });
    emu.hold();
    const first = tts.synthesize(input("占着一个连接。"), signal());
    await emu.waitUntil(() => emu.openConnections === 1, "one connection open");
    const err = await sacvRejection(tts.synthesize(input("第二个连接。"), signal()));
    assert.equal(err.status, "RESOURCE_EXHAUSTED");
    assert.equal(err.retryable, true);
    emu.release();
    assert.ok((await first).durationMs > 0);
  }, { maxConnections: 1 });
});

Deno.test("through the retry layer: refused twice (429, then 503), then the synthesis succeeds", async () => {
  await withEmulator(async (emu) => {
    const synth = soloSynthesizer(createEdgeProvider({ endpoint: emu.endpoint }));
    emu.failNextHandshake(1, 429);
    emu.failNextHandshake(1, 503);
    const r = await synth.synthesize(
      { text: "被拒绝两次后成功。", provider: "edge", no_cache: true },
      signal(),
    );
    assert.deepEqual(emu.requests.map((q) => q.outcome), ["HANDSHAKE_429", "HANDSHAKE_503", "OK"]);
    assert.equal(r.attempts, 3, "attempts count every connection to the service");
    assert.equal(r.provider, "edge");
    assert.ok(r.duration_ms! > 0);
    assert.equal(r.duration_ms, pcmDurationMs(decodeWav(r.audio as Uint8Array)));
    assert.ok(r.words!.length > 0, "word timings survive the retries");
    assert.equal(synth.gates.snapshot().providers.edge.throttles, 1, "only the 429 is a throttle");
    await emu.waitUntil(() => emu.openConnections === 0, "every connection closed");
  });
});

Deno.test("cancelling closes the WebSocket and frees the gate slots at once", async () => {
  await withEmulator(async (emu) => {
    const tts = createEdgeProvider({ endpoint: emu.endpoint, limit: 2 });
    const synth = soloSynthesizer(tts);
    emu.hold();
    const controller = new AbortController();
    const jobs = Array.from(
      { length: 4 },
      (_, i) =>
        synth.synthesize({ text: `第${i}句话。`, provider: "edge" }, controller.signal)
          .then(() => "ok", (e) => (e as SacvError).status),
    );
    await emu.waitUntil(() => emu.openConnections === 2, "two connections at the service");
    assert.equal(synth.gates.snapshot().providers.edge.inFlight, 2);
    const started = performance.now();
    controller.abort();
    assert.deepEqual(await Promise.all(jobs), Array(4).fill("CANCELLED"));
    assert.ok(performance.now() - started < 1000, "rejected promptly");
    const snap = synth.gates.snapshot();
    assert.equal(snap.providers.edge.inFlight + snap.global.inFlight, 0, "slots free at once");
    await emu.waitUntil(() => emu.openConnections === 0, "the service to see both closed", 5_000);
    assert.deepEqual(emu.requests.map((r) => r.outcome), ["CLIENT_CLOSED", "CLIENT_CLOSED"]);
  });
});

Deno.test("Chinese, emoji and control characters never crash; bad voice ids are named", async () => {
  assert.equal(escapeSsmlText("a<b>&\"c'\u0000\u0007d"), "a&lt;b&gt;&amp;&quot;c&apos;  d");
  await withEmulator(async (emu) => {
    const tts = createEdgeProvider({ endpoint: emu.endpoint });
    const out = await tts.synthesize(input("表情😀和<标签>&控制符\u0000\u0007。🎬"), signal());
    assert.ok(out.durationMs > 0);
    assert.equal(emu.requests[0].text, "表情😀和<标签>&控制符  。🎬");
    for (const voice of ["晓晓", "😀", "zh-CN-\u0000", "", "x".repeat(3000)]) {
      const err = await sacvRejection(tts.synthesize(input("你好。", { voice }), signal()));
      assert.equal(err.details.field, "voice");
    }
    const emoji = await sacvRejection(tts.synthesize(input("😀🎬！"), signal()));
    assert.equal(emoji.details.field, "text");
    const pitch = await sacvRejection(
      tts.synthesize(input("你好。", { options: { pitch: "high" } }), signal()),
    );
    assert.equal(pitch.details.field, "pitch");
    assert.equal(emu.requests.length, 1);
  });
});
