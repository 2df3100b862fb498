import assert from "node:assert/strict";
import { join } from "node:path";
import { CancelledError } from "../../common/errors.ts";
import { PipelineRun, workDirOf } from "./run.ts";
import { makeHarness } from "./testing.ts";

async function withRun(
  fn: (run: PipelineRun, h: ReturnType<typeof makeHarness>) => Promise<void>,
): Promise<void> {
  const base = await Deno.makeTempDir({ prefix: "sacv_run_" });
  try {
    const h = makeHarness({
      stack: { mediaRoot: base, dataDir: base },
      scope: "generate_video",
      videoPath: "v.mp4",
      script: {},
    });
    await fn(new PipelineRun(h.ctx, "test_pipeline"), h);
  } finally {
    await Deno.remove(base, { recursive: true });
  }
}

Deno.test("PipelineRun: the work dir is .work/<task id> under the media root", () =>
  withRun((run, h) => {
    assert.equal(run.workRel, workDirOf(h.ctx.taskId));
    assert.equal(run.workRel, join(".work", h.ctx.taskId));
    assert.equal(run.workAbs, join(h.ctx.mediaRoot, ".work", h.ctx.taskId));
    return Promise.resolve();
  }));

Deno.test("PipelineRun: the first failure aborts the run, skips queued work and is what settle throws", () =>
  withRun(async (run) => {
    const first = new Error("first");
    const ran: string[] = [];
    const a = run.queue.push(() => {
      ran.push("a");
      return Promise.reject(first);
    });
    a.catch(run.fail);
    run.queue.push(() => {
      ran.push("b");
      return Promise.resolve();
    }).catch(run.fail);
    await a.catch(() => {});
    run.fail(new Error("second"));
    await assert.rejects(run.settle(), (e) => e === first);
    assert.deepEqual(ran, ["a"]);
    assert.equal(run.signal.aborted, true);
    assert.equal(run.outcomeOf(new Error("escaped")), first);
  }));

Deno.test("PipelineRun: a rejected TTS stream fails the run; settle waits for it", () =>
  withRun(async (run) => {
    const boom = new Error("tts stream broke");
    let reject!: (e: unknown) => void;
    run.trackSpeech(new Promise<void>((_, r) => (reject = r)));
    let settled = false;
    const settling = run.settle().finally(() => (settled = true));
    await Promise.resolve();
    assert.equal(settled, false);
    reject(boom);
    await assert.rejects(settling, (e) => e === boom);
    assert.equal(run.signal.aborted, true);
  }));

Deno.test("PipelineRun: a cancelled task is CancelledError naming the pipeline, whatever failed", () =>
  withRun(async (run, h) => {
    assert.equal(run.outcomeOf(new Error("x")) instanceof Error, true);
    h.controller.abort();
    assert.equal(run.signal.aborted, true);
    run.fail(new Error("after cancel"));
    await assert.rejects(
      run.settle(),
      (e) => e instanceof CancelledError && /test_pipeline cancelled/.test(e.message),
    );
    assert.throws(() => run.throwIfCancelled(), CancelledError);
    const out = run.outcomeOf(new Error("escaped"));
    assert.ok(out instanceof CancelledError && /test_pipeline cancelled/.test(out.message));
  }));

Deno.test("PipelineRun: without failure settle resolves and outcomeOf passes the error through", () =>
  withRun(async (run) => {
    run.trackSpeech(Promise.resolve());
    await run.queue.push(() => Promise.resolve());
    await run.settle();
    run.throwIfCancelled();
    const err = new Error("escaped");
    assert.equal(run.outcomeOf(err), err);
    assert.equal(run.signal.aborted, false);
  }));

Deno.test("PipelineRun: close aborts, waits for the queue and the TTS stream, removes the work dir", () =>
  withRun(async (run) => {
    await Deno.mkdir(join(run.workAbs, "sub"), { recursive: true });
    await Deno.writeTextFile(join(run.workAbs, "sub", "clip.mp4"), "x");
    let speechEnded = false;
    run.trackSpeech(
      new Promise<void>((resolve) =>
        run.signal.addEventListener("abort", () => {
          speechEnded = true;
          resolve();
        })
      ),
    );
    let jobEnded = false;
    let started!: () => void;
    const jobStarted = new Promise<void>((r) => (started = r));
    run.queue.push(() =>
      new Promise<void>((resolve) => {
        started();
        run.signal.addEventListener("abort", () => {
          jobEnded = true;
          resolve();
        });
      })
    ).catch(run.fail);
    await jobStarted;
    await run.close();
    assert.equal(run.signal.aborted, true);
    assert.equal(speechEnded, true);
    assert.equal(jobEnded, true);
    await assert.rejects(Deno.stat(run.workAbs), Deno.errors.NotFound);
    await run.close(); // a second close (no work dir) is harmless
  }));
