import assert from "node:assert/strict";
import { Registry } from "prom-client";
import { createLogger } from "../common/log.ts";
import { openDatabase } from "./db.ts";
import { EventBus } from "./events.ts";
import { OrchestratorMetrics } from "./metrics.ts";
import { type Pipeline, PipelineError } from "./pipeline.ts";
import { ProjectStore } from "./projects.ts";
import { TaskScheduler } from "./scheduler.ts";
import { TaskStore } from "./tasks.ts";
import { sampleValue } from "../../test/support/metrics_text.ts";

const SCRIPT = JSON.stringify({ segments: [{ id: "a", start_time: 0, end_time: 1, text: "hi" }] });

Deno.test("OrchestratorMetrics: queue depth, running tasks, task and phase durations, failures", async () => {
  const dir = await Deno.makeTempDir();
  const db = openDatabase(dir);
  try {
    const registry = new Registry();
    const metrics = new OrchestratorMetrics(registry);
    const gates = new Map<string, () => void>();
    const pipeline: Pipeline = async (ctx) => {
      ctx.emit("prepare_output", 5, "prepare");
      await new Promise<void>((r) => gates.set(ctx.project.name, r));
      ctx.emit("tts_generate", 20, "tts");
      if (ctx.project.name === "bad") {
        throw new PipelineError("RESOURCE_EXHAUSTED", "throttled", {
          stage: "tts",
          segment_id: "a",
          index: 0,
          provider: "tencent",
          code: "RequestLimitExceeded",
        });
      }
      return { filePath: "out.mp4", data: {} };
    };
    const projects = new ProjectStore(db);
    const tasks = new TaskStore(db);
    const scheduler = new TaskScheduler({
      tasks,
      projects,
      bus: new EventBus(),
      logger: createLogger("test", { sink: () => {} }),
      pipelines: { generate_video: pipeline, generate_jianying_draft: pipeline },
      workers: { generate_video: 1, generate_jianying_draft: 1 },
      mediaRoot: dir,
      dataDir: dir,
      metrics,
    });
    metrics.bind({ pool: (scope) => scheduler.pool(scope) });
    const submit = (name: string) =>
      scheduler.submit(
        projects.create({ name, videoPath: "v.mp4", scriptJson: SCRIPT }).id,
        "generate_video",
        { tts: {} },
      ).task.task_id;
    const ok = submit("ok");
    const bad = submit("bad");
    const until = async (cond: () => boolean) => {
      const deadline = Date.now() + 5000;
      while (!cond() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    };
    await until(() => gates.has("ok"));
    let text = await registry.metrics();
    assert.equal(sampleValue(text, 'sacv_orchestrator_queue_depth{scope="generate_video"}'), 1);
    assert.equal(sampleValue(text, 'sacv_orchestrator_running_tasks{scope="generate_video"}'), 1);
    assert.equal(
      sampleValue(text, 'sacv_orchestrator_queue_depth{scope="generate_jianying_draft"}'),
      0,
    );
    gates.get("ok")!();
    await until(() => gates.has("bad"));
    gates.get("bad")!();
    await until(() => tasks.get(bad).status === "failed");
    assert.equal(tasks.get(ok).status, "completed");
    text = await registry.metrics();
    const dur = 'sacv_orchestrator_task_duration_seconds_count{scope="generate_video",status=';
    assert.equal(sampleValue(text, `${dur}"completed"}`), 1);
    assert.equal(sampleValue(text, `${dur}"failed"}`), 1);
    assert.equal(
      sampleValue(
        text,
        'sacv_orchestrator_task_failures_total{scope="generate_video",stage="tts",code="RequestLimitExceeded"}',
      ),
      1,
    );
    const phase = 'sacv_orchestrator_phase_duration_seconds_count{scope="generate_video",phase=';
    assert.equal(sampleValue(text, `${phase}"prepare_output"}`), 2);
    assert.equal(sampleValue(text, `${phase}"tts_generate"}`), 2);
    assert.equal(sampleValue(text, 'sacv_orchestrator_queue_depth{scope="generate_video"}'), 0);
  } finally {
    db.close();
    await Deno.remove(dir, { recursive: true });
  }
});
