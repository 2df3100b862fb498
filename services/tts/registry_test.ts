import assert from "node:assert/strict";
import { createProviders, disabledProviders, ProviderRegistry } from "./registry.ts";
import { createFakeProvider } from "./providers/fake.ts";
import { loadConfig } from "./config.ts";
import { SacvError } from "../common/errors.ts";

Deno.test("registry resolves names, the default for an empty name, and names the field", () => {
  const fake = createFakeProvider();
  const registry = new ProviderRegistry([fake], "fake");
  assert.equal(registry.get(""), fake);
  assert.equal(registry.get("fake"), fake);
  assert.throws(
    () => registry.get("azure"),
    (e: unknown) =>
      e instanceof SacvError && e.status === "INVALID_ARGUMENT" && e.details.field === "provider",
  );
  assert.throws(() => new ProviderRegistry([fake], "local"), /default provider/);
  assert.throws(() => new ProviderRegistry([fake, fake], "fake"), /twice/);
});

Deno.test("the service offers local, tencent, edge, openai and fake; keyless ones are available", async () => {
  const config = loadConfig({ SACV_TTS_ENABLE_FAKE: "1" });
  const registry = new ProviderRegistry(createProviders(config), "local", {
    disabled: disabledProviders(config),
  });
  try {
    assert.deepEqual(registry.all().map((p) => p.name), [
      "local",
      "tencent",
      "edge",
      "openai",
      "fake",
    ]);
    assert.equal(registry.get("edge").availability().ok, true, "edge needs no key");
    assert.match(registry.get("openai").availability().reason ?? "", /SACV_OPENAI_TTS_BASE_URL/);
    assert.equal(registry.get("openai").availability({ baseUrl: "http://127.0.0.1:1" }).ok, true);
    const tencent = registry.get("tencent").availability();
    assert.equal(tencent.ok, false);
    assert.match(tencent.reason ?? "", /TENCENTCLOUD_SECRET_ID/);
    assert.equal(registry.get("local").availability().ok, true);
  } finally {
    await registry.close();
  }
});

Deno.test("without SACV_TTS_ENABLE_FAKE=1 the fake provider is not offered and asking for it names the field", async () => {
  const config = loadConfig({});
  assert.equal(config.enableFake, false);
  const registry = new ProviderRegistry(createProviders(config), "local", {
    disabled: disabledProviders(config),
  });
  try {
    assert.deepEqual(registry.all().map((p) => p.name), ["local", "tencent", "edge", "openai"]);
    assert.throws(
      () => registry.get("fake"),
      (e: unknown) =>
        e instanceof SacvError && e.status === "FAILED_PRECONDITION" &&
        e.reason === "PROVIDER_DISABLED" && e.details.field === "provider" &&
        /^provider: 'fake' is not enabled.*SACV_TTS_ENABLE_FAKE=1/.test(e.message),
    );
  } finally {
    await registry.close();
  }
  assert.throws(
    () => loadConfig({ SACV_TTS_DEFAULT_PROVIDER: "fake" }),
    /'SACV_TTS_DEFAULT_PROVIDER'.*SACV_TTS_ENABLE_FAKE=1/,
  );
  assert.throws(
    () => loadConfig({ SACV_TTS_ENABLE_FAKE: "maybe" }),
    /'SACV_TTS_ENABLE_FAKE'.*maybe/,
  );
  assert.equal(loadConfig({ SACV_TTS_ENABLE_FAKE: "0" }).enableFake, false);
});
