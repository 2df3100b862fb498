// Three TTS processes sharing their gates through a real redis-server, the real Tencent SDK
// against the emulator: one quota for all, SetLimits everywhere within 1 s, a killed replica's
// slots back within the lease, and Redis going away and coming back mid-run.
import assert from "node:assert/strict";
import type { Limits, SynthesizeStreamResponse } from "../services/tts/messages.ts";
import {
  getLimits,
  pollUntil,
  providerLimit,
  setLimits,
  synthesizeStream,
  ttsClient,
} from "../services/tts/test_client.ts";
import { startRedis } from "./support/redis_server.ts";
import { type SpawnedService, spawnService } from "./support/spawn_service.ts";
import { startTencentEmulator } from "./tencent_emulator.ts";

const ID = "AKIDreplicastest";
const KEY = "replicas-test-key";
const LEASE_MS = 2_000;

const items = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    request_id: `${prefix}${i}`,
    text: `副本${prefix}第${i}段解说。`,
    provider: "tencent",
    no_cache: true,
  }));

const ok = (r: SynthesizeStreamResponse[]) => r.filter((i) => i.result).length;

Deno.test("three TTS replicas share one Tencent quota through Redis", async (t) => {
  const redis = await startRedis();
  const emu = await startTencentEmulator({ credentials: { [ID]: KEY }, latencyMs: 40 });
  const env = {
    SACV_REDIS_URL: redis.url,
    SACV_TTS_LEASE_MS: String(LEASE_MS),
    SACV_TTS_PROVIDER_LIMITS: "tencent=4",
    SACV_TTS_MAX_WORKERS: "16",
    SACV_TTS_DEFAULT_PROVIDER: "tencent",
    SACV_TENCENT_TTS_ENDPOINT: emu.endpoint,
    SACV_TENCENT_TTS_PROTOCOL: "http://",
    TENCENTCLOUD_SECRET_ID: ID,
    TENCENTCLOUD_SECRET_KEY: KEY,
    SACV_LOG_LEVEL: "error",
  };
  const replicas: SpawnedService[] = [];
  for (let i = 0; i < 3; i++) replicas.push(await spawnService("tts", env));
  const clients = replicas.map((r) => ttsClient(r.addr));
  const limitsOf = (i: number) => getLimits(clients[i]);
  try {
    await t.step("every replica is in shared mode and sees the others", async () => {
      for (let i = 0; i < 3; i++) {
        const l = await pollUntil(
          () => limitsOf(i),
          (l) => l.replicas === 3,
          `replica ${i} sees 3`,
        );
        assert.equal(l.mode, "shared");
      }
    });

    await t.step("60 items over three replicas with tencent=4: exactly 4 at the API", async () => {
      const runs = [0, 1, 2].map((i) => synthesizeStream(clients[i], items(`a${i}-`, 20)).done);
      const results = await Promise.all(runs);
      assert.deepEqual(results.map(ok), [20, 20, 20]);
      assert.equal(emu.maxInFlight, 4, "the shared limit was reached and never exceeded");
    });

    await t.step("one SetLimits is seen by all three within 1 s", async () => {
      const started = Date.now();
      await setLimits(clients[0], 0, { tencent: 6 });
      for (const i of [1, 2]) {
        await pollUntil(
          () => limitsOf(i),
          (l) => providerLimit(l, "tencent").limit === 6,
          `replica ${i} sees tencent=6`,
          1_000,
        );
      }
      const ms = Date.now() - started;
      assert.ok(ms <= 1_000, `${ms} ms`);
      emu.reset();
      const results = await Promise.all(
        [0, 1, 2].map((i) => synthesizeStream(clients[i], items(`b${i}-`, 12)).done),
      );
      assert.deepEqual(results.map(ok), [12, 12, 12]);
      assert.equal(emu.maxInFlight, 6);
      await setLimits(clients[2], 0, { tencent: 4 });
      await pollUntil(
        () => limitsOf(0),
        (l) => providerLimit(l, "tencent").limit === 4,
        "back to 4",
      );
    });

    await t.step("kill -9 a replica holding slots: its slots return within the lease", async () => {
      emu.reset();
      emu.hold();
      const streams = [0, 1, 2].map((i) => synthesizeStream(clients[i], items(`c${i}-`, 10)));
      for (const s of streams) s.done.catch(() => {});
      await emu.waitUntil(() => emu.inFlight === 4, "4 requests held at the API");
      const held = await Promise.all([0, 1, 2].map(async (i) => {
        return providerLimit(await limitsOf(i), "tencent").in_flight;
      }));
      const victim = held.findIndex((n) => n > 0);
      assert.ok(victim >= 0, `some replica holds slots: ${held}`);
      const survivors = [0, 1, 2].filter((i) => i !== victim);
      const killed = Date.now();
      Deno.kill(-replicas[victim].pid, "SIGKILL");
      await replicas[victim].stop();
      // Its requests to the API closed with it; its leases stay in Redis until they expire.
      await emu.waitUntil(() => emu.inFlight === 4 - held[victim], "the victim's requests closed");
      await emu.waitUntil(
        () => emu.inFlight === 4,
        "survivors to take the freed slots",
        LEASE_MS + 5_000,
      );
      const back = Date.now() - killed;
      assert.ok(back <= LEASE_MS + 1_000, `slots back after ${back} ms (lease ${LEASE_MS} ms)`);
      const l: Limits = await limitsOf(survivors[0]);
      assert.equal(providerLimit(l, "tencent").shared_in_flight, 4);
      emu.release();
      const done = await Promise.all(survivors.map((i) => streams[i].done));
      assert.deepEqual(done.map(ok), [10, 10]);
      // What the dead replica never answered is sent again to the others and completes.
      const answered = new Set(streams[victim].items.map((i) => i.result?.request_id));
      const rest = items(`c${victim}-`, 10).filter((i) => !answered.has(i.request_id));
      const again = await synthesizeStream(clients[survivors[0]], rest).done;
      assert.equal(ok(again), rest.length);
      assert.ok(emu.maxInFlight <= 4);
      replicas.splice(victim, 1);
      clients.splice(victim, 1)[0].close();
    });

    await t.step(
      "Redis stops mid-run: items complete on local gates; back: shared again",
      async () => {
        emu.reset();
        emu.latencyMs = 60;
        const runs = [0, 1].map((i) => synthesizeStream(clients[i], items(`d${i}-`, 20)));
        await emu.waitUntil(() => emu.requests.length >= 8, "the run to be under way");
        await redis.stop(true);
        for (const i of [0, 1]) {
          await pollUntil(
            () => limitsOf(i),
            (l) => l.mode === "fallback",
            `replica ${i} falls back`,
          );
        }
        const results = await Promise.all(runs.map((r) => r.done));
        assert.deepEqual(results.map(ok), [20, 20], "no item failed");
        // Calls running at the switch finish as they are; new ones get this replica's share.
        const share = Math.max(1, Math.floor(4 / (await limitsOf(0)).replicas));
        for (const i of [0, 1]) {
          assert.equal(providerLimit(await limitsOf(i), "tencent").effective_limit, share);
        }
        emu.reset();
        const local = await Promise.all(
          [0, 1].map((i) => synthesizeStream(clients[i], items(`l${i}-`, 10)).done),
        );
        assert.deepEqual(local.map(ok), [10, 10]);
        assert.ok(emu.maxInFlight <= 2 * share, `${emu.maxInFlight} at the API, share ${share}`);
        assert.ok(emu.maxInFlight <= 4);

        await redis.start();
        for (const i of [0, 1]) {
          await pollUntil(
            () => limitsOf(i),
            (l) => l.mode === "shared",
            `replica ${i} shared again`,
          );
        }
        emu.reset();
        emu.latencyMs = 40;
        const after = await Promise.all(
          [0, 1].map((i) => synthesizeStream(clients[i], items(`e${i}-`, 16)).done),
        );
        assert.deepEqual(after.map(ok), [16, 16]);
        assert.equal(
          emu.maxInFlight,
          4,
          "one shared limit of 4 again (local shares would allow 2)",
        );
      },
    );
  } finally {
    for (const c of clients) c.close();
    await Promise.all(replicas.map((r) => r.stop()));
    await emu.close();
    await redis.stop();
  }
});
