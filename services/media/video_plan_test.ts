import assert from "node:assert/strict";
import type { FrameTable } from "./frame_table.ts";
import {
  chunkPieces,
  entryFrames,
  framesOf,
  MAX_PIECE_FRAMES,
  planVideo,
  type SegmentSpec,
} from "./video_plan.ts";

/** A constant-rate table: `n` frames at 30 fps (512 ticks of 1/15360), a cut every `gop`. */
function table(n: number, gop: number): FrameTable {
  const frames = Array.from(
    { length: n },
    (_, i) => ({ pts: i * 512, dts: (i - 2) * 512, size: 100 }),
  );
  const cuts = frames.map((_, i) => i).filter((i) => i % gop === 0);
  return { timescale: 15360, frames, cuts, start: 0, frameTicks: 512, delay: 2, openGop: false };
}

const seg = (from: number, to: number, extra: Partial<SegmentSpec> = {}): SegmentSpec => ({
  from,
  to,
  body: to - from,
  hold: 0,
  ...extra,
});

const shape = (plan: ReturnType<typeof planVideo>) =>
  plan.entries.map((e) =>
    e.kind === "copy" ? `copy ${e.from}-${e.to}` : `piece ${e.piece.from}-${e.piece.to}`
  );

Deno.test("a contiguous script in order copies the whole video", () => {
  const t = table(600, 150);
  const plan = planVideo(t, [seg(0, 75), seg(75, 300), seg(300, 420), seg(420, 600)], true);
  assert.deepEqual(shape(plan), ["copy 0-600"]);
  assert.equal(plan.pieces.length, 0);
  assert.deepEqual(plan.segments.map((s) => [s.start, s.frames, s.copied]), [
    [0, 75, 75],
    [75, 225, 225],
    [300, 120, 120],
    [420, 180, 180],
  ]);
});

Deno.test("whole GOPs are copied and only the partial GOPs at the edges are encoded", () => {
  const t = table(600, 150);
  const plan = planVideo(t, [seg(69, 372), seg(30, 90)], true);
  assert.deepEqual(shape(plan), ["piece 69-150", "copy 150-300", "piece 300-372", "piece 30-90"]);
  assert.deepEqual(plan.segments.map((s) => [s.start, s.frames, s.copied]), [
    [0, 303, 150],
    [303, 60, 0],
  ]);
  assert.deepEqual(plan.segments[0].pieces.length, 2);
  // Pieces come out in source order for the chunk processes.
  assert.deepEqual(plan.pieces.map((p) => p.from), [30, 69, 300]);
  assert.equal(plan.frames, 363);
});

Deno.test("a held last frame or a slowed slot splits the run there", () => {
  const t = table(600, 150);
  const plan = planVideo(
    t,
    [seg(0, 150, { hold: 20 }), seg(150, 300), seg(300, 330, { body: 45 })],
    true,
  );
  assert.deepEqual(shape(plan), ["copy 0-150", "piece 149-150", "copy 150-300", "piece 300-330"]);
  const hold = plan.entries[1];
  assert.equal(hold.kind === "piece" && hold.piece.body + hold.piece.hold, 20);
  assert.equal(entryFrames(plan.entries[3]), 45);
  assert.deepEqual(plan.segments.map((s) => s.frames), [170, 150, 45]);
});

Deno.test("without copy every segment is encoded, long ones in parts", () => {
  const t = table(2000, 150);
  const plan = planVideo(t, [seg(0, 700), seg(700, 710)], false);
  assert.ok(plan.entries.every((e) => e.kind === "piece"));
  assert.ok(plan.pieces.every((p) => p.to - p.from <= MAX_PIECE_FRAMES));
  assert.equal(plan.frames, 710);
  assert.equal(plan.pieces.at(-1)!.from, 700);
});

Deno.test("script times map to the nearest frame boundary, at least one frame", () => {
  const t = table(300, 30);
  assert.deepEqual(framesOf(t, 2.3, 9.99), [69, 300]);
  assert.deepEqual(framesOf(t, 1.0, 1.01), [30, 31]);
  assert.deepEqual(framesOf(t, 0.51, 0.99), [15, 30]);
});

Deno.test("chunks keep source order, never overlap inside one and stay bounded", () => {
  const pieces = [
    { key: "a", from: 0, to: 100, body: 100, hold: 0 },
    { key: "b", from: 50, to: 60, body: 10, hold: 0 },
    { key: "c", from: 200, to: 260, body: 60, hold: 0 },
    { key: "d", from: 300, to: 700, body: 400, hold: 0 },
  ];
  const chunks = chunkPieces(pieces, 150);
  assert.deepEqual(chunks.map((c) => c.map((p) => p.key)), [["a"], ["b", "c"], ["d"]]);
  assert.equal(chunkPieces(pieces.slice(2), 10_000, 1).length, 2);
});

Deno.test("the decode check reads the first frames of every entry and the file's ends", async () => {
  const { checkWindows } = await import("./decode_check.ts");
  assert.deepEqual(checkWindows(400, [81, 90, 231], [0, 81, 90, 231, 381]), [
    { from: 0, to: 16 },
    { from: 81, to: 106 },
    { from: 231, to: 247 },
    { from: 381, to: 397 },
  ]);
  assert.deepEqual(checkWindows(10, [], [0]), [{ from: 0, to: 10 }]);
});
