import assert from "node:assert/strict";
import { loadConfig, parseProviderLimits, recommendedMaxWorkers } from "./config.ts";

Deno.test("loadConfig applies defaults", () => {
  const c = loadConfig({}, 2);
  assert.equal(c.addr, "127.0.0.1:50052");
  assert.equal(c.listen, "127.0.0.1:50052");
  assert.equal(c.maxWorkers, 8);
  assert.deepEqual(c.providerLimits, {});
  assert.equal(c.defaultProvider, "local");
  assert.equal(c.tencent.protocol, "https://");
  assert.equal(c.tencent.endpoint, "tts.tencentcloudapi.com");
  assert.equal(c.tencent.region, "ap-guangzhou");
  assert.equal(c.tencent.secretId, undefined);
  assert.equal(c.logLevel, "info");
  assert.equal(recommendedMaxWorkers(64), 16);
  assert.equal(recommendedMaxWorkers(1), 4);
});

Deno.test("loadConfig reads every variable", () => {
  const c = loadConfig({
    SACV_TTS_ADDR: "dns:///tts:50052",
    SACV_TTS_MAX_WORKERS: "5",
    SACV_TTS_PROVIDER_LIMITS: "tencent=20, local=2",
    SACV_TTS_DEFAULT_PROVIDER: "fake",
    TENCENTCLOUD_SECRET_ID: "id",
    TENCENTCLOUD_SECRET_KEY: "key",
    SACV_TENCENT_TTS_ENDPOINT: "127.0.0.1:9000",
    SACV_TENCENT_TTS_PROTOCOL: "http://",
    TENCENTCLOUD_SESSION_TOKEN: "sts-token",
    SACV_OPENAI_TTS_BASE_URL: "http://127.0.0.1:9880",
    SACV_OPENAI_TTS_API_KEY: "sk-local",
    SACV_OPENAI_TTS_MODEL: "cosyvoice",
    SACV_OPENAI_TTS_VOICES: "中文女=zh-CN,中文男=zh-CN",
    SACV_EDGE_TTS_ENDPOINT: "ws://127.0.0.1:9001/consumer/speech/synthesize/readaloud/edge/v1",
    SACV_LOG_LEVEL: "debug",
    SACV_INTERNAL_TOKEN: " tok ",
  });
  assert.deepEqual(c.openai, {
    baseUrl: "http://127.0.0.1:9880",
    apiKey: "sk-local",
    model: "cosyvoice",
    voices: "中文女=zh-CN,中文男=zh-CN",
  });
  assert.equal(c.edge.endpoint, "ws://127.0.0.1:9001/consumer/speech/synthesize/readaloud/edge/v1");
  // A service name is a dial target: bind loopback unless 0.0.0.0 is given.
  assert.equal(c.listen, "127.0.0.1:50052");
  assert.equal(c.internalToken, "tok");
  assert.equal(c.maxWorkers, 5);
  assert.deepEqual(c.providerLimits, { tencent: 20, local: 2 });
  assert.equal(c.defaultProvider, "fake");
  assert.deepEqual(c.tencent, {
    secretId: "id",
    secretKey: "key",
    sessionToken: "sts-token",
    region: "ap-guangzhou",
    endpoint: "127.0.0.1:9000",
    protocol: "http://",
  });
  assert.equal(c.logLevel, "debug");
});

Deno.test("bad values are refused naming the variable and the entry", () => {
  assert.throws(() => loadConfig({ SACV_TTS_MAX_WORKERS: "0" }), /'SACV_TTS_MAX_WORKERS'.*0/);
  assert.throws(
    () => loadConfig({ SACV_TTS_DEFAULT_PROVIDER: "azure" }),
    /DEFAULT_PROVIDER.*azure/,
  );
  assert.throws(() => loadConfig({ SACV_TENCENT_TTS_PROTOCOL: "ftp://" }), /PROTOCOL.*ftp/);
  assert.throws(
    () => loadConfig({ SACV_OPENAI_TTS_BASE_URL: "127.0.0.1:9880" }),
    /OPENAI_TTS_BASE_URL/,
  );
  assert.throws(
    () => loadConfig({ SACV_EDGE_TTS_ENDPOINT: "https://x/edge/v1" }),
    /EDGE_TTS_ENDPOINT/,
  );
  assert.deepEqual(parseProviderLimits("edge=3,openai=2"), { edge: 3, openai: 2 });
  assert.throws(() => parseProviderLimits("tencent=20,local"), /entry 'local' is not name=limit/);
  assert.throws(() => parseProviderLimits("azure=3"), /entry 'azure=3' names an unknown provider/);
  assert.throws(() => parseProviderLimits("local=0"), /entry 'local=0' must have a limit/);
  assert.throws(() => parseProviderLimits("local=1,local=2"), /repeats/);
  assert.throws(() => parseProviderLimits("local=1.5"), /'local=1.5'/);
});
