// Restarts are absorbed: the TTS or media process killed (-9) mid-job and restarted → the same
// job completes; the first job right after a restart completes; a dependency that stays down
// fails the job naming the segment, stage, provider and code. Real processes throughout.
import assert from "node:assert/strict";
import { join } from "node:path";
import { makeVideo } from "./support/media_fixtures.ts";
import type { SpawnedService } from "./support/spawn_service.ts";
import type { Task } from "../services/orchestrator/messages.ts";
import { type Stack, startStack, watchEvents } from "./support/stack.ts";
import { createProject, getTask, isTerminal, poll } from "./support/stack_calls.ts";

/** Creates a project of `n` 0.4 s narration segments (text unique to `tag`) and submits it. */
async function submit(s: Stack, tag: string, n: number, latencyMs: number): Promise<string> {
  const segments = Array.from({ length: n }, (_, i) => ({
    id: `${tag}段${i}`,
    start_time: i * 0.4,
    end_time: i * 0.4 + 0.4,
    text: `${tag}第${i}段解说`,
  }));
  const res = await s.call<{ task: Task }>("SubmitTask", {
    project_id: await createProject(s, tag, segments),
    scope: "generate_video",
    tts: { provider: "fake", options: { latency_ms: String(latencyMs) } },
  });
  return res.task.task_id;
}

/** kill -9 of the service's process group (its ffmpeg children too), as a crash would. */
function kill9(svc: SpawnedService): void {
  Deno.kill(-svc.pid, "SIGKILL");
}

const countStatus = (t: Task, ...statuses: string[]) =>
  t.segments.filter((x) => statuses.includes(x.status)).length;

/** Waits for the task's one terminal event and returns it. */
async function outcome(s: Stack, taskId: string, watch = watchEvents(s.client)) {
  try {
    return await watch.waitFor((e) => e.task_id === taskId && isTerminal(e), 120_000);
  } finally {
    watch.close();
  }
}

Deno.test("orchestrator survives TTS and media restarts", async (t) => {
  const stack = await startStack({
    ttsEnv: { SACV_TTS_MAX_WORKERS: "2", SACV_LOG_LEVEL: "warn" },
    orchestratorEnv: { SACV_LOG_LEVEL: "warn" },
  });
  try {
    await makeVideo(join(stack.mediaRoot, "source.mp4"), {
      duration: 4,
      width: 160,
      height: 120,
    });
    // Two syntheses at a time, here and after every TTS restart (the TTS env says 2 as well).
    await stack.call("UpdateConcurrency", { scopes: { tts: { max_workers: 2 } } });

    await t.step("kill -9 TTS mid-job and restart it: the same job completes", async () => {
      const id = await submit(stack, "tts崩溃", 8, 300);
      const watch = watchEvents(stack.client);
      await poll(() => getTask(stack, id), (x) => countStatus(x, "tts_done") >= 2, "2 syntheses");
      await stack.restartService("tts", { kill: true });
      const end = await outcome(stack, id, watch);
      assert.equal(end.type, "completed", end.message);
      const task = await getTask(stack, id);
      assert.equal(countStatus(task, "processed"), 8);
    });

    await t.step("kill -9 media mid-job and restart it: the same job completes", async () => {
      const id = await submit(stack, "媒体崩溃", 6, 200);
      const watch = watchEvents(stack.client);
      await watch.waitFor((e) => e.task_id === id && e.phase === "segment_processed", 60_000);
      await stack.restartService("media", { kill: true });
      const end = await outcome(stack, id, watch);
      assert.equal(end.type, "completed", end.message);
      assert.equal(countStatus(await getTask(stack, id), "processed"), 6);
    });

    await t.step("the first job right after both services restart completes", async () => {
      await stack.restartService("tts", { kill: true });
      await stack.restartService("media", { kill: true });
      const id = await submit(stack, "重启后", 3, 0);
      const end = await outcome(stack, id);
      assert.equal(end.type, "completed", end.message);
    });

    await t.step("a dependency that stays down fails the job, located", async () => {
      await stack.restartOrchestrator({ SACV_DEPENDENCY_WAIT_MS: "1500" });
      const id = await submit(stack, "不回来", 6, 400);
      const watch = watchEvents(stack.client);
      await poll(() => getTask(stack, id), (x) => countStatus(x, "tts_done") >= 1, "1 synthesis");
      kill9(stack.tts);
      const end = await outcome(stack, id, watch);
      assert.equal(end.type, "error");
      const data = JSON.parse(end.data_json);
      assert.equal(data.stage, "tts");
      assert.equal(data.provider, "fake");
      assert.equal(data.code, "TTS_UNAVAILABLE");
      assert.match(data.segment_id, /^不回来段\d$/);
      assert.equal(typeof data.index, "number");
      const task = await getTask(stack, id);
      assert.equal(task.status, "failed");
      assert.equal(task.error?.segment_id, data.segment_id);
      assert.match(end.message, /unreachable/);

      await stack.restartService("tts");
      const id2 = await submit(stack, "媒体不回来", 6, 300);
      const watch2 = watchEvents(stack.client);
      await watch2.waitFor((e) => e.task_id === id2 && e.phase === "cutting_segments_progress");
      kill9(stack.media);
      const end2 = await outcome(stack, id2, watch2);
      assert.equal(end2.type, "error");
      const data2 = JSON.parse(end2.data_json);
      assert.ok(["cut", "align", "concat"].includes(data2.stage), data2.stage);
      assert.equal(data2.code, "DEPENDENCY_UNAVAILABLE");
      // The video build and the audio graph work through segments in order: the one at work
      // when media went away is named. Whole-track work (the audio's loudness pass once every
      // segment is written, the mux) names none.
      if (data2.segment_id !== undefined) assert.match(data2.segment_id, /^媒体不回来段\d$/);
      assert.match(end2.message, new RegExp(`^${data2.stage} failed`));
    });
  } finally {
    await stack.stop();
  }
});
