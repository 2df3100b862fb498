import assert from "node:assert/strict";
import { createLogger } from "../common/log.ts";
import { openDatabase } from "./db.ts";
import { EventBus, type TaskEvent } from "./events.ts";
import { InterruptedError, type Pipeline, type PipelineContext } from "./pipeline.ts";
import { ProjectStore } from "./projects.ts";
import { MAX_RESUMES, ResumeStore } from "./resume.ts";
import { TaskScheduler } from "./scheduler.ts";
import { TaskStore } from "./tasks.ts";

const quiet = createLogger("test", { sink: () => {} });
const SCRIPT = JSON.stringify({ segments: [{ id: "a", start_time: 0, end_time: 1, text: "hi" }] });

/** A database, stores and a way to build schedulers over them (one per "process"). */
async function world() {
  const dir = await Deno.makeTempDir();
  const db = openDatabase(dir);
  const projects = new ProjectStore(db);
  const tasks = new TaskStore(db);
  const store = new ResumeStore(db);
  const moved: [string, string][] = [];
  const discarded: string[] = [];
  const events: TaskEvent[] = [];
  const started: PipelineContext[] = [];
  const finishers = new Map<string, () => void>();
  /** Runs until released, or until its signal aborts (rejecting with the reason). */
  const pipeline: Pipeline = (ctx) => {
    started.push(ctx);
    return new Promise((resolve, reject) => {
      finishers.set(ctx.taskId, () => resolve({ filePath: "out.mp4", data: {} }));
      ctx.signal.addEventListener("abort", () => reject(ctx.signal.reason), { once: true });
    });
  };
  const scheduler = (enabled = true) => {
    const bus = new EventBus();
    bus.subscribe({}, (e) => events.push(e));
    return new TaskScheduler({
      tasks,
      projects,
      bus,
      logger: quiet,
      pipelines: { generate_video: pipeline, generate_jianying_draft: pipeline },
      workers: { generate_video: 1, generate_jianying_draft: 1 },
      mediaRoot: dir,
      dataDir: dir,
      cancelGraceMs: 300,
      resume: {
        store,
        enabled,
        moveWorkDir: (from, to) => moved.push([from, to]),
        discardWorkDir: (id) => discarded.push(id),
      },
    });
  };
  const project = (name: string) =>
    projects.create({ name, videoPath: "v.mp4", scriptJson: SCRIPT }).id;
  const cleanup = async () => {
    db.close();
    await Deno.remove(dir, { recursive: true });
  };
  return {
    tasks,
    store,
    moved,
    discarded,
    events,
    started,
    finishers,
    scheduler,
    project,
    cleanup,
  };
}

async function until(cond: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

Deno.test("resume after a crash: the running task is resubmitted first, linked, with its work dir", async () => {
  const w = await world();
  try {
    // What a crashed process leaves: one task processing, one queued.
    const crashed = w.tasks.insert(w.project("崩溃"), "generate_video", {
      tts: { provider: "fake", voice: "v1" },
      overflow: "freeze",
    });
    w.tasks.markProcessing(crashed.task_id);
    const queued = w.tasks.insert(w.project("later"), "generate_video", { tts: {} });

    const rec = w.scheduler().recover();
    assert.deepEqual(rec.interrupted, [crashed.task_id]);
    assert.deepEqual(rec.requeued, [queued.task_id]);
    assert.equal(rec.resumed.length, 1);
    const resumedId = rec.resumed[0];
    const old = w.tasks.get(crashed.task_id);
    assert.equal(old.status, "interrupted");
    assert.equal(old.resumed_by, resumedId);
    const fresh = w.tasks.get(resumedId);
    assert.equal(fresh.resumed_from, crashed.task_id);
    assert.equal(fresh.project_id, crashed.project_id);
    assert.deepEqual(w.tasks.options(resumedId), w.tasks.options(crashed.task_id));
    assert.deepEqual(w.moved, [[crashed.task_id, resumedId]]);
    // It runs before the task that was merely queued, and completes.
    await until(() => w.started.length === 1, "resumed task starts");
    assert.equal(w.started[0].taskId, resumedId);
    w.finishers.get(resumedId)!();
    await until(() => w.tasks.get(resumedId).status === "completed", "resumed task completes");
    await until(() => w.started.length === 2, "queued task starts next");
    assert.equal(w.started[1].taskId, queued.task_id);
    // The old task had exactly one terminal event; the new one announces what it resumes.
    const oldEnds = w.events.filter((e) => e.task_id === crashed.task_id && e.type === "error");
    assert.equal(oldEnds.length, 1);
    const first = w.events.find((e) => e.task_id === resumedId)!;
    assert.equal(first.status, "queued");
    assert.deepEqual(JSON.parse(first.data_json), { resumed_from: crashed.task_id });
  } finally {
    await w.cleanup();
  }
});

Deno.test("resume after a graceful stop: the interrupted pipeline is told so, then resumed", async () => {
  const w = await world();
  try {
    const s1 = w.scheduler();
    const t = s1.submit(w.project("优雅"), "generate_video", { tts: {} }).task;
    await until(() => w.started.length === 1, "start");
    await s1.shutdown(AbortSignal.timeout(20));
    assert.ok(w.started[0].signal.reason instanceof InterruptedError, "keeps its work dir");
    const old = w.tasks.get(t.task_id);
    assert.equal(old.status, "interrupted");
    assert.match(old.message, /resumes when the orchestrator is back/);
    const rec = w.scheduler().recover();
    assert.deepEqual(rec.interrupted, [], "nothing was left processing");
    assert.equal(rec.resumed.length, 1);
    assert.equal(w.tasks.get(rec.resumed[0]).resumed_from, t.task_id);
  } finally {
    await w.cleanup();
  }
});

Deno.test("resume off: an interrupted task stays interrupted and its work dir goes", async () => {
  const w = await world();
  try {
    const s1 = w.scheduler(false);
    const t = s1.submit(w.project("关"), "generate_video", { tts: {} }).task;
    await until(() => w.started.length === 1, "start");
    await s1.shutdown(AbortSignal.timeout(20));
    assert.ok(!(w.started[0].signal.reason instanceof InterruptedError), "work dir not kept");
    assert.deepEqual(w.scheduler(false).recover().resumed, []);
    assert.equal(w.tasks.get(t.task_id).resumed_by, "");
    // Marked while on, restarted with it off: dropped for good, work dir removed.
    const crashed = w.tasks.insert(w.project("x"), "generate_video", { tts: {} });
    w.tasks.markProcessing(crashed.task_id);
    w.store.mark(crashed.task_id);
    assert.deepEqual(w.scheduler(false).recover().resumed, []);
    assert.deepEqual(w.discarded, [crashed.task_id]);
    assert.deepEqual(w.scheduler(true).recover().resumed, [], "not resumed on a later restart");
  } finally {
    await w.cleanup();
  }
});

Deno.test("resume: at most MAX_RESUMES times in a row", async () => {
  const w = await world();
  try {
    let id = w.tasks.insert(w.project("loop"), "generate_video", { tts: {} }).task_id;
    w.tasks.markProcessing(id);
    for (let i = 0; i < MAX_RESUMES; i++) {
      const rec = w.scheduler().recover();
      assert.equal(rec.resumed.length, 1, `resume ${i + 1}`);
      id = rec.resumed[0];
      await until(() => w.started.some((c) => c.taskId === id), "resumed task starts");
      // It crashes again while running.
      w.tasks.markProcessing(id);
    }
    assert.deepEqual(w.scheduler().recover().resumed, [], "the 4th interruption stays");
    assert.equal(w.tasks.get(id).status, "interrupted");
    assert.deepEqual(w.discarded, [id]);
  } finally {
    await w.cleanup();
  }
});
