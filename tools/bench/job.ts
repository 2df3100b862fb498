// Whole generate_video job through real TTS (fake provider) and media processes: is the TTS/media
// overlap real? Compares the job's wall time to max(TTS ideal, media work alone) and to a serial run.
import { join } from "node:path";
import { makeVideo } from "../../test/support/media_fixtures.ts";
import { generateVideo } from "../../services/orchestrator/pipelines/generate_video.ts";
import {
  makeHarness,
  type Stack,
  startStack,
} from "../../services/orchestrator/pipelines/testing.ts";

function envNumber(name: string, fallback: number): number {
  const raw = Deno.env.get(name);
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(
      `Cannot read '${name}' as it must be a non-negative integer: current value is ${raw}`,
    );
  }
  return n;
}

const SEGMENT_SECONDS = 1.5;
// Distinct characters per run keep the TTS cache from answering for a later run.
const RUN_CHARS = [..."甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"];

function script(n: number, run: number) {
  return {
    segments: Array.from({ length: n }, (_, i) => ({
      id: `b${i}`,
      start_time: i * SEGMENT_SECONDS,
      end_time: (i + 1) * SEGMENT_SECONDS,
      // 17 characters of fake speech = 1.36 s, a little shorter than the clip.
      text: RUN_CHARS[run].repeat(16) + String.fromCodePoint(0x4e00 + i),
    })),
  };
}

async function timeJob(stack: Stack, n: number, run: number, latencyMs: number): Promise<number> {
  const h = makeHarness({
    stack,
    scope: "generate_video",
    videoPath: "bench/src.mp4",
    script: script(n, run),
    options: { tts: { options: { latency_ms: String(latencyMs) } } },
  });
  const t0 = performance.now();
  await generateVideo(h.ctx, stack.clients);
  return (performance.now() - t0) / 1000;
}

async function timeSerialTts(stack: Stack, n: number, run: number, latencyMs: number) {
  const t0 = performance.now();
  for (const [i, s] of script(n, run).segments.entries()) {
    await stack.clients.tts.synthesizeMany([{
      request_id: `serial${i}`,
      text: s.text,
      options: { latency_ms: String(latencyMs) },
    }], { onResult: () => {} });
  }
  return (performance.now() - t0) / 1000;
}

/**
 * Runs the job benchmark. Env: `BENCH_JOB_N` segments (16), `BENCH_JOB_L_MS`
 * fake TTS latency (1500), `BENCH_JOB_K` TTS global limit (4), `BENCH_JOB_REPEAT`
 * runs of each measurement (2; the fastest counts).
 */
export async function runBench(): Promise<string[]> {
  const n = envNumber("BENCH_JOB_N", 16);
  const latency = envNumber("BENCH_JOB_L_MS", 1500);
  const k = envNumber("BENCH_JOB_K", 4);
  const repeat = envNumber("BENCH_JOB_REPEAT", 2);
  if (repeat < 1 || 2 * repeat + 1 > RUN_CHARS.length) {
    throw new RangeError(
      `Cannot read 'BENCH_JOB_REPEAT' as it must be 1..${
        (RUN_CHARS.length - 1) >> 1
      }: current value is ${repeat}`,
    );
  }
  if (n < 1 || k < 1) throw new RangeError("BENCH_JOB_N and BENCH_JOB_K must be >= 1");
  const stack = await startStack({
    SACV_TTS_MAX_WORKERS: String(k),
    SACV_TTS_PROVIDER_LIMITS: `fake=${Math.max(n, k)}`,
  });
  try {
    await Deno.mkdir(join(stack.mediaRoot, "bench"));
    await makeVideo(join(stack.mediaRoot, "bench/src.mp4"), {
      duration: n * SEGMENT_SECONDS + 0.5,
      fps: 25,
    });
    // Media work alone = the same job with instant TTS. Runs alternate media-only and real jobs
    // and the fastest of each is used, which damps the noise of a shared machine.
    const medias: number[] = [];
    const jobs: number[] = [];
    for (let r = 0; r < repeat; r++) {
      medias.push(await timeJob(stack, n, 2 * r, 0));
      jobs.push(await timeJob(stack, n, 2 * r + 1, latency));
    }
    const media = Math.min(...medias);
    const job = Math.min(...jobs);
    const serialTts = await timeSerialTts(stack, n, 2 * repeat, latency);
    const ideal = (Math.ceil(n / k) * latency) / 1000;
    const floor = Math.max(ideal, media);
    const serial = serialTts + media;
    const f = (x: number) => x.toFixed(2);
    return [
      `generate_video job: N=${n} segments of ${SEGMENT_SECONDS}s, fake TTS latency L=${latency} ms, TTS limit k=${k}`,
      `  whole job (fastest of ${repeat}):      ${f(job)} s (${jobs.map(f).join(", ")})`,
      `  TTS ideal ceil(N/k)*L:              ${f(ideal)} s`,
      `  media work alone (same job, L=0):   ${f(media)} s (${medias.map(f).join(", ")})`,
      `  ratio job / max(ideal, media):      ${f(job / floor)} (goal <= 1.10) ${
        job / floor <= 1.1 ? "OK" : "ABOVE GOAL"
      }`,
      `  serial baseline (N*L measured one at a time + media): ${f(serial)} s`,
      `  ratio job / serial baseline:        ${f(job / serial)} (${f(serial / job)}x faster)`,
    ];
  } finally {
    await stack.stop();
  }
}

if (import.meta.main) {
  for (const line of await runBench()) console.log(line);
}
