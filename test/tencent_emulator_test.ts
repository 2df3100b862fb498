// The emulator must behave like Tencent's API towards the real SDK, or the provider tests prove nothing.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import * as tencentcloud from "tencentcloud-sdk-nodejs-tts";
import { decodeWav, pcmDurationMs } from "../services/tts/wav.ts";
import { startTencentEmulator, type TencentEmulator } from "./tencent_emulator.ts";

const ID = "AKIDemulatortest";
const KEY = "emulator-test-key";

function sdk(emu: TencentEmulator, secretId = ID, secretKey = KEY, region = "ap-guangzhou") {
  return new tencentcloud.tts.v20190823.Client({
    credential: { secretId, secretKey },
    region,
    profile: { httpProfile: { endpoint: emu.endpoint, protocol: "http://" } },
  });
}

async function callError(p: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await p;
  } catch (err) {
    return err as { code?: string; message: string };
  }
  throw new Error("expected the call to fail");
}

async function withEmulator(fn: (emu: TencentEmulator) => Promise<void>, latencyMs = 0) {
  const emu = await startTencentEmulator({ credentials: { [ID]: KEY }, latencyMs });
  try {
    await fn(emu);
  } finally {
    await emu.close();
  }
}

Deno.test("emulator answers a signed TextToVoice with WAV whose length follows the text", async () => {
  await withEmulator(async (emu) => {
    const client = sdk(emu);
    const short = await client.TextToVoice({ Text: "你好。", SessionId: "s1", Codec: "wav" });
    const long = await client.TextToVoice({
      Text: "你好，这是一段更长的文本。",
      SessionId: "s2",
      Codec: "wav",
      SampleRate: 8000,
    });
    assert.equal(short.SessionId, "s1");
    assert.ok(typeof short.RequestId === "string" && short.RequestId.length > 0);
    const a = decodeWav(Uint8Array.from(atob(short.Audio!), (c) => c.charCodeAt(0)));
    const b = decodeWav(Uint8Array.from(atob(long.Audio!), (c) => c.charCodeAt(0)));
    assert.equal(a.sampleRate, 16000);
    assert.equal(b.sampleRate, 8000);
    assert.equal(pcmDurationMs(a), 3 * 60);
    assert.equal(pcmDurationMs(b), 13 * 60);
    assert.deepEqual(emu.requests.map((r) => [r.action, r.version, r.region, r.secretId]), [
      ["TextToVoice", "2019-08-23", "ap-guangzhou", ID],
      ["TextToVoice", "2019-08-23", "ap-guangzhou", ID],
    ]);
  });
});

Deno.test("emulator shortens audio for faster Speed levels", async () => {
  await withEmulator(async (emu) => {
    const client = sdk(emu);
    await client.TextToVoice({ Text: "abcdefghij", SessionId: "n", Speed: 0 });
    await client.TextToVoice({ Text: "abcdefghij", SessionId: "f", Speed: 2 });
    assert.deepEqual(emu.requests.map((r) => Math.round(r.audioMs)), [600, 400]);
  });
});

Deno.test("emulator rejects a wrong key, an unknown SecretId and a tampered body", async () => {
  await withEmulator(async (emu) => {
    const wrongKey = await callError(
      sdk(emu, ID, "not-the-key").TextToVoice({
        Text: "hi",
        SessionId: "x",
      }),
    );
    assert.equal(wrongKey.code, "AuthFailure.SignatureFailure");
    const unknown = await callError(
      sdk(emu, "AKIDnobody", KEY).TextToVoice({
        Text: "hi",
        SessionId: "x",
      }),
    );
    assert.equal(unknown.code, "AuthFailure.SecretIdNotFound");
  });
});

/** Captures exactly what the SDK sends, so tests can replay it with one part changed. */
async function captureSdkRequest(text: string): Promise<{ headers: Headers; body: string }> {
  let captured: { headers: Headers; body: string } | undefined;
  const recorder = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (req) => {
    captured = { headers: req.headers, body: await req.text() };
    return Response.json({ Response: { Audio: "", RequestId: "r" } });
  });
  try {
    await new tencentcloud.tts.v20190823.Client({
      credential: { secretId: ID, secretKey: KEY },
      region: "ap-guangzhou",
      profile: {
        httpProfile: { endpoint: `127.0.0.1:${recorder.addr.port}`, protocol: "http://" },
      },
    }).TextToVoice({ Text: text, SessionId: "replay" });
  } finally {
    await recorder.shutdown();
  }
  assert.ok(captured, "the SDK request reached the recorder");
  return captured;
}

Deno.test("emulator verifies the payload hash, content-type and timestamp under the signature", async () => {
  await withEmulator(async (emu) => {
    const { headers, body } = await captureSdkRequest("original");
    const replay = async (change: (h: Headers) => void, payload = body) => {
      const h = new Headers(headers);
      h.delete("host");
      h.delete("content-length");
      change(h);
      const res = await fetch(`http://${emu.endpoint}/`, {
        method: "POST",
        headers: h,
        body: payload,
      });
      const json = await res.json();
      return json.Response.Error?.Code ?? "OK";
    };
    assert.equal(await replay(() => {}), "OK");
    assert.equal(
      await replay(() => {}, body.replace("original", "tampered")),
      "AuthFailure.SignatureFailure",
    );
    assert.equal(
      await replay((h) => h.set("content-type", "application/json; charset=utf-8")),
      "AuthFailure.SignatureFailure",
    );
    assert.equal(
      await replay((h) => h.set("x-tc-timestamp", String(Number(h.get("x-tc-timestamp")) - 1))),
      "AuthFailure.SignatureFailure",
    );
    assert.equal(
      await replay((h) => h.set("x-tc-timestamp", String(Number(h.get("x-tc-timestamp")) - 3600))),
      "AuthFailure.SignatureExpire",
    );
  });
});

Deno.test("emulator validates parameters like TextToVoice", async () => {
  await withEmulator(async (emu) => {
    const client = sdk(emu);
    const codes = [];
    for (
      const req of [
        { Text: "", SessionId: "a" },
        { Text: "字".repeat(151), SessionId: "b" },
        { Text: "a".repeat(501), SessionId: "c" },
        { Text: "hi", SessionId: "d", SampleRate: 44100 },
        { Text: "hi", SessionId: "e", Codec: "ogg" },
        { Text: "hi", SessionId: "f", Speed: 7 },
      ]
    ) codes.push((await callError(client.TextToVoice(req))).code);
    assert.deepEqual(codes, [
      "InvalidParameterValue.TextEmpty",
      "InvalidParameterValue.TextTooLong",
      "InvalidParameterValue.TextTooLong",
      "InvalidParameterValue.SampleRate",
      "InvalidParameterValue.Codec",
      "InvalidParameterValue.Speed",
    ]);
    // A body that is not a JSON object, correctly signed (the SDK signs a Buffer as is).
    const notObject = await callError(client.request("TextToVoice", Buffer.from("[1, 2]")));
    assert.equal(notObject.code, "InvalidParameter");
    // At the limits exactly, both scripts pass.
    await client.TextToVoice({ Text: "字".repeat(150), SessionId: "g" });
    await client.TextToVoice({ Text: "a".repeat(500), SessionId: "h" });
  });
});

Deno.test("emulator injects failures and counts concurrent requests", async () => {
  await withEmulator(async (emu) => {
    const client = sdk(emu);
    emu.failNext(2);
    emu.failNextHttp(1, 503);
    const first = await callError(client.TextToVoice({ Text: "hi", SessionId: "1" }));
    assert.equal(first.code, undefined, "an HTTP failure has no Tencent code");
    assert.equal((first as { httpCode?: number }).httpCode, 503);
    for (let i = 0; i < 2; i++) {
      const err = await callError(client.TextToVoice({ Text: "hi", SessionId: "2" }));
      assert.equal(err.code, "RequestLimitExceeded");
    }
    await client.TextToVoice({ Text: "hi", SessionId: "3" });
    emu.failAlways("AuthFailure.UnauthorizedOperation");
    assert.equal(
      (await callError(client.TextToVoice({ Text: "hi", SessionId: "4" }))).code,
      "AuthFailure.UnauthorizedOperation",
    );
    emu.failAlways(undefined);
    assert.deepEqual(emu.requests.map((r) => r.outcome), [
      "HTTP_503",
      "RequestLimitExceeded",
      "RequestLimitExceeded",
      "OK",
      "AuthFailure.UnauthorizedOperation",
    ]);

    emu.reset();
    emu.latencyMs = 300;
    await Promise.all(
      Array.from({ length: 4 }, (_, i) => client.TextToVoice({ Text: "hi", SessionId: `c${i}` })),
    );
    assert.equal(emu.maxInFlight, 4);
    assert.equal(emu.inFlight, 0);
  });
});

Deno.test("emulator holds requests until released", async () => {
  await withEmulator(async (emu) => {
    const client = sdk(emu);
    emu.hold();
    let done = 0;
    const calls = [1, 2].map((i) =>
      client.TextToVoice({ Text: "hold", SessionId: `h${i}` }).then(() => done++)
    );
    await emu.waitUntil(() => emu.inFlight === 2, "2 held requests");
    assert.equal(done, 0);
    emu.release();
    await Promise.all(calls);
    assert.equal(done, 2);
    assert.equal(emu.inFlight, 0);
  });
});

Deno.test("emulator returns MP3 and raw PCM when asked", async () => {
  await withEmulator(async (emu) => {
    const client = sdk(emu);
    const pcm = await client.TextToVoice({ Text: "abcde", SessionId: "p", Codec: "pcm" });
    assert.equal(atob(pcm.Audio!).length, 2 * 16000 * 5 * 60 / 1000);
    const mp3 = await client.TextToVoice({ Text: "abcde", SessionId: "m", Codec: "mp3" });
    const bytes = Uint8Array.from(atob(mp3.Audio!), (c) => c.charCodeAt(0));
    assert.equal(bytes[0], 0xff, "starts with an MPEG frame sync");
    assert.equal(bytes[1] & 0xe0, 0xe0);
  });
});

Deno.test("emulator throttles a set share of requests, repeatably, and bills only answers with audio", async () => {
  const run = async () => {
    const emu = await startTencentEmulator({ credentials: { [ID]: KEY }, throttleRate: 0.3 });
    try {
      const client = sdk(emu);
      const outcomes: string[] = [];
      for (let i = 0; i < 200; i++) {
        outcomes.push(
          await client.TextToVoice({ Text: `第${i}句。`, SessionId: `s${i}` }).then(
            () => "OK",
            (e) => e.code,
          ),
        );
      }
      assert.deepEqual(outcomes, emu.requests.map((r) => r.outcome));
      assert.equal(emu.billed, outcomes.filter((o) => o === "OK").length);
      return outcomes;
    } finally {
      await emu.close();
    }
  };
  const first = await run();
  const throttled = first.filter((o) => o === "RequestLimitExceeded").length;
  assert.ok(throttled > 40 && throttled < 80, `${throttled} of 200 throttled at rate 0.3`);
  assert.deepEqual(await run(), first, "the same seed throttles the same requests");
});

Deno.test("emulator damages the audio of the next answers and fails a text only a given number of times", async () => {
  await withEmulator(async (emu) => {
    const client = sdk(emu);
    emu.corruptNext(1);
    const bad = await client.TextToVoice({ Text: "坏音频。", SessionId: "c1", Codec: "wav" });
    assert.throws(() => decodeWav(Uint8Array.from(atob(bad.Audio!), (c) => c.charCodeAt(0))));
    const good = await client.TextToVoice({ Text: "好音频。", SessionId: "c2", Codec: "wav" });
    assert.equal(pcmDurationMs(decodeWav(Buffer.from(good.Audio!, "base64"))), 4 * 60);
    emu.failText("三", "InternalError", "boom", 2);
    const outcomes = [];
    for (let i = 0; i < 3; i++) {
      outcomes.push(
        await client.TextToVoice({ Text: "第三句。", SessionId: `t${i}` }).then(
          () => "OK",
          (e) => e.code,
        ),
      );
    }
    assert.deepEqual(outcomes, ["InternalError", "InternalError", "OK"]);
    assert.deepEqual(emu.requests.map((r) => r.outcome).slice(0, 2), ["CORRUPT_AUDIO", "OK"]);
    assert.equal(emu.billed, 3);
  });
});
