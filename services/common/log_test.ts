import assert from "node:assert/strict";
import { createLogger, parseLogLevel } from "./log.ts";

Deno.test("logger writes JSON lines with level, msg and ids, filtered by level", () => {
  const lines: string[] = [];
  const log = createLogger("svc", { level: "info", sink: (l) => lines.push(l) });
  log.debug("hidden");
  log.child({ task_id: "t1" }).warn("careful", { segment_id: "s2", error: new Error("boom") });
  assert.equal(lines.length, 1);
  const obj = JSON.parse(lines[0]);
  assert.equal(obj.level, "warn");
  assert.equal(obj.msg, "careful");
  assert.equal(obj.service, "svc");
  assert.equal(obj.task_id, "t1");
  assert.equal(obj.segment_id, "s2");
  assert.deepEqual(obj.error, { name: "Error", message: "boom" });
});

Deno.test("parseLogLevel refuses unknown levels naming the value", () => {
  assert.equal(parseLogLevel(undefined), "info");
  assert.equal(parseLogLevel("debug"), "debug");
  assert.throws(() => parseLogLevel("loud"), /current value is loud/);
});
