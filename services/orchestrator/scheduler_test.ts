import assert from "node:assert/strict";
import { createLogger } from "../common/log.ts";
import { openDatabase } from "./db.ts";
import { EventBus, type TaskEvent } from "./events.ts";
import { type Pipeline, type PipelineContext, PipelineError } from "./pipeline.ts";
import { ProjectStore } from "./projects.ts";
import { TaskScheduler } from "./scheduler.ts";
import { TaskStore } from "./tasks.ts";

const quiet = createLogger("test", { sink: () => {} });
const SCRIPT = JSON.stringify({ segments: [{ id: "a", start_time: 0, end_time: 1, text: "hi" }] });

/** A pipeline whose runs wait until the test releases them (or their signal aborts). */
function gatedPipeline() {
  const started: PipelineContext[] = [];
  const releases = new Map<string, () => void>();
  let active = 0;
  let maxActive = 0;
  const pipeline: Pipeline = async (ctx) => {
    started.push(ctx);
    active++;
    maxActive = Math.max(maxActive, active);
    try {
      ctx.emit("prepare_output", 10, "preparing");
      ctx.emit("tts_generate", 5, "lower progress is clamped", { total: 1 });
      await new Promise<void>((resolve, reject) => {
        releases.set(ctx.taskId, resolve);
        ctx.signal.addEventListener("abort", () => reject(ctx.signal.reason), { once: true });
      });
      ctx.updateSegment({ segment_id: "a", index: 0, kind: "narration", status: "done" });
      return { filePath: `out/${ctx.taskId}.mp4`, data: { segments_count: 1 } };
    } finally {
      active--;
    }
  };
  return {
    pipeline,
    started,
    release: (id: string) => releases.get(id)!(),
    maxActive: () => maxActive,
  };
}

async function setup(workers = 1, pipeline?: Pipeline) {
  const dir = await Deno.makeTempDir();
  const db = openDatabase(dir);
  const projects = new ProjectStore(db);
  const tasks = new TaskStore(db);
  const bus = new EventBus();
  const events: TaskEvent[] = [];
  bus.subscribe({}, (e) => events.push(e));
  const gated = gatedPipeline();
  const scheduler = new TaskScheduler({
    tasks,
    projects,
    bus,
    logger: quiet,
    pipelines: {
      generate_video: pipeline ?? gated.pipeline,
      generate_jianying_draft: gated.pipeline,
    },
    workers: { generate_video: workers, generate_jianying_draft: 1 },
    mediaRoot: dir,
    dataDir: dir,
    cancelGraceMs: 300,
  });
  const project = (name: string) =>
    projects.create({ name, videoPath: "v.mp4", scriptJson: SCRIPT }).id;
  const cleanup = async () => {
    db.close();
    await Deno.remove(dir, { recursive: true });
  };
  return { dir, db, projects, tasks, bus, events, gated, scheduler, project, cleanup };
}

async function until(cond: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function terminalEvents(events: TaskEvent[], taskId: string): TaskEvent[] {
  return events.filter((e) => e.task_id === taskId && e.type !== "progress");
}

Deno.test("scheduler runs tasks FIFO within the pool size and completes each once", async () => {
  const s = await setup(2);
  try {
    const ids = ["p1", "p2", "p3", "p4"].map((n) =>
      s.scheduler.submit(s.project(n), "generate_video", { tts: {} }).task.task_id
    );
    await until(() => s.gated.started.length === 2, "two starts");
    assert.deepEqual(s.gated.started.map((c) => c.taskId), ids.slice(0, 2));
    assert.equal(s.scheduler.pool("generate_video").queued, 2);
    for (const id of ids) {
      await until(() => s.gated.started.some((c) => c.taskId === id), `start of ${id}`);
      s.gated.release(id);
    }
    await until(() => ids.every((id) => s.tasks.get(id).status === "completed"), "completion");
    assert.deepEqual(s.gated.started.map((c) => c.taskId), ids);
    assert.equal(s.gated.maxActive(), 2);
    for (const id of ids) {
      const t = terminalEvents(s.events, id);
      assert.equal(t.length, 1);
      assert.equal(t[0].type, "completed");
      assert.equal(JSON.parse(t[0].data_json).segments_count, 1);
      const progress = s.events.filter((e) => e.task_id === id).map((e) => e.progress);
      assert.deepEqual(progress, [...progress].sort((a, b) => a - b), "progress is monotonic");
      const phases = s.events.filter((e) => e.task_id === id).map((e) => e.phase);
      assert.deepEqual(phases, ["queued", "start", "prepare_output", "tts_generate", "completed"]);
    }
    const done = s.tasks.get(ids[0]);
    assert.equal(done.progress, 100);
    assert.equal(done.file_path, `out/${ids[0]}.mp4`);
    assert.equal(done.segments[0].status, "done");
    assert.equal(s.projects.get(done.project_id).output_video_path, done.file_path);
  } finally {
    await s.cleanup();
  }
});

Deno.test("scheduler de-duplicates per project and scope while queued or running", async () => {
  const s = await setup(1);
  try {
    const p = s.project("dup");
    const first = s.scheduler.submit(p, "generate_video", { tts: {} });
    const again = s.scheduler.submit(p, "generate_video", { tts: {} });
    assert.equal(first.existing, false);
    assert.equal(again.existing, true);
    assert.equal(again.task.task_id, first.task.task_id);
    const draft = s.scheduler.submit(p, "generate_jianying_draft", { tts: {} });
    assert.equal(draft.existing, false, "another scope is a separate queue");
    await until(() => s.gated.started.length === 2, "both started");
    s.gated.release(first.task.task_id);
    await until(() => s.tasks.get(first.task.task_id).status === "completed", "completion");
    const third = s.scheduler.submit(p, "generate_video", { tts: {} });
    assert.equal(third.existing, false, "a finished task does not block a new one");
    await s.scheduler.cancel(p, "generate_video");
    await s.scheduler.cancel(p, "generate_jianying_draft");
  } finally {
    await s.cleanup();
  }
});

Deno.test("scheduler cancels queued tasks at once and running ones after they unwind", async () => {
  const s = await setup(1);
  try {
    const a = s.scheduler.submit(s.project("a"), "generate_video", { tts: {} }).task;
    const b = s.scheduler.submit(s.project("b"), "generate_video", { tts: {} }).task;
    await until(() => s.gated.started.length === 1, "first start");
    const queued = await s.scheduler.cancel(b.project_id, "generate_video");
    assert.deepEqual(queued, { task_id: b.task_id, cancelled: true });
    assert.equal(s.tasks.get(b.task_id).status, "cancelled");
    const running = await s.scheduler.cancel(a.project_id, "generate_video", a.task_id);
    assert.deepEqual(running, { task_id: a.task_id, cancelled: true });
    const ta = s.tasks.get(a.task_id);
    assert.equal(ta.status, "cancelled");
    assert.ok(ta.finished_at !== "");
    for (const id of [a.task_id, b.task_id]) {
      const t = terminalEvents(s.events, id);
      assert.deepEqual(t.map((e) => e.type), ["cancelled"]);
    }
    assert.equal(s.gated.started.length, 1, "the cancelled queued task never started");
    assert.equal(s.scheduler.pool("generate_video").running, 0);
    const again = await s.scheduler.cancel(a.project_id, "generate_video", a.task_id);
    assert.equal(again.cancelled, false, "a finished task cannot be cancelled");
  } finally {
    await s.cleanup();
  }
});

Deno.test("resize grows a pool live and a shrink lets running tasks finish", async () => {
  const s = await setup(1);
  try {
    const ids = ["a", "b", "c"].map((n) =>
      s.scheduler.submit(s.project(n), "generate_video", { tts: {} }).task.task_id
    );
    await until(() => s.gated.started.length === 1, "one start");
    s.scheduler.resize("generate_video", 3);
    await until(() => s.gated.started.length === 3, "growth starts queued tasks");
    s.scheduler.resize("generate_video", 1);
    assert.equal(s.scheduler.pool("generate_video").running, 3, "shrink interrupts nothing");
    const more = s.scheduler.submit(s.project("d"), "generate_video", { tts: {} }).task.task_id;
    s.gated.release(ids[0]);
    s.gated.release(ids[1]);
    await until(() => s.scheduler.pool("generate_video").running === 1, "two finished");
    assert.equal(s.gated.started.length, 3, "no new start while over the new limit");
    s.gated.release(ids[2]);
    await until(() => s.gated.started.length === 4, "queued task starts under the new limit");
    s.gated.release(more);
    await until(() => s.tasks.get(more).status === "completed", "last completion");
    assert.throws(() => s.scheduler.resize("generate_video", 0), /positive integer/);
    assert.throws(() => s.scheduler.resize("nope", 1), /unknown scope/);
  } finally {
    await s.cleanup();
  }
});

Deno.test("a PipelineError fails the task with its location in the error and the event", async () => {
  const failing: Pipeline = (ctx) => {
    ctx.emit("tts_generate", 30, "tts", { total: 3 });
    return Promise.reject(
      new PipelineError("RESOURCE_EXHAUSTED", "TTS failed for segment s2", {
        stage: "tts",
        segment_id: "s2",
        index: 1,
        provider: "fake",
        code: "FAKE_FAILURE",
      }),
    );
  };
  const s = await setup(1, failing);
  try {
    const t = s.scheduler.submit(s.project("f"), "generate_video", { tts: {} }).task;
    await until(() => s.tasks.get(t.task_id).status === "failed", "failure");
    const failed = s.tasks.get(t.task_id);
    assert.equal(failed.error?.segment_id, "s2");
    assert.equal(failed.error?.stage, "tts");
    assert.equal(failed.error?.code, "FAKE_FAILURE");
    assert.equal(failed.progress, 30, "progress stays where it failed");
    const [ev] = terminalEvents(s.events, t.task_id);
    assert.equal(ev.type, "error");
    assert.deepEqual(JSON.parse(ev.data_json), {
      stage: "tts",
      code: "FAKE_FAILURE",
      segment_id: "s2",
      index: 1,
      provider: "fake",
    });
  } finally {
    await s.cleanup();
  }
});

Deno.test("recover marks running tasks interrupted and re-queues queued ones in order", async () => {
  const s = await setup(1);
  try {
    const running = s.tasks.insert(s.project("r"), "generate_video", { tts: {} });
    s.tasks.markProcessing(running.task_id);
    const q1 = s.tasks.insert(s.project("q1"), "generate_video", { tts: {} });
    const q2 = s.tasks.insert(s.project("q2"), "generate_video", { tts: { provider: "fake" } });
    assert.deepEqual(s.scheduler.recover(), {
      interrupted: [running.task_id],
      requeued: [q1.task_id, q2.task_id],
      resumed: [],
    });
    assert.equal(s.tasks.get(running.task_id).status, "interrupted");
    assert.equal(terminalEvents(s.events, running.task_id).length, 1);
    await until(() => s.gated.started.length === 1, "first re-queued start");
    assert.equal(s.gated.started[0].taskId, q1.task_id);
    s.gated.release(q1.task_id);
    await until(() => s.gated.started.length === 2, "second start");
    assert.equal(s.gated.started[1].options.tts.provider, "fake", "options survive");
    s.gated.release(q2.task_id);
    await until(() => s.tasks.get(q2.task_id).status === "completed", "completion");
  } finally {
    await s.cleanup();
  }
});

Deno.test("shutdown interrupts running tasks after the deadline and leaves queued ones", async () => {
  const s = await setup(1);
  try {
    const a = s.scheduler.submit(s.project("a"), "generate_video", { tts: {} }).task;
    const b = s.scheduler.submit(s.project("b"), "generate_video", { tts: {} }).task;
    await until(() => s.gated.started.length === 1, "start");
    await s.scheduler.shutdown(AbortSignal.timeout(50));
    assert.equal(s.tasks.get(a.task_id).status, "interrupted");
    assert.equal(s.tasks.get(b.task_id).status, "queued");
    assert.throws(
      () => s.scheduler.submit(s.project("c"), "generate_video", { tts: {} }),
      /shutting down/,
    );
  } finally {
    await s.cleanup();
  }
});

Deno.test("a pipeline that ignores cancellation still ends once, and its slot frees later", async () => {
  let finish: () => void = () => {};
  const stubborn: Pipeline = (ctx) => {
    ctx.emit("tts_generate", 20, "tts", { total: 1 });
    return new Promise((resolve) => {
      finish = () => resolve({ filePath: "late.mp4", data: {} });
    });
  };
  const s = await setup(1, stubborn);
  try {
    const a = s.scheduler.submit(s.project("a"), "generate_video", { tts: {} }).task;
    const b = s.scheduler.submit(s.project("b"), "generate_video", { tts: {} }).task;
    await until(() => s.tasks.get(a.task_id).phase === "tts_generate", "running");
    const res = await s.scheduler.cancel(a.project_id, "generate_video");
    assert.deepEqual(res, { task_id: a.task_id, cancelled: true });
    assert.equal(s.tasks.get(a.task_id).status, "cancelled");
    assert.equal(s.scheduler.pool("generate_video").running, 1, "slot held until it unwinds");
    assert.equal(s.tasks.get(b.task_id).status, "queued");
    finish();
    await until(() => s.tasks.get(b.task_id).status !== "queued", "next task starts");
    assert.equal(s.tasks.get(a.task_id).status, "cancelled", "late success does not overwrite");
    assert.equal(s.tasks.get(a.task_id).file_path, "");
    assert.deepEqual(terminalEvents(s.events, a.task_id).map((e) => e.type), ["cancelled"]);
    finish();
    await until(() => s.tasks.get(b.task_id).status === "completed", "b completes");
  } finally {
    await s.cleanup();
  }
});
