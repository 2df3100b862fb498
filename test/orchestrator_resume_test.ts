// Resume: an orchestrator killed (-9) or stopped (SIGTERM) mid-job resubmits the interrupted task
// by itself once it is back, the new task completes, and the narration synthesised before the
// stop is reused: the Tencent emulator (real SDK in the TTS process, result cache off) never
// sees a text synthesised twice.
import assert from "node:assert/strict";
import { join } from "node:path";
import { makeVideo } from "./support/media_fixtures.ts";
import type { Task } from "../services/orchestrator/messages.ts";
import { type Stack, startStack } from "./support/stack.ts";
import { createProject, getTask, poll } from "./support/stack_calls.ts";
import { startTencentEmulator, type TencentEmulator } from "./tencent_emulator.ts";

const ID = "AKIDresumetest";
const KEY = "resume-test-key";

/** Segments whose narration is stored (the pipeline records the provider only then). */
const synthesised = (t: Task) => t.segments.filter((x) => x.provider === "tencent").length;
/** Requests the emulator answered with audio, per text. */
function okByText(emu: TencentEmulator): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of emu.requests) {
    // A request is recorded "OK" on arrival; it has audio only once answered.
    if (r.outcome !== "OK" || r.audioMs === 0) continue;
    const text = String(r.body.Text);
    m.set(text, (m.get(text) ?? 0) + 1);
  }
  return m;
}

async function runCase(s: Stack, emu: TencentEmulator, tag: string, kill: boolean) {
  emu.reset();
  const texts = Array.from({ length: 8 }, (_, i) => `${tag}第${i}段，继续讲故事。`);
  const segments = texts.map((text, i) => ({
    id: `${tag}-${i}`,
    start_time: i * 0.5,
    end_time: i * 0.5 + 0.5,
    text,
  }));
  const sub = await s.call<{ task: Task }>("SubmitTask", {
    project_id: await createProject(s, tag, segments),
    scope: "generate_video",
    tts: { provider: "tencent" },
  });
  const oldId = sub.task.task_id;
  await poll(() => getTask(s, oldId), (t) => synthesised(t) >= 3, "3 narrations stored", 60_000);
  // From here the API answers nothing; wait until every answered text is stored by the task.
  emu.hold();
  const before = await poll(
    () => getTask(s, oldId),
    (t) => synthesised(t) === [...okByText(emu).values()].reduce((a, b) => a + b, 0),
    "answered narrations stored",
    60_000,
  );
  const doneBefore = new Set(
    before.segments.filter((x) => x.provider === "tencent").map((x) =>
      texts[Number(x.segment_id.split("-")[1])]
    ),
  );
  assert.ok(
    doneBefore.size >= 3 && doneBefore.size < 8,
    `stored before the stop: ${doneBefore.size}`,
  );

  await s.restartOrchestrator({}, {
    kill,
    whileDown: async () => {
      // The interrupted run's stream is gone, so the TTS service dropped its held API calls.
      await emu.waitUntil(() => emu.inFlight === 0, "held calls dropped");
      emu.release();
    },
  });

  const old = await poll(() => getTask(s, oldId), (t) => t.resumed_by !== "", "resumed_by", 60_000);
  assert.equal(old.status, "interrupted");
  const fresh = await poll(
    () => getTask(s, old.resumed_by),
    (t) => !["queued", "processing"].includes(t.status),
    "resumed task to finish",
    120_000,
  );
  assert.equal(fresh.status, "completed");
  assert.equal(fresh.resumed_from, oldId);

  const ok = okByText(emu);
  for (const text of texts) assert.equal(ok.get(text), 1, `synthesised exactly once: ${text}`);
  for (const text of doneBefore) {
    const asked = emu.requests.filter((r) => r.body.Text === text).length;
    assert.equal(asked, 1, `stored before the stop, never asked again: ${text}`);
  }
}

Deno.test("orchestrator restart mid-job: the task resumes by itself and nothing is synthesised twice", async (t) => {
  const emu = await startTencentEmulator({ credentials: { [ID]: KEY }, latencyMs: 250 });
  const stack = await startStack({
    ttsEnv: {
      SACV_TTS_DEFAULT_PROVIDER: "local",
      SACV_TTS_MAX_WORKERS: "2",
      SACV_TTS_PROVIDER_LIMITS: "tencent=2",
      // No result cache (memory or disk): only the orchestrator's stored narration can spare
      // the provider.
      SACV_TTS_CACHE_MB: "0",
      SACV_TTS_CACHE_DISK_MB: "0",
      SACV_TENCENT_TTS_ENDPOINT: emu.endpoint,
      SACV_TENCENT_TTS_PROTOCOL: "http://",
      TENCENTCLOUD_SECRET_ID: ID,
      TENCENTCLOUD_SECRET_KEY: KEY,
      SACV_LOG_LEVEL: "warn",
    },
    orchestratorEnv: { SACV_DRAIN_MS: "300", SACV_LOG_LEVEL: "warn" },
  });
  try {
    await makeVideo(join(stack.mediaRoot, "source.mp4"), {
      duration: 4.5,
      width: 160,
      height: 120,
    });
    await stack.call("UpdateConcurrency", { scopes: { tts: { max_workers: 2 } } });
    await t.step("after kill -9", () => runCase(stack, emu, "崩溃", true));
    await t.step("after SIGTERM", () => runCase(stack, emu, "停止", false));
  } finally {
    await stack.stop();
    await emu.close();
  }
});
