import assert from "node:assert/strict";
import { ProgressBoard, renderBar } from "./follow.ts";

Deno.test("renderBar fills in proportion and clamps", () => {
  assert.equal(
    renderBar("generate_video", 50, "tts_generate", 10),
    "generate_video           [#####.....]  50% tts_generate",
  );
  assert.match(renderBar("x", 140, "done", 4), /\[####\] 100%/);
  assert.match(renderBar("x", -5, "queued", 4), /\[\.{4}\] {3}0%/);
});

Deno.test("ProgressBoard prints plain lines on phase or 10-point changes when not a TTY", () => {
  const out: string[] = [];
  const board = new ProgressBoard({ tty: false, write: (s) => out.push(s) });
  const st = (progress: number, phase: string) => [{
    task_id: "t1",
    scope: "generate_video",
    progress,
    phase,
    status: "processing",
    message: "",
  }];
  board.draw(st(1, "start"));
  board.draw(st(3, "start"));
  board.draw(st(12, "start"));
  board.draw(st(12, "tts_generate"));
  assert.equal(out.length, 3);
  assert.ok(out.every((l) => l.endsWith("\n") && !l.includes("\x1b")));
  const tty: string[] = [];
  const live = new ProgressBoard({ tty: true, write: (s) => tty.push(s) });
  live.draw(st(10, "a"));
  live.draw(st(20, "b"));
  assert.ok(tty[1].startsWith("\x1b[1A"), "redraws in place");
});
