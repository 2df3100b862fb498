import assert from "node:assert/strict";
import pLimit from "p-limit";
import { CancelledError } from "../common/errors.ts";
import { FfmpegError, progressParser, progressSeconds, runTool } from "./ffmpeg.ts";
import { assertGone, rejectionWithin } from "../../test/support/processes.ts";

Deno.test("progressParser splits -progress output into blocks across chunk borders", () => {
  const blocks: Record<string, string>[] = [];
  const feed = progressParser((b) => blocks.push(b));
  feed("frame=10\nout_time_us=400000\nout_ti");
  feed("me=00:00:00.400000\nprogress=continue\nframe=20\nout_time_us=800");
  feed("000\nprogress=end\n");
  assert.equal(blocks.length, 2);
  assert.equal(blocks[0].progress, "continue");
  assert.equal(progressSeconds(blocks[0]), 0.4);
  assert.equal(progressSeconds(blocks[1]), 0.8);
  assert.equal(blocks[1].progress, "end");
  assert.equal(progressSeconds({ out_time: "00:01:02.500000" }), 62.5);
  assert.equal(progressSeconds({ out_time_us: "N/A" }), null);
});

Deno.test("runTool passes arguments verbatim (no shell) and reports failures with stderr", async () => {
  const dir = await Deno.makeTempDir({ prefix: "sacv-ffmpeg-" });
  try {
    const sneaky = `${dir}/$(touch ${dir}/pwned).mp4`;
    await assert.rejects(
      runTool("ffmpeg", ["-hide_banner", "-i", sneaky]),
      (err: unknown) =>
        err instanceof FfmpegError && err.exitCode !== 0 && err.stderrTail.includes("$(touch"),
    );
    await assert.rejects(Deno.stat(`${dir}/pwned`), Deno.errors.NotFound);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("aborting runTool kills the ffmpeg child and rejects with CancelledError", async () => {
  const controller = new AbortController();
  let pid = 0;
  const run = runTool("ffmpeg", [
    "-hide_banner",
    "-nostdin",
    "-re",
    "-f",
    "lavfi",
    "-i",
    "sine=duration=60",
    "-f",
    "null",
    "-",
  ], { signal: controller.signal, onSpawn: (p) => (pid = p) });
  assert.ok(pid > 0);
  controller.abort();
  // The job plays 60 s in real time: only a kill ends it within the deadline.
  assert.ok((await rejectionWithin(run, 5_000)) instanceof CancelledError);
  await assertGone([pid], 1_000);
});

Deno.test("runTool with a limit runs at most that many children; a queued run cancels without spawning", async () => {
  const limit = pLimit(1);
  const spawned: number[] = [];
  const onSpawn = (pid: number) => spawned.push(pid);
  // A short silent encode to the null muxer; the slot is held until it exits.
  const busy = [
    "-hide_banner",
    "-nostdin",
    "-f",
    "lavfi",
    "-i",
    "anullsrc",
    "-t",
    "1",
    "-f",
    "null",
    "-",
  ];
  const first = runTool("ffmpeg", busy, { limit, onSpawn });
  const second = runTool("ffmpeg", busy, { limit, onSpawn });
  const ac = new AbortController();
  const third = runTool("ffmpeg", busy, { limit, onSpawn, signal: ac.signal });
  assert.equal(limit.activeCount, 1);
  assert.equal(limit.pendingCount, 2);
  ac.abort();
  await assert.rejects(third, CancelledError);
  assert.ok(spawned.length <= 1, "the queued runs have not spawned while the first runs");
  await first;
  await second;
  // The cancelled run still had its turn queued: once it has passed, it must not have spawned.
  await limit(() => {});
  assert.equal(spawned.length, 2, "the cancelled run never spawned a child");
});
