import assert from "node:assert/strict";
import { join } from "node:path";
import { SacvError } from "../common/errors.ts";
import { MASK, TTS_CONFIGS_FILE, TtsConfigStore } from "./tts_configs.ts";
import { withStoredCredentials } from "./tts_credentials.ts";
import type { Clients, TtsItem } from "./clients.ts";

const field = (name: string) => (e: unknown) => e instanceof SacvError && e.details.field === name;

Deno.test("TTS configs: stored 0600, secrets masked, '***' keeps them, one active, survives reopen", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const store = new TtsConfigStore(dir);
    assert.deepEqual(store.list(), { configs: [], active_config_id: "" });
    const saved = store.update("tencent_tts_default", {
      provider: "tencent",
      secret_id: " AKID-secret ",
      secret_key: "k3y",
      region: "ap-shanghai",
      speed_ratio: 1.2,
      active_voice_id: "101001",
    });
    assert.equal(saved.secret_id, MASK);
    assert.equal(saved.secret_key, MASK);
    assert.equal(saved.api_key, "");
    assert.equal(saved.enabled, false);
    const path = join(dir, TTS_CONFIGS_FILE);
    assert.equal((await Deno.stat(path)).mode! & 0o777, 0o600);
    const onDisk = await Deno.readTextFile(path);
    assert.match(onDisk, /AKID-secret/, "secrets are kept in clear only in the 0600 file");
    assert.doesNotMatch(JSON.stringify(store.list()), /AKID|k3y/);

    // A client sending back what it read ("***") must not overwrite the secret.
    store.update("tencent_tts_default", { secret_id: MASK, secret_key: MASK, enabled: true });
    assert.equal(store.credentialsFor("tencent")?.secret_id, "AKID-secret");
    assert.equal(store.credentialsFor("tencent")?.region, "ap-shanghai");
    assert.equal(store.credentialsFor("local"), undefined);

    store.update("local_tts_default", { provider: "local" });
    assert.equal(store.activeId(), "tencent_tts_default");
    store.activate("local_tts_default");
    assert.equal(store.activeId(), "local_tts_default");
    assert.equal(store.list().configs.filter((c) => c.enabled).length, 1);
    assert.deepEqual(store.defaults(), { configId: "local_tts_default", provider: "local" });
    // Still found for tencent although another config is active.
    assert.equal(store.credentialsFor("tencent")?.secret_key, "k3y");

    await Deno.chmod(path, 0o644);
    const reopened = new TtsConfigStore(dir);
    assert.equal((await Deno.stat(path)).mode! & 0o777, 0o600, "mode tightened on load");
    assert.equal(reopened.activeId(), "local_tts_default");
    assert.equal(reopened.credentialsFor("tencent")?.secret_id, "AKID-secret");
    reopened.activate("tencent_tts_default");
    assert.deepEqual(reopened.defaults(), {
      configId: "tencent_tts_default",
      provider: "tencent",
      voice: "101001",
      speed: 1.2,
    });
    reopened.update("tencent_tts_default", { secret_id: "", secret_key: "" });
    assert.equal(reopened.credentialsFor("tencent"), undefined, "'' clears the secrets");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("TTS configs: bad ids, providers, speeds and control characters are named", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const store = new TtsConfigStore(dir);
    assert.throws(() => store.update("../x", {}), field("config_id"));
    assert.throws(() => store.update("a".repeat(65), {}), field("config_id"));
    assert.throws(() => store.update("ok", { provider: "腾讯" }), field("provider"));
    assert.throws(() => store.update("ok", { speed_ratio: 0 }), field("speed_ratio"));
    assert.throws(() => store.update("ok", { speed_ratio: Number.NaN }), field("speed_ratio"));
    assert.throws(() => store.update("ok", { secret_key: "a\u0000b" }), field("secret_key"));
    assert.throws(() => store.update("ok", { secret_id: "AKID秘密" }), field("secret_id"));
    assert.throws(() => store.update("ok", { api_key: "sk 1" }), field("api_key"));
    assert.throws(() => store.update("ok", { region: "x".repeat(10_000) }), field("region"));
    assert.throws(
      () => store.get("nope"),
      (e) => e instanceof SacvError && e.status === "NOT_FOUND",
    );
    assert.deepEqual(store.list().configs, [], "nothing half-written");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("withStoredCredentials adds the stored credentials to items of that provider only", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const store = new TtsConfigStore(dir);
    store.update("t", { provider: "tencent", secret_id: "id1", secret_key: "key1" });
    const seen: TtsItem[][] = [];
    const clients = {
      tts: {
        pool: {} as Clients["tts"]["pool"],
        synthesizeMany: (items: readonly TtsItem[]) => (seen.push([...items]), Promise.resolve()),
      },
    } as unknown as Pick<Clients, "tts">;
    const wrapped = withStoredCredentials(clients, store);
    await wrapped.tts.synthesizeMany([
      { request_id: "a", text: "x", provider: "tencent" },
      { request_id: "b", text: "y", provider: "local" },
      { request_id: "c", text: "z" },
    ], { onResult: () => {} });
    const [a, b, c] = seen[0] as (TtsItem & { credentials?: { secret_key: string } })[];
    assert.equal(a.credentials?.secret_key, "key1");
    assert.equal(b.credentials, undefined);
    assert.equal(c.credentials, undefined);
    // A change is seen by the next synthesis without a restart.
    store.update("t", { secret_key: "key2" });
    await wrapped.tts.synthesizeMany([{ request_id: "a", text: "x", provider: "tencent" }], {
      onResult: () => {},
    });
    assert.equal(
      (seen[1][0] as { credentials?: { secret_key: string } }).credentials?.secret_key,
      "key2",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
