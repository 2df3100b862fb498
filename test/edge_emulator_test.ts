// The Edge emulator must refuse what the real service refuses, or the provider tests prove nothing.
import assert from "node:assert/strict";
import { EDGE_ORIGIN, startEdgeEmulator, TRUSTED_CLIENT_TOKEN } from "./edge_emulator.ts";
import { parseSsml, rateRatio, secMsGec, wordBoundaries } from "./edge_emulator_protocol.ts";

async function handshake(endpoint: string, query: Record<string, string>, origin = EDGE_ORIGIN) {
  const url = new URL(endpoint.replace(/^ws/, "http"));
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const res = await fetch(url, { headers: { origin } });
  return { status: res.status, body: await res.text() };
}

Deno.test("edge emulator checks the client token, Sec-MS-GEC window, version and Origin", async () => {
  const emu = await startEdgeEmulator();
  try {
    const good = {
      TrustedClientToken: TRUSTED_CLIENT_TOKEN,
      "Sec-MS-GEC": await secMsGec(Date.now()),
      "Sec-MS-GEC-Version": "1-143.0.3650.96",
      ConnectionId: crypto.randomUUID(),
    };
    // Everything right but not a WebSocket upgrade: past the checks.
    assert.equal((await handshake(emu.endpoint, good)).status, 426);
    const bad: [Record<string, string>, string, string?][] = [
      [{ ...good, TrustedClientToken: "0".repeat(32) }, "TrustedClientToken"],
      [{ ...good, "Sec-MS-GEC": await secMsGec(Date.now() - 15 * 60_000) }, "Sec-MS-GEC"],
      [{ ...good, "Sec-MS-GEC": "" }, "Sec-MS-GEC"],
      [{ ...good, "Sec-MS-GEC-Version": "143" }, "Sec-MS-GEC-Version"],
      [{ ...good, ConnectionId: "" }, "ConnectionId"],
      [good, "Origin", "https://example.com"],
    ];
    for (const [query, what, origin] of bad) {
      const r = await handshake(emu.endpoint, query, origin);
      assert.equal(r.status, 403, what);
      assert.match(r.body, new RegExp(what));
    }
    // A neighbouring window is accepted (clock skew), like the real service.
    const skewed = { ...good, "Sec-MS-GEC": await secMsGec(Date.now() - 300_000) };
    assert.equal((await handshake(emu.endpoint, skewed)).status, 426);
    const voices = emu.endpoint.replace(/^ws/, "http").replace("/edge/v1", "/voices/list");
    assert.equal((await fetch(voices)).status, 403, "the voice list wants the client token");
    await (await fetch(voices)).body?.cancel();
    const list = await (await fetch(`${voices}?trustedclienttoken=${TRUSTED_CLIENT_TOKEN}`)).json();
    assert.ok(list.some((v: { ShortName: string }) => v.ShortName === "zh-CN-XiaoxiaoNeural"));
  } finally {
    await emu.close();
  }
});

Deno.test("edge emulator reads SSML rates and times words by characters", () => {
  assert.equal(rateRatio("+50%"), 1.5);
  assert.equal(rateRatio("-20%"), 0.8);
  assert.equal(rateRatio("1.25"), 1.25);
  assert.equal(rateRatio("fast"), 1.5);
  assert.equal(rateRatio("quick"), undefined);
  const r = parseSsml(
    `<speak version="1.0" xml:lang="zh-CN"><voice name="zh-CN-YunxiNeural"><prosody pitch="+0Hz" rate="-50%" volume="+0%">A &amp; B &lt;你好&gt;</prosody></voice></speak>`,
  );
  assert.deepEqual([r.voice, r.lang, r.rate, r.text], [
    "zh-CN-YunxiNeural",
    "zh-CN",
    0.5,
    "A & B <你好>",
  ]);
  assert.throws(() => parseSsml("hello"), /speak/);
  assert.deepEqual(wordBoundaries("Hi, 你好!", 10), [
    { text: "Hi", offsetMs: 0, durationMs: 20 },
    { text: "你好", offsetMs: 30, durationMs: 20 },
  ]);
});
