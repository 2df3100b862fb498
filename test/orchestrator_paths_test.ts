// Symlink escapes through the orchestrator process: draft_dir, work dirs and outputs that lead out
// of the data dir and media root (`ln -s /outside uploads/evil`) are refused, including a link
// made after the task was submitted, and nothing is ever written outside.
import assert from "node:assert/strict";
import { join } from "node:path";
import { SacvError } from "../services/common/errors.ts";
import { makeVideo } from "./support/media_fixtures.ts";
import { type Stack, startStack, type StreamEvent, watchEvents } from "./support/stack.ts";
import { createProject, isTerminal } from "./support/stack_calls.ts";

async function project(s: Stack, name: string): Promise<string> {
  const segments = [0, 1].map((i) => ({
    id: `${name}${i}`,
    start_time: i,
    end_time: i + 0.8,
    text: `${name}第${i}段`,
  }));
  return await createProject(s, name, segments);
}

async function runTask(s: Stack, req: Record<string, unknown>): Promise<StreamEvent> {
  const watch = watchEvents(s.client);
  try {
    const { task } = await s.call<{ task: { task_id: string } }>("SubmitTask", req);
    return await watch.waitFor((e) => e.task_id === task.task_id && isTerminal(e), 60_000);
  } finally {
    watch.close();
  }
}

Deno.test("orchestrator process: no written path escapes through a symlink", async (t) => {
  const outside = await Deno.realPath(await Deno.makeTempDir({ prefix: "sacv_outside_" }));
  const stack = await startStack({ orchestratorEnv: { SACV_LOG_LEVEL: "error" } });
  const outsideEntries = () => [...Deno.readDirSync(outside)].map((e) => e.name);
  try {
    await makeVideo(join(stack.mediaRoot, "source.mp4"), {
      duration: 2.5,
      width: 160,
      height: 120,
    });
    const tts = { provider: "fake" };

    await t.step("draft_dir through a symlink is refused at submit", async () => {
      await Deno.symlink(outside, join(stack.mediaRoot, "evil"));
      const id = await project(stack, "草稿");
      for (
        const draft_dir of ["uploads/evil", "uploads/evil/sub/深", join(stack.mediaRoot, "evil")]
      ) {
        const err = await stack.call("SubmitTask", {
          project_id: id,
          scope: "generate_jianying_draft",
          draft_dir,
          tts,
        }).catch((e) => e);
        assert.ok(err instanceof SacvError, String(err));
        assert.equal(err.status, "INVALID_ARGUMENT", draft_dir);
        assert.equal(err.reason, "DRAFT_DIR_OUTSIDE");
      }
      await Deno.remove(join(stack.mediaRoot, "evil"));
    });

    await t.step("a draft_dir made a symlink after submitting fails the task", async () => {
      await stack.call("UpdateConcurrency", {
        scopes: { generate_jianying_draft: { max_workers: 1 } },
      });
      // The first task holds the only worker while the second waits with a harmless draft_dir.
      const blocker = await project(stack, "占位");
      const first = await stack.call<{ task: { task_id: string } }>("SubmitTask", {
        project_id: blocker,
        scope: "generate_jianying_draft",
        tts: { provider: "fake", options: { latency_ms: "60000" } },
      });
      const id = await project(stack, "后来");
      const watch = watchEvents(stack.client);
      const { task } = await stack.call<{ task: { task_id: string } }>("SubmitTask", {
        project_id: id,
        scope: "generate_jianying_draft",
        draft_dir: "uploads/later",
        tts,
      });
      await Deno.symlink(outside, join(stack.mediaRoot, "later"));
      await stack.call("CancelTask", {
        project_id: blocker,
        scope: "generate_jianying_draft",
        task_id: first.task.task_id,
      });
      const end = await watch.waitFor((e) => e.task_id === task.task_id && isTerminal(e), 60_000);
      watch.close();
      assert.equal(end.type, "error");
      const data = JSON.parse(end.data_json);
      assert.equal(data.stage, "prepare");
      assert.equal(data.code, "PATH_OUTSIDE_ROOT");
      await Deno.remove(join(stack.mediaRoot, "later"));
    });

    await t.step(
      "a .work symlinked outside fails generate_video before anything is written",
      async () => {
        // Earlier tasks left an empty .work behind; an attacker with access to the volume swaps it.
        await Deno.remove(join(stack.mediaRoot, ".work"), { recursive: true }).catch(() => {});
        await Deno.symlink(outside, join(stack.mediaRoot, ".work"));
        const end = await runTask(stack, {
          project_id: await project(stack, "工作"),
          scope: "generate_video",
          tts,
        });
        assert.equal(end.type, "error");
        const data = JSON.parse(end.data_json);
        assert.equal(data.stage, "prepare");
        assert.equal(data.code, "PATH_OUTSIDE_ROOT");
        await Deno.remove(join(stack.mediaRoot, ".work"));
      },
    );

    await t.step("an outputs symlinked outside fails generate_video", async () => {
      await Deno.remove(join(stack.mediaRoot, "outputs"), { recursive: true }).catch(() => {});
      await Deno.symlink(outside, join(stack.mediaRoot, "outputs"));
      const end = await runTask(stack, {
        project_id: await project(stack, "输出"),
        scope: "generate_video",
        tts,
      });
      assert.equal(end.type, "error");
      assert.equal(JSON.parse(end.data_json).stage, "prepare_output");
      assert.match(end.message, /outside the data dir and media root/);
      await Deno.remove(join(stack.mediaRoot, "outputs"));
    });

    await t.step("with the links gone, the same jobs complete", async () => {
      const end = await runTask(stack, {
        project_id: await project(stack, "正常"),
        scope: "generate_video",
        tts,
      });
      assert.equal(end.type, "completed", end.message);
    });
    assert.deepEqual(outsideEntries(), [], "nothing was written outside");
  } finally {
    await stack.stop();
    await Deno.remove(outside, { recursive: true });
  }
});
