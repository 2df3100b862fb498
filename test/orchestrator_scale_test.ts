// Scaling out with real processes: one job's TTS items land on every replica of a comma-separated
// address list, a replica started mid-job gets items within 10 s, SetLimits reaches every replica,
// and the orchestrator's /metrics shows the replicas and the task.
import assert from "node:assert/strict";
import { join } from "node:path";
import { createClient, unary } from "../services/common/client.ts";
import { makeVideo } from "./support/media_fixtures.ts";
import { freePort, type SpawnedService, spawnService } from "./support/spawn_service.ts";
import { startStack, type StreamEvent, watchEvents } from "./support/stack.ts";
import { createProject, getTask, poll } from "./support/stack_calls.ts";
import { replicaTag } from "../services/orchestrator/pipelines/speech.ts";

interface Limits {
  global_limit: number;
  global_in_flight: number;
  global_queued: number;
}

const TTS_ENV = {
  SACV_TTS_DEFAULT_PROVIDER: "fake",
  SACV_TTS_MAX_WORKERS: "2",
  SACV_LOG_LEVEL: "warn",
};

Deno.test("TTS replicas: one job spreads over all, a new replica gets items within 10 s", async () => {
  const extra = await Promise.all([spawnService("tts", TTS_ENV), spawnService("tts", TTS_ENV)]);
  const lateAddr = `127.0.0.1:${freePort()}`;
  const metricsPort = freePort();
  let late: SpawnedService | undefined;
  const stack = await startStack({
    ttsEnv: TTS_ENV,
    extraTtsAddrs: [...extra.map((s) => s.addr), lateAddr],
    orchestratorEnv: {
      SACV_METRICS_ADDR: `127.0.0.1:${metricsPort}`,
      SACV_LOG_LEVEL: "warn",
    },
  });
  const clients = [stack.tts, ...extra].map((s) => createClient("sacv.tts.v1.TtsService", s.addr));
  try {
    await makeVideo(join(stack.mediaRoot, "source.mp4"), {
      duration: 7.5,
      width: 160,
      height: 120,
    });

    // One SetLimits reaches every running replica.
    await stack.call("UpdateConcurrency", { scopes: { tts: { max_workers: 3 } } });
    for (const c of clients) {
      await poll(
        () => unary<unknown, Limits>(c, "GetLimits", {}),
        (l) => l.global_limit === 3,
        "limit 3",
      );
    }
    await stack.call("UpdateConcurrency", { scopes: { tts: { max_workers: 2 } } });
    for (const c of clients) {
      await poll(
        () => unary<unknown, Limits>(c, "GetLimits", {}),
        (l) => l.global_limit === 2,
        "limit 2",
      );
    }

    const segments = Array.from({ length: 30 }, (_, i) => ({
      id: `扩容${i}`,
      start_time: i * 0.25,
      end_time: i * 0.25 + 0.25,
      text: `第${i}段：副本扩容测试`,
    }));
    const projectId = await createProject(stack, "扩容", segments);
    const watch = watchEvents(stack.client, projectId);
    const { task } = await stack.call<{ task: { task_id: string } }>("SubmitTask", {
      project_id: projectId,
      scope: "generate_video",
      tts: { provider: "fake", options: { latency_ms: "3000" } },
    });
    // Mid-job: the first syntheses are done, most are still waiting.
    await poll(
      () => getTask(stack, task.task_id),
      (t) => t.segments.some((x) => x.provider === "fake"),
      "first synthesis",
    );
    late = await spawnService("tts", { ...TTS_ENV, SACV_TTS_ADDR: lateAddr });
    const started = Date.now();
    const lateClient = createClient("sacv.tts.v1.TtsService", lateAddr);
    try {
      await poll(
        () => unary<unknown, Limits>(lateClient, "GetLimits", {}),
        (l) => l.global_in_flight + l.global_queued > 0,
        "the new replica to get items",
        10_000,
      );
    } finally {
      lateClient.close();
    }
    const waited = Date.now() - started;

    const end = await watch.waitFor(
      (e) => e.task_id === task.task_id && ["completed", "error"].includes(e.type),
      120_000,
    );
    watch.close();
    assert.equal(end.type, "completed", end.message);
    const byReplica = new Map<string, number>();
    for (const e of watch.events as StreamEvent[]) {
      if (e.phase !== "tts_generate_progress" || !e.data_json) continue;
      const r = JSON.parse(e.data_json).replica as string;
      byReplica.set(r, (byReplica.get(r) ?? 0) + 1);
    }
    // Events name replicas by an opaque tag, never by their internal address.
    const all = [stack.tts.addr, ...extra.map((s) => s.addr), lateAddr].map(replicaTag);
    assert.deepEqual(
      [...byReplica.keys()].sort(),
      [...all].sort(),
      `items per replica: ${JSON.stringify([...byReplica])}`,
    );
    assert.equal([...byReplica.values()].reduce((a, b) => a + b), 30);
    console.log(
      `new replica got items ${waited} ms after it was ready; per replica:`,
      Object.fromEntries(byReplica),
    );

    // Every series also carries the service="orchestrator" label.
    const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    const series = (name: string, labels: string) =>
      text.split("\n").find((l) => l.startsWith(`${name}{`) && l.includes(labels))?.split(" ")[1];
    assert.equal(series("sacv_orchestrator_replicas", 'service="tts",state="known"'), "4");
    assert.equal(series("sacv_orchestrator_replicas", 'service="tts",state="ready"'), "4");
    assert.equal(
      series(
        "sacv_orchestrator_task_duration_seconds_count",
        'scope="generate_video",status="completed"',
      ),
      "1",
    );
    assert.equal(series("sacv_orchestrator_queue_depth", 'scope="generate_video"'), "0");
  } finally {
    for (const c of clients) c.close();
    await stack.stop();
    await Promise.all([...extra, ...(late ? [late] : [])].map((s) => s.stop()));
  }
});
