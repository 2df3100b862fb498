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
  assert.equal(c.enableFake, false);
  assert.equal(c.retryBudgetMs, 120_000);
  assert.equal(c.cacheDir, "data/tts_cache");
  assert.equal(c.cacheDiskBytes, 1024 * 1024 * 1024);
  assert.equal(c.redisUrl, undefined);
  assert.equal(c.leaseMs, 10_000);
  assert.equal(loadConfig({ SACV_DATA_DIR: "/srv/sacv" }).cacheDir, "/srv/sacv/tts_cache");
  assert.equal(recommendedMaxWorkers(64), 16);
  assert.equal(recommendedMaxWorkers(1), 4);
});

Deno.test("loadConfig reads every variable", () => {
  const c = loadConfig({
    SACV_TTS_ADDR: "dns:///tts:50052",
    SACV_TTS_MAX_WORKERS: "5",
    SACV_TTS_PROVIDER_LIMITS: "tencent=20, local=2",
    SACV_TTS_DEFAULT_PROVIDER: "fake",
    SACV_TTS_ENABLE_FAKE: "1",
    SACV_TTS_RETRY_BUDGET_MS: "5000",
    SACV_TTS_CACHE_DIR: "/tmp/cache 缓存",
    SACV_TTS_CACHE_DISK_MB: "0",
    SACV_REDIS_URL: "redis://redis:6379/2",
    SACV_TTS_LEASE_MS: "3000",
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
  assert.equal(c.enableFake, true);
  assert.equal(c.retryBudgetMs, 5000);
  assert.equal(c.cacheDir, "/tmp/cache 缓存");
  assert.equal(c.cacheDiskBytes, 0);
  assert.equal(c.redisUrl, "redis://redis:6379/2");
  assert.equal(c.leaseMs, 3000);
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
  assert.throws(
    () => loadConfig({ SACV_REDIS_URL: "localhost:6379" }),
    /'SACV_REDIS_URL'.*localhost/,
  );
  assert.throws(() => loadConfig({ SACV_REDIS_URL: "http://x:1" }), /'SACV_REDIS_URL'/);
  assert.throws(() => loadConfig({ SACV_TTS_LEASE_MS: "10" }), /'SACV_TTS_LEASE_MS'.*10/);
  assert.throws(
    () => loadConfig({ SACV_TTS_RETRY_BUDGET_MS: "-1" }),
    /'SACV_TTS_RETRY_BUDGET_MS'.*-1/,
  );
  assert.throws(() => parseProviderLimits("tencent=20,local"), /entry 'local' is not name=limit/);
  assert.throws(() => parseProviderLimits("azure=3"), /entry 'azure=3' names an unknown provider/);
  assert.throws(() => parseProviderLimits("local=0"), /entry 'local=0' must have a limit/);
  assert.throws(() => parseProviderLimits("local=1,local=2"), /repeats/);
  assert.throws(() => parseProviderLimits("local=1.5"), /'local=1.5'/);
});
