// One orchestrator job over three TTS replicas that share one Tencent quota through a real
// redis-server: the job's items are spread over all three, and the emulator (real SDK in every
// replica) sees exactly the shared limit of 4 calls at once, never more.
import assert from "node:assert/strict";
import { join } from "node:path";
import { makeVideo } from "./support/media_fixtures.ts";
import { startRedis } from "./support/redis_server.ts";
import { type SpawnedService, spawnService } from "./support/spawn_service.ts";
import { startStack, watchEvents } from "./support/stack.ts";
import { createProject } from "./support/stack_calls.ts";
import { startTencentEmulator } from "./tencent_emulator.ts";
import { replicaTag } from "../services/orchestrator/pipelines/speech.ts";

const ID = "AKIDorchredis";
const KEY = "orch-redis-key";

Deno.test("orchestrator job over three TTS replicas sharing tencent=4 in Redis", async () => {
  const redis = await startRedis();
  const emu = await startTencentEmulator({ credentials: { [ID]: KEY }, latencyMs: 300 });
  const ttsEnv = {
    SACV_REDIS_URL: redis.url,
    SACV_TTS_PROVIDER_LIMITS: "tencent=4",
    SACV_TTS_MAX_WORKERS: "16",
    SACV_TTS_DEFAULT_PROVIDER: "tencent",
    SACV_TTS_CACHE_MB: "0",
    SACV_TENCENT_TTS_ENDPOINT: emu.endpoint,
    SACV_TENCENT_TTS_PROTOCOL: "http://",
    TENCENTCLOUD_SECRET_ID: ID,
    TENCENTCLOUD_SECRET_KEY: KEY,
    SACV_LOG_LEVEL: "error",
  };
  const extra: SpawnedService[] = [];
  for (let i = 0; i < 2; i++) extra.push(await spawnService("tts", ttsEnv));
  const stack = await startStack({
    ttsEnv,
    extraTtsAddrs: extra.map((s) => s.addr),
    orchestratorEnv: { SACV_LOG_LEVEL: "warn" },
  });
  try {
    await makeVideo(join(stack.mediaRoot, "source.mp4"), { duration: 6, width: 160, height: 120 });
    // Each replica's global gate (16) is far above the provider quota: only Redis holds it at 4.
    await stack.call("UpdateConcurrency", { scopes: { tts: { max_workers: 16 } } });
    const segments = Array.from({ length: 24 }, (_, i) => ({
      id: `共享${i}`,
      start_time: i * 0.25,
      end_time: i * 0.25 + 0.25,
      text: `第${i}段：三个副本共用一个配额。`,
    }));
    const projectId = await createProject(stack, "共享配额", segments);
    const watch = watchEvents(stack.client, projectId);
    const { task } = await stack.call<{ task: { task_id: string } }>("SubmitTask", {
      project_id: projectId,
      scope: "generate_video",
      tts: { provider: "tencent" },
    });
    const end = await watch.waitFor(
      (e) => e.task_id === task.task_id && ["completed", "error"].includes(e.type),
      120_000,
    );
    watch.close();
    assert.equal(end.type, "completed", end.message);
    assert.equal(emu.maxInFlight, 4, "the shared quota was reached and never exceeded");
    assert.equal(emu.requests.filter((r) => r.outcome === "OK").length, 24);
    const replicas = new Set(
      watch.events.filter((e) => e.phase === "tts_generate_progress")
        .map((e) => JSON.parse(e.data_json).replica as string),
    );
    assert.deepEqual(
      [...replicas].sort(),
      [stack.tts.addr, ...extra.map((s) => s.addr)].map(replicaTag).sort(),
    );
  } finally {
    await stack.stop();
    await Promise.all(extra.map((s) => s.stop()));
    await emu.close();
    await redis.stop();
  }
});
