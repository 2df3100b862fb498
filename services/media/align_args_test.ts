import assert from "node:assert/strict";
import { buildAlignArgs } from "./align_args.ts";
import { planAlignment } from "./align_plan.ts";
import type { ProbeResult } from "./messages.ts";

const info = { fps: 25, has_audio: true } as ProbeResult;
const video = { path: "/m/clip.mp4", info, inputArgs: [] };
const after = (args: string[], flag: string) => args[args.indexOf(flag) + 1];

Deno.test("speed_up copies the video and maps the narration chain with atempo 1.1", () => {
  const args = buildAlignArgs(planAlignment(2.2, 2), { video, narration: "/m/n.wav" });
  assert.deepEqual(args.slice(args.indexOf("-i"), args.indexOf("-i") + 4), [
    "-i",
    "/m/clip.mp4",
    "-i",
    "/m/n.wav",
  ]);
  assert.match(after(args, "-filter_complex"), /^\[1:a:0\].*atempo=1\.100000.*\[narr\]$/);
  assert.equal(after(args, "-c:v"), "copy");
  assert.equal(after(args, "-c:a"), "aac");
  assert.equal(after(args, "-b:a"), "192k");
  assert.equal(after(args, "-ar"), "48000");
  assert.deepEqual(args.filter((a) => a === "-map").length, 2);
  assert.ok(args.includes("+faststart"));
});

Deno.test("duck mixes the original at the given gain without renormalising", () => {
  const args = buildAlignArgs(planAlignment(2, 2), { video, narration: "/m/n.wav", duck: 0.2 });
  const graph = after(args, "-filter_complex");
  assert.match(graph, /\[0:a:0\].*volume=0\.2000,.*\[orig\]/);
  assert.match(graph, /\[narr\]\[orig\]amix=inputs=2:duration=first:normalize=0\[mix\]/);
  assert.ok(args.includes("[mix]"));
});

Deno.test("freeze holds the last frame and re-encodes; extend seeks into the source", () => {
  const frz = buildAlignArgs(planAlignment(3, 2, { overflow: "freeze" }), {
    video,
    narration: "/m/n.wav",
  });
  assert.match(
    after(frz, "-filter_complex"),
    /tpad=stop_mode=clone:stop_duration=1\.000000\[vout\]/,
  );
  assert.equal(after(frz, "-c:v"), "libx264");
  const ext = buildAlignArgs(planAlignment(3, 2, { overflow: "extend" }), {
    video: { ...video, path: "/m/src.mp4", inputArgs: ["-ss", "4.000000", "-t", "3.000000"] },
    narration: "/m/n.wav",
  });
  assert.deepEqual(ext.slice(ext.indexOf("-ss"), ext.indexOf("-ss") + 6), [
    "-ss",
    "4.000000",
    "-t",
    "3.000000",
    "-i",
    "/m/src.mp4",
  ]);
  assert.equal(after(ext, "-c:v"), "libx264");
});
