// The orchestrator as a real process over gRPC, with real TTS (fake provider) and media processes.
import assert from "node:assert/strict";
import { join } from "node:path";
import { unary } from "../services/common/client.ts";
import { makeVideo } from "./support/media_fixtures.ts";
import { type Stack, startStack, watchEvents } from "./support/stack.ts";
import { createProject, getTask, isTerminal, poll } from "./support/stack_calls.ts";
import type { Task } from "../services/orchestrator/messages.ts";
import type { Limits } from "../services/tts/messages.ts";

const L = 400; // fake TTS latency per call, ms
const getLimits = (s: Stack) => unary<unknown, Limits>(s.ttsClient, "GetLimits", {});

/** `n` half-second narration segments with text unique to `tag` (so no TTS cache hits). */
function segments(
  tag: string,
  n: number,
  extra: (i: number) => Record<string, unknown> = () => ({}),
) {
  return Array.from({ length: n }, (_, i) => ({
    id: `${tag}${i}`,
    start_time: i * 0.5,
    end_time: i * 0.5 + 0.5,
    text: `${tag}第${i}段`,
    ...extra(i),
  }));
}

Deno.test("orchestrator process: concurrency, dedup, cancel, located failure, drafts", async (t) => {
  const stack = await startStack({ ttsEnv: { SACV_LOG_LEVEL: "debug" } });
  try {
    await makeVideo(join(stack.mediaRoot, "source.mp4"), { duration: 8.5, fps: 25 });

    await t.step("UpdateConcurrency pushes the tts limit to the TTS service", async () => {
      const st = await stack.call<
        { effective: Record<string, { max_workers: number; source: string }> }
      >(
        "UpdateConcurrency",
        { scopes: { tts: { max_workers: 4 } } },
      );
      assert.deepEqual(st.effective.tts, { max_workers: 4, source: "user" });
      await poll(() => getLimits(stack), (l) => l.global_limit === 4, "TTS global limit 4");
    });

    await t.step("16 narration segments with limit 4 take about 4×L of TTS time", async () => {
      const id = await createProject(stack, "sixteen", segments("a", 16));
      const watch = watchEvents(stack.client, id);
      let peak = 0;
      let polling = true;
      const sampler = (async () => {
        while (polling) {
          peak = Math.max(peak, (await getLimits(stack)).global_in_flight);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const logFrom = stack.tts.stderr().length;
      try {
        const req = {
          project_id: id,
          scope: "generate_video",
          tts: { provider: "fake", options: { latency_ms: String(L) } },
        };
        const sub = await stack.call<{ task: Task; existing: boolean }>("SubmitTask", req);
        const dup = await stack.call<{ task: Task; existing: boolean }>("SubmitTask", req);
        assert.equal(sub.existing, false);
        assert.equal(dup.existing, true, "a second submit is de-duplicated");
        assert.equal(dup.task.task_id, sub.task.task_id);
        const end = await watch.waitFor(
          (e) => e.task_id === sub.task.task_id && isTerminal(e),
          90_000,
        );
        assert.equal(end.type, "completed", end.message);
        polling = false;
        await sampler;

        const evs = watch.events.filter((e) => e.task_id === sub.task.task_id);
        assert.equal(evs.filter(isTerminal).length, 1, "exactly one terminal event");
        for (let i = 1; i < evs.length; i++) assert.ok(evs[i].progress >= evs[i - 1].progress);
        assert.deepEqual(evs.slice(0, 2).map((e) => e.phase), ["queued", "start"]);
        const ttsStart = evs.find((e) => e.phase === "tts_generate")!;
        assert.deepEqual(JSON.parse(ttsStart.data_json), { total: 16 });
        const ttsDone = evs.filter((e) => e.phase === "tts_generate_progress");
        assert.equal(ttsDone.length, 16);
        // The TTS service logs each synthesis when it ends, with its elapsed time from arrival
        // (gate wait included): the TTS phase spans from the first arrival to the last end.
        // (The orchestrator sends a replica its items a window at a time, not all at once.)
        const synth = stack.tts.stderr().slice(logFrom).split("\n")
          .filter((l) => l.includes('"synthesized"'))
          .map((l) => JSON.parse(l) as { ts: string; elapsed_ms: number; cached: boolean });
        assert.equal(synth.length, 16);
        assert.ok(synth.every((x) => !x.cached));
        const ends = synth.map((x) => Date.parse(x.ts));
        const starts = synth.map((x, i) => ends[i] - x.elapsed_ms);
        const ttsMs = Math.max(...ends) - Math.min(...starts);
        assert.ok(ttsMs >= 4 * L - 20, `TTS wall ${ttsMs} ms is at least 4×L`);
        assert.ok(ttsMs < 10 * L, `TTS wall ${ttsMs} ms is near 4×L, far under the serial 16×L`);
        assert.ok(peak <= 4, `at most 4 syntheses at once (saw ${peak})`);
        assert.ok(peak >= 2, `syntheses overlap (saw ${peak})`);
        const done = JSON.parse(end.data_json);
        assert.equal(done.segments_count, 16);

        const task = await getTask(stack, sub.task.task_id);
        assert.equal(task.status, "completed");
        assert.equal(task.progress, 100);
        assert.equal(task.segments.length, 16);
        const proj = await stack.call<{ output_video_path: string }>("GetProject", {
          project_id: id,
        });
        assert.equal(proj.output_video_path, task.file_path);
        const probe = await unary<
          unknown,
          { duration: number; video_duration: number; audio_duration: number }
        >(
          stack.mediaClient,
          "Probe",
          { path: task.file_path },
        );
        // 16 contiguous segments of 0.5 s on the 25 fps frame grid: boundaries round to frames
        // (13, 12, 13, ...) and no frame is shown twice, so the output is the 8 s they cover.
        assert.ok(
          Math.abs(probe.duration - 8) < 0.05,
          `output lasts ${probe.duration} s (video ${probe.video_duration}, audio ${probe.audio_duration})`,
        );
      } finally {
        polling = false;
        watch.close();
      }
    });

    await t.step("cancel mid-TTS ends the task within a second and frees everything", async () => {
      const id = await createProject(stack, "cancel", segments("c", 8));
      const watch = watchEvents(stack.client, id);
      try {
        const { task } = await stack.call<{ task: Task }>("SubmitTask", {
          project_id: id,
          scope: "generate_video",
          tts: { provider: "fake", options: { latency_ms: "30000" } },
        });
        await watch.waitFor((e) => e.task_id === task.task_id && e.phase === "tts_generate");
        await poll(() => getLimits(stack), (l) => l.global_in_flight > 0, "TTS work in flight");
        const t0 = Date.now();
        const res = await stack.call<{ cancelled: boolean; task_id: string }>("CancelTask", {
          project_id: id,
          scope: "generate_video",
        });
        const end = await watch.waitFor((e) => e.task_id === task.task_id && isTerminal(e));
        const took = Date.now() - t0;
        assert.deepEqual([res.cancelled, res.task_id], [true, task.task_id]);
        assert.equal(end.type, "cancelled");
        assert.ok(took < 5000, `cancelled after ${took} ms, long before the 30 s TTS latency`);
        const l = await poll(
          () => getLimits(stack),
          (x) => x.global_in_flight === 0,
          "gates free",
          5000,
        );
        assert.equal(l.global_queued, 0);
        const status = await getTask(stack, task.task_id);
        assert.equal(status.status, "cancelled");
        const work = join(stack.mediaRoot, ".work", task.task_id);
        await assert.rejects(Deno.stat(work), Deno.errors.NotFound, "temp work dir removed");
        const again = await stack.call<{ cancelled: boolean }>("CancelTask", {
          project_id: id,
          scope: "generate_video",
        });
        assert.equal(again.cancelled, false, "nothing left to cancel");
      } finally {
        watch.close();
      }
    });

    await t.step("a provider failure is located to its segment", async () => {
      const body = segments(
        "f",
        4,
        (i) => (i === 2 ? { tts_options: { fail: "AuthFailure.SecretIdNotFound" } } : {}),
      );
      const id = await createProject(stack, "fail", body);
      const watch = watchEvents(stack.client, id);
      try {
        const { task } = await stack.call<{ task: Task }>("SubmitTask", {
          project_id: id,
          scope: "generate_video",
          tts: { provider: "fake" },
        });
        const end = await watch.waitFor((e) => e.task_id === task.task_id && isTerminal(e), 60_000);
        assert.equal(end.type, "error");
        assert.equal(end.status, "failed");
        assert.deepEqual(JSON.parse(end.data_json), {
          segment_id: "f2",
          index: 2,
          stage: "tts",
          provider: "fake",
          code: "AuthFailure.SecretIdNotFound",
        });
        const failed = await getTask(stack, task.task_id);
        assert.equal(failed.status, "failed");
        assert.equal(failed.error?.segment_id, "f2");
        assert.equal(failed.error?.stage, "tts");
      } finally {
        watch.close();
      }
    });

    await t.step("a draft task writes the draft folder and records it on the project", async () => {
      const body = [0, 1, 2].map((i) => ({
        id: `d${i}`,
        start_time: i * 2,
        end_time: i * 2 + 1.5,
        text: `草稿第${i}段的旁白文字`,
      }));
      const id = await createProject(stack, "draft", body);
      const watch = watchEvents(stack.client, id);
      try {
        const { task } = await stack.call<{ task: Task }>("SubmitTask", {
          project_id: id,
          scope: "generate_jianying_draft",
          tts: { provider: "fake" },
        });
        const end = await watch.waitFor((e) => e.task_id === task.task_id && isTerminal(e), 60_000);
        assert.equal(end.type, "completed", end.message);
        // The event gives the draft folder relative to the data dir.
        const rel = JSON.parse(end.data_json).draft_dir as string;
        const dir = join(stack.dataDir, rel);
        const info = JSON.parse(await Deno.readTextFile(join(dir, "draft_info.json")));
        const content = JSON.parse(await Deno.readTextFile(join(dir, "draft_content.json")));
        assert.deepEqual(info, content, "draft_info.json and draft_content.json are the same");
        const types = (info.tracks as { type: string }[]).map((x) => x.type).sort();
        assert.deepEqual(types, ["audio", "text", "video"]);
        await Deno.stat(join(dir, "draft_meta_info.json"));
        const proj = await stack.call<{ jianying_draft_dirs: string[] }>("GetProject", {
          project_id: id,
        });
        assert.deepEqual(proj.jianying_draft_dirs, [rel]);
      } finally {
        watch.close();
      }
    });
  } finally {
    await stack.stop();
  }
});
