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
    SACV_LOG_LEVEL: "debug",
    SACV_INTERNAL_TOKEN: " tok ",
  });
  // A service name is a dial target: bind loopback unless 0.0.0.0 is given.
  assert.equal(c.listen, "127.0.0.1:50052");
  assert.equal(c.internalToken, "tok");
  assert.equal(c.maxWorkers, 5);
  assert.deepEqual(c.providerLimits, { tencent: 20, local: 2 });
  assert.equal(c.defaultProvider, "fake");
  assert.deepEqual(c.tencent, {
    secretId: "id",
    secretKey: "key",
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
  assert.throws(() => parseProviderLimits("tencent=20,local"), /entry 'local' is not name=limit/);
  assert.throws(() => parseProviderLimits("azure=3"), /entry 'azure=3' names an unknown provider/);
  assert.throws(() => parseProviderLimits("local=0"), /entry 'local=0' must have a limit/);
  assert.throws(() => parseProviderLimits("local=1,local=2"), /repeats/);
  assert.throws(() => parseProviderLimits("local=1.5"), /'local=1.5'/);
});
