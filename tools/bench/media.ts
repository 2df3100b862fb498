// Benchmark of the media service: time per AlignNarration through the real
// service process (gRPC, path checks, probes, temp + rename) against one bare
// ffmpeg run with the same arguments. Goal: ratio <= 1.2.
import { createClient, unary } from "../../services/common/client.ts";
import { buildAlignArgs } from "../../services/media/align_args.ts";
import { planAlignment } from "../../services/media/align_plan.ts";
import { probe } from "../../services/media/probe.ts";
import { makeTone, makeVideo } from "../../test/support/media_fixtures.ts";
import { spawnService } from "../../test/support/spawn_service.ts";

/** Clips per run and their shape (small enough to finish in seconds). */
const CLIPS = 4;
const CLIP_SECONDS = 6;
const RATIOS = [1.1, 0.9, 1.4, 0.6];
const ROUNDS = 3;
const GOAL = 1.2;

async function bareFfmpeg(root: string, i: number): Promise<number> {
  const clip = await probe(`${root}/clip${i}.mp4`);
  const narr = await probe(`${root}/n${i}.wav`);
  const plan = planAlignment(narr.audio_duration, clip.video_duration);
  const args = buildAlignArgs(plan, {
    video: { path: `${root}/clip${i}.mp4`, info: clip, inputArgs: [] },
    narration: `${root}/n${i}.wav`,
  });
  const t0 = performance.now();
  const out = await new Deno.Command("ffmpeg", {
    args: [...args, `${root}/bare${i}.mp4`],
    stdin: "null",
    stdout: "null",
    stderr: "null",
  }).output();
  const ms = performance.now() - t0;
  if (!out.success) throw new Error(`bare ffmpeg failed for clip ${i}`);
  return ms;
}

/** Runs the media benchmark and returns the lines to print. */
export async function runBench(): Promise<string[]> {
  const root = await Deno.realPath(await Deno.makeTempDir({ prefix: "sacv-bench-media-" }));
  const svc = await spawnService("media", { SACV_UPLOADS_DIR: root, SACV_LOG_LEVEL: "warn" });
  const client = createClient("sacv.media.v1.MediaService", svc.addr);
  try {
    for (let i = 0; i < CLIPS; i++) {
      await makeVideo(`${root}/clip${i}.mp4`, { duration: CLIP_SECONDS, width: 640, height: 360 });
      await makeTone(`${root}/n${i}.wav`, { duration: CLIP_SECONDS * RATIOS[i % RATIOS.length] });
    }
    const align = (i: number, round: number) =>
      unary(client, "AlignNarration", {
        clip: `clip${i}.mp4`,
        narration: `n${i}.wav`,
        output: `svc${i}_${round}.mp4`,
      });
    await align(0, -1); // warm up the channel and the service
    await bareFfmpeg(root, 0);

    let serviceMs = 0;
    let bareMs = 0;
    const pairRatios: number[] = [];
    // Interleave so both sides see the same machine load.
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < CLIPS; i++) {
        const t0 = performance.now();
        await align(i, round);
        const svcMs = performance.now() - t0;
        const rawMs = await bareFfmpeg(root, i);
        serviceMs += svcMs;
        bareMs += rawMs;
        pairRatios.push(svcMs / rawMs);
      }
    }
    const runs = ROUNDS * CLIPS;
    // The median of back-to-back pairs is steadier than totals on a shared machine.
    const ratio = pairRatios.sort((a, b) => a - b)[Math.floor(runs / 2)];
    return [
      `align ${runs} clips (${CLIP_SECONDS} s, 640x360, narration ${RATIOS.join("/")}× clip)`,
      `service per clip: ${(serviceMs / runs).toFixed(1)} ms (gRPC + checks + probes + ffmpeg)`,
      `bare ffmpeg per clip: ${(bareMs / runs).toFixed(1)} ms (same arguments)`,
      `ratio (median of ${runs} pairs): ${ratio.toFixed(2)} (goal <= ${GOAL}) ` +
      `${ratio <= GOAL ? "OK" : "MISSED"}; ratio of totals ${(serviceMs / bareMs).toFixed(2)}`,
    ];
  } finally {
    client.close();
    await svc.stop();
    await Deno.remove(root, { recursive: true });
  }
}

if (import.meta.main) {
  for (const line of await runBench()) console.log(line);
}
