import assert from "node:assert/strict";
import { createProviders, ProviderRegistry } from "./registry.ts";
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

Deno.test("the service offers local, tencent and fake; tencent without keys is unavailable", async () => {
  const registry = new ProviderRegistry(createProviders(loadConfig({})), "local");
  try {
    assert.deepEqual(registry.all().map((p) => p.name), ["local", "tencent", "fake"]);
    const tencent = registry.get("tencent").availability();
    assert.equal(tencent.ok, false);
    assert.match(tencent.reason ?? "", /TENCENTCLOUD_SECRET_ID/);
    assert.equal(registry.get("local").availability().ok, true);
  } finally {
    await registry.close();
  }
});
