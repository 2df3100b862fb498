// Restart persistence: tasks survive an orchestrator crash and a graceful stop.
import assert from "node:assert/strict";
import { join } from "node:path";
import { unary } from "../services/common/client.ts";
import { makeVideo } from "./support/media_fixtures.ts";
import type { Task } from "../services/orchestrator/messages.ts";
import { type Stack, startStack, watchEvents } from "./support/stack.ts";
import { createProject, getTask, poll } from "./support/stack_calls.ts";

async function submit(s: Stack, tag: string, latencyMs: number): Promise<Task> {
  const segments = [0, 1].map((i) => ({
    id: `${tag}${i}`,
    start_time: i,
    end_time: i + 0.8,
    text: `${tag}重启测试${i}`,
  }));
  const res = await s.call<{ task: Task }>("SubmitTask", {
    project_id: await createProject(s, tag, segments),
    scope: "generate_video",
    tts: { provider: "fake", options: { latency_ms: String(latencyMs) } },
  });
  return res.task;
}

Deno.test("orchestrator restart: running tasks become interrupted, queued ones resume", async (t) => {
  // Resuming is off here: this is what a task looks like when it is not resumed
  // (orchestrator_resume_test.ts covers resuming).
  const stack = await startStack({
    orchestratorEnv: { SACV_DRAIN_MS: "300", SACV_RESUME_INTERRUPTED: "0" },
  });
  try {
    await makeVideo(join(stack.mediaRoot, "source.mp4"), { duration: 2.5, fps: 25 });
    await stack.call("UpdateConcurrency", { scopes: { generate_video: { max_workers: 1 } } });

    await t.step("after a crash (SIGKILL)", async () => {
      const running = await submit(stack, "crash", 60_000);
      const queued = await submit(stack, "later", 0);
      const watch = watchEvents(stack.client);
      await watch.waitFor((e) => e.task_id === running.task_id && e.phase === "tts_generate");
      watch.close();
      assert.equal((await getTask(stack, queued.task_id)).status, "queued");
      Deno.kill(-stack.orchestrator.pid, "SIGKILL");
      await stack.restartOrchestrator();

      const crashed = await getTask(stack, running.task_id);
      assert.equal(crashed.status, "interrupted");
      assert.equal(crashed.error?.code, "INTERRUPTED");
      await poll(
        () => getTask(stack, queued.task_id),
        (x) => x.status === "completed",
        "queued task to resume",
      );
      const all = await stack.call<{ tasks: Task[] }>("ListTasks", { filter: "all" });
      assert.ok(all.tasks.some((x) => x.task_id === running.task_id), "still listed");
      await assert.rejects(
        Deno.stat(join(stack.mediaRoot, ".work", running.task_id)),
        Deno.errors.NotFound,
      );
      const limits = await poll(
        () => unary<unknown, { global_in_flight: number }>(stack.ttsClient, "GetLimits", {}),
        (l) => l.global_in_flight === 0,
        "TTS gates freed after the crash",
      );
      assert.equal(limits.global_in_flight, 0);
      const conc = await stack.call<
        { effective: Record<string, { max_workers: number; source: string }> }
      >(
        "GetConcurrency",
        {},
      );
      assert.deepEqual(
        conc.effective.generate_video,
        { max_workers: 1, source: "user" },
        "config file kept",
      );
    });

    await t.step("after a graceful stop with a short drain", async () => {
      const running = await submit(stack, "drain", 60_000);
      const queued = await submit(stack, "after", 0);
      const watch = watchEvents(stack.client);
      await watch.waitFor((e) => e.task_id === running.task_id && e.phase === "tts_generate");
      const end = watch.waitFor((e) => e.task_id === running.task_id && e.type === "error");
      await stack.restartOrchestrator();
      const ev = await end;
      watch.close();
      assert.equal(
        ev.status,
        "interrupted",
        "watchers hear the interruption before the stream ends",
      );
      assert.equal((await getTask(stack, running.task_id)).status, "interrupted");
      await poll(
        () => getTask(stack, queued.task_id),
        (x) => x.status === "completed",
        "queued task to resume",
      );
    });
  } finally {
    await stack.stop();
  }
});
