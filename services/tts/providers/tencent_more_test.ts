// The Tencent provider's second round against the emulator: temporary and per-request
// credentials, the voice table's PrimaryLanguage, word timings, SSML splitting, odd text.
import assert from "node:assert/strict";
import { sacvRejection } from "../../../test/support/sacv_rejection.ts";
import { inputMaker, neverAborted, tencentAt, withServer } from "./testing.ts";
import { startTencentEmulator, type TencentEmulator } from "../../../test/tencent_emulator.ts";
import { ssmlText } from "../ssml_split.ts";
import type { TencentOptions } from "./tencent.ts";
import { primaryLanguage, TENCENT_VOICES } from "./tencent_voices.ts";

const ID = "AKIDmoretest";
const KEY = "more-test-key";
const TMP_ID = "AKIDtemporary";
const TMP_KEY = "temporary-key";
const TOKEN = "session-token-from-sts+/=";

const provider = (emu: TencentEmulator, extra: Partial<TencentOptions> = {}) =>
  tencentAt(emu.endpoint, {
    secretId: ID,
    secretKey: KEY,
    retry: { maxAttempts: 2, minDelayMs: 1, maxDelayMs: 2 },
    ...extra,
  });

const input = inputMaker({ voice: "101001", sampleRate: 16000 });

const withEmulator = (fn: (emu: TencentEmulator) => Promise<void>) =>
  withServer(() =>
    startTencentEmulator({
      credentials: { [ID]: KEY, [TMP_ID]: TMP_KEY, AKIDuser: "user-key" },
      sessionTokens: { [TMP_ID]: TOKEN },
    }), fn);

const signal = neverAborted;

Deno.test("temporary credentials send their session token as X-TC-Token", async () => {
  await withEmulator(async (emu) => {
    const ok = await provider(emu, { secretId: TMP_ID, secretKey: TMP_KEY, sessionToken: TOKEN })
      .synthesize(input("临时密钥。"), signal());
    assert.equal(ok.attempts, 1);
    assert.equal(emu.requests[0].token, TOKEN);
    assert.equal(emu.requests[0].outcome, "OK");
    for (const token of [undefined, "wrong-token"]) {
      emu.reset();
      const err = await sacvRejection(
        provider(emu, { secretId: TMP_ID, secretKey: TMP_KEY, sessionToken: token })
          .synthesize(input("没有令牌。"), signal()),
      );
      assert.equal(err.status, "UNAUTHENTICATED");
      assert.equal(err.reason, "AuthFailure.TokenFailure");
      assert.equal(err.retryable, false);
      assert.equal(emu.requests.length, 1, "auth failures are not retried");
    }
  });
});

Deno.test("a request's own credentials are used instead of the environment's", async () => {
  await withEmulator(async (emu) => {
    const none = provider(emu, { secretId: undefined, secretKey: undefined });
    assert.equal(none.availability().ok, false);
    const user = { secretId: "AKIDuser", secretKey: "user-key" };
    assert.equal(none.availability(user).ok, true);
    await none.synthesize(input("用户自己的密钥。", { credentials: user }), signal());
    await none.synthesize(
      input("临时的。", {
        credentials: { secretId: TMP_ID, secretKey: TMP_KEY, sessionToken: TOKEN },
      }),
      signal(),
    );
    // The environment's account, with a request that names only a region.
    const env = provider(emu, { sessionToken: "env-token-not-for-users" });
    await env.synthesize(input("换个地域。", { credentials: { region: "ap-shanghai" } }), signal());
    await env.synthesize(input("用户的。", { credentials: user }), signal());
    assert.deepEqual(emu.requests.map((r) => [r.secretId, r.region, r.outcome]), [
      ["AKIDuser", "ap-guangzhou", "OK"],
      [TMP_ID, "ap-guangzhou", "OK"],
      [ID, "ap-shanghai", "OK"],
      ["AKIDuser", "ap-guangzhou", "OK"],
    ]);
    assert.equal(emu.requests[3].token, "", "a user's key pair never carries our session token");
    const half = await sacvRejection(
      none.synthesize(input("只有一半。", { credentials: { secretId: "AKIDuser" } }), signal()),
    );
    assert.equal(half.status, "INVALID_ARGUMENT");
    assert.equal(half.details.field, "credentials.secret_key");
    const wrong = await sacvRejection(
      none.synthesize(
        input("错的。", { credentials: { secretId: "AKIDuser", secretKey: "nope" } }),
        signal(),
      ),
    );
    assert.equal(wrong.reason, "AuthFailure.SignatureFailure");
    assert.ok(!wrong.message.includes("nope"), "the secret is not in the error");
    const chinese = await sacvRejection(
      none.synthesize(
        input("中文令牌。", { credentials: { ...user, sessionToken: "令牌secret" } }),
        signal(),
      ),
    );
    assert.equal(chinese.status, "INVALID_ARGUMENT");
    assert.equal(chinese.details.field, "credentials.session_token");
    assert.ok(!chinese.message.includes("secret"), "the token is not in the error");
    assert.throws(
      () => provider(emu, { sessionToken: "令牌" }),
      (e) =>
        e instanceof RangeError && /TENCENTCLOUD_SESSION_TOKEN/.test(e.message) &&
        !e.message.includes("令牌"),
    );
    assert.equal(emu.requests.length, 5);
  });
});

Deno.test("PrimaryLanguage follows the voice table; the table is well-formed", async () => {
  const ids = new Set(TENCENT_VOICES.map((v) => v.id));
  assert.equal(ids.size, TENCENT_VOICES.length, "no duplicate VoiceType");
  for (const v of TENCENT_VOICES) {
    assert.match(v.id, /^\d+$/);
    assert.ok(v.gender === "female" || v.gender === "male", v.id);
    assert.match(v.language, /^(zh|en)-[A-Z]{2}$/);
  }
  const english = TENCENT_VOICES.filter((v) => v.language.startsWith("en"));
  assert.ok(english.length >= 4, "English voices beyond the two of the first round");
  await withEmulator(async (emu) => {
    const tts = provider(emu);
    for (const v of [...english, { id: "101019" }, { id: "101001" }, { id: "999999" }]) {
      await tts.synthesize(input("hello there.", { voice: v.id }), signal());
    }
    const sent = emu.requests.map((r) => [String(r.body.VoiceType), r.body.PrimaryLanguage]);
    assert.deepEqual(sent, [
      ...english.map((v) => [v.id, 2]),
      ["101019", 1],
      ["101001", 1],
      ["999999", 1],
    ]);
    assert.equal(primaryLanguage("501009"), 2);
  });
});

Deno.test("EnableSubtitle word timings are kept and shifted across joined pieces", async () => {
  await withEmulator(async (emu) => {
    const text = "字幕时间要准确。".repeat(25);
    const out = await provider(emu).synthesize(input(text), signal());
    assert.ok(emu.requests.length >= 2);
    assert.ok(emu.requests.every((r) => r.body.EnableSubtitle === true));
    const chars = Array.from(text).filter((c) => /\p{L}/u.test(c));
    assert.deepEqual(out.words!.map((w) => w.text), chars, "one timing per spoken character");
    for (let i = 1; i < out.words!.length; i++) {
      assert.ok(out.words![i].startMs >= out.words![i - 1].endMs - 1, `word ${i} in order`);
    }
    // The first word of the second piece starts where the first piece's audio ends.
    const firstPiece = Array.from(String(emu.requests[0].body.Text)).filter((c) =>
      /\p{L}/u.test(c)
    ).length;
    assert.ok(
      Math.abs(out.words![firstPiece].startMs - emu.requests[0].audioMs) <= 1,
      `${out.words![firstPiece].startMs} vs ${emu.requests[0].audioMs}`,
    );
    assert.ok(out.words!.at(-1)!.endMs <= out.durationMs + 1);
    const english = await provider(emu).synthesize(
      input("Subtitles follow words. Timing matters!", { voice: "101050", speed: 1.5 }),
      signal(),
    );
    assert.deepEqual(english.words!.map((w) => w.text), [
      "Subtitles",
      "follow",
      "words",
      "Timing",
      "matters",
    ]);
    assert.ok(english.words!.at(-1)!.endMs <= english.durationMs + 1);
    const off = await provider(emu).synthesize(
      input("不要字幕。", { options: { subtitles: "0" } }),
      signal(),
    );
    assert.deepEqual(off.words, []);
  });
});

Deno.test("long SSML is split only between tags, each piece a whole document", async () => {
  await withEmulator(async (emu) => {
    const sentence = '这是<prosody rate="fast">一段很快的</prosody>解说。<break time="200ms"/>';
    const text = `<speak>${sentence.repeat(12)}</speak>`;
    await provider(emu).synthesize(input(text), signal());
    assert.ok(emu.requests.length >= 2, `${emu.requests.length} pieces`);
    for (const r of emu.requests) {
      const piece = String(r.body.Text);
      assert.equal(r.outcome, "OK");
      assert.ok(Array.from(piece).length <= 150);
      assert.ok(piece.startsWith("<speak>") && piece.endsWith("</speak>"), piece);
      const tags = piece.match(/<[^<>]*>/g) ?? [];
      assert.equal(tags.join("").length, piece.length - ssmlText(piece).length, "no broken tag");
      assert.ok(!/<[^>]*$/.test(piece) && !/^[^<]*>/.test(piece), piece);
      const depth = tags.reduce((d, t) => {
        if (t.endsWith("/>")) return d;
        const next = t.startsWith("</") ? d - 1 : d + 1;
        assert.ok(next >= 0, `unbalanced ${piece}`);
        return next;
      }, 0);
      assert.equal(depth, 0, `balanced: ${piece}`);
    }
    const spoken = emu.requests.map((r) => ssmlText(String(r.body.Text))).join("");
    assert.equal(spoken, ssmlText(text), "every spoken character is sent once, in order");
  });
});

Deno.test("Chinese, emoji and control characters in text and voice ids never crash", async () => {
  await withEmulator(async (emu) => {
    const tts = provider(emu);
    const out = await tts.synthesize(input("表情😀和控制符\u0007\u0000也能读。🎬"), signal());
    assert.ok(out.durationMs > 0);
    for (const voice of ["智瑜", "😀", "1\u0000", "", "1".repeat(5000)]) {
      const err = await sacvRejection(tts.synthesize(input("你好。", { voice }), signal()));
      assert.equal(err.status, "INVALID_ARGUMENT");
      assert.equal(err.details.field, "voice");
    }
    assert.equal(emu.requests.length, 1);
  });
});
