// The task shapes the upstream superAIAutoCutVideo frontend polls: every internal status maps
// to an event `type` it understands, so queued tasks show as running and interrupted ones end.
import assert from "node:assert/strict";
import { taskJson, tasksByScope, taskType } from "./convert.ts";
import type { TaskMsg } from "./types.ts";
import { upstreamSeesActive, upstreamSeesFinished } from "../test/support/upstream_task_state.ts";

function task(status: string, more: Partial<TaskMsg> = {}): TaskMsg {
  return {
    task_id: `t-${status}`,
    project_id: "p1",
    scope: "generate_video",
    status,
    progress: 0,
    phase: status,
    message: "",
    error: null,
    file_path: "",
    created_at: "2026-01-01T00:00:00.000Z",
    started_at: "",
    finished_at: "",
    segments: [],
    resumed_from: "",
    resumed_by: "",
    ...more,
  };
}

Deno.test("taskType: queued and processing are progress; interrupted and failed are error", () => {
  assert.deepEqual(
    ["queued", "processing", "completed", "failed", "cancelled", "interrupted"].map(taskType),
    ["progress", "progress", "completed", "error", "cancelled", "error"],
  );
});

Deno.test("the upstream frontend sees queued/processing as active and every end status as finished", () => {
  for (const status of ["queued", "processing"]) {
    const t = taskJson(task(status));
    assert.ok(upstreamSeesActive(t), `${status} is active`);
    assert.ok(!upstreamSeesFinished(t), `${status} is not finished`);
  }
  for (const status of ["completed", "failed", "cancelled", "interrupted"]) {
    const t = taskJson(task(status, { finished_at: "2026-01-01T00:01:00.000Z" }));
    assert.ok(upstreamSeesFinished(t), `${status} is finished`);
    assert.ok(!upstreamSeesActive(t), `${status} is not active`);
  }
});

Deno.test("a queued task keeps its own status next to type and timestamp", () => {
  const t = taskJson(task("queued"));
  assert.equal(t.status, "queued");
  assert.equal(t.type, "progress");
  assert.equal(t.timestamp, "2026-01-01T00:00:00.000Z", "created_at until it starts");
});

Deno.test("an interrupted task is an error with its reason and the time it ended", () => {
  const t = taskJson(task("interrupted", {
    started_at: "2026-01-01T00:00:05.000Z",
    finished_at: "2026-01-01T00:00:09.000Z",
    error: {
      code: "UNAVAILABLE",
      reason: "INTERRUPTED",
      message: "the orchestrator shut down while the task was running",
      segment_id: "",
      index: 0,
      stage: "",
      provider: "",
    },
  }));
  assert.equal(t.status, "interrupted");
  assert.equal(t.type, "error");
  assert.equal(t.timestamp, "2026-01-01T00:00:09.000Z");
  assert.deepEqual(t.error, {
    code: "UNAVAILABLE",
    reason: "INTERRUPTED",
    message: "the orchestrator shut down while the task was running",
  });
});

Deno.test("tasksByScope keeps the newest task per scope with its type", () => {
  const older = task("interrupted", { task_id: "old" });
  const newer = task("queued", { task_id: "new", created_at: "2026-01-01T00:02:00.000Z" });
  const out = tasksByScope([newer, older]);
  assert.equal(out.generate_video?.task_id, "new");
  assert.equal(out.generate_video?.type, "progress");
  assert.equal(out.generate_jianying_draft, null);
  assert.equal(out.generate_script, null);
});
