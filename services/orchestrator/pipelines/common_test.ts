import assert from "node:assert/strict";
import { CancelledError, SacvError } from "../../common/errors.ts";
import { PipelineError } from "../pipeline.ts";
import { parseScript } from "../script.ts";
import { errorDetail, errorEventData } from "../task_outcome.ts";
import { loadScript, locate, safeName, ttsFailure, ttsItem } from "./common.ts";

const [seg] = parseScript({
  segments: [{
    id: "s1",
    start_time: 0,
    end_time: 1,
    text: "你好",
    tts: { voice: "seg-voice", options: { latency_ms: "5" } },
    tts_options: { fail: "X" },
  }],
}).segments;

Deno.test("ttsItem: task options under the segment's own overrides", () => {
  const item = ttsItem(seg, {
    provider: "fake",
    voice: "task-voice",
    speed: 1.2,
    options: { latency_ms: "100", ms_per_char: "50" },
  });
  assert.deepEqual(item, {
    request_id: "s1",
    text: "你好",
    codec: "wav",
    provider: "fake",
    voice: "seg-voice",
    speed: 1.2,
    options: { latency_ms: "5", ms_per_char: "50", fail: "X" },
  });
  const bare = ttsItem({ ...seg, tts: undefined }, {});
  assert.deepEqual(bare, { request_id: "s1", text: "你好", codec: "wav" });
});

Deno.test("locate: media errors gain a location; cancels and located errors pass through", () => {
  const e = locate(new SacvError("INVALID_ARGUMENT", "bad clip", { reason: "BAD_PATH" }), {
    stage: "align",
    segment_id: "s1",
    index: 0,
  });
  assert.ok(e instanceof PipelineError);
  assert.deepEqual(e.location, { stage: "align", segment_id: "s1", index: 0, code: "BAD_PATH" });
  assert.match(e.message, /align failed \(segment s1, index 0\): bad clip/);
  const c = new CancelledError();
  assert.equal(locate(c, { stage: "cut" }), c);
  const p = new PipelineError("INTERNAL", "x", { stage: "tts" });
  assert.equal(locate(p, { stage: "cut" }), p);
  const plain = locate(new Error("disk full"), { stage: "concat" }) as PipelineError;
  assert.equal(plain.status, "INTERNAL");
  assert.equal(plain.location.stage, "concat");
});

Deno.test("ttsFailure: status from the item error, located to the segment", () => {
  const e = ttsFailure(seg, {
    request_id: "s1",
    code: "RESOURCE_EXHAUSTED",
    reason: "RequestLimitExceeded",
    message: "throttled",
    provider: "tencent",
    attempts: 4,
    retryable: true,
  });
  assert.equal(e.status, "RESOURCE_EXHAUSTED");
  assert.equal(e.reason, "RequestLimitExceeded");
  assert.deepEqual(e.location, {
    segment_id: "s1",
    index: 0,
    stage: "tts",
    provider: "tencent",
    code: "RequestLimitExceeded",
  });
  assert.match(e.message, /after 4 attempt/);
});

Deno.test("safeName: keeps CJK, replaces separators and control characters", () => {
  assert.equal(safeName("我的/项目:1"), "我的_项目_1");
  assert.equal(safeName("..hidden"), "hidden");
  assert.equal(safeName("a\u0001b"), "a_b");
  assert.equal(safeName("  "), "project");
});

Deno.test("loadScript: the validate failure names every bad segment, numbers as numbers", () => {
  const ctx = {
    project: {
      script: {
        segments: [
          { id: "a", start_time: 0, end_time: 1, text: "好" },
          { id: "短", start_time: 1, end_time: 1.02, text: "太短" },
          { id: "late", start_time: 30, end_time: 31, text: "太晚" },
        ],
      },
    },
  } as unknown as PipelineContextLike;
  let err: unknown;
  try {
    loadScript(ctx, { duration: 10, fps: 25 } as ProbeLike);
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof PipelineError);
  assert.deepEqual(err.location, {
    stage: "validate",
    code: "INVALID_SCRIPT",
    segment_id: "短",
    index: 1,
    bad_segments: [1, 2],
  });
  const data = errorEventData(errorDetail(err, err.location), err.location.bad_segments);
  assert.deepEqual(data, {
    stage: "validate",
    code: "INVALID_SCRIPT",
    segment_id: "短",
    index: 1,
    bad_segments: [1, 2],
  });
});

type PipelineContextLike = Parameters<typeof loadScript>[0];
type ProbeLike = NonNullable<Parameters<typeof loadScript>[1]>;
