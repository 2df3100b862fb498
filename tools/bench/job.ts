// The job benchmark (issue 9): whole generate_video jobs through real TTS (fake voice) and
// media processes on realistic sources, against baselines run with bare ffmpeg in the same
// run: one-pass re-encode and the stream-copy floor. Prints every ratio next to its goal.
// Usage: deno task bench job [--n 16,64,256,1000] [--res 720,1080] [--scripts contiguous,gapped]
//        [--l 500] [--k 4] [--quality auto|all|none] [--seconds <source length>]
//        [--one-pass-up-to 256]
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateVideo } from "../../services/orchestrator/pipelines/generate_video.ts";
import {
  makeHarness,
  type Stack,
  startStack,
} from "../../services/orchestrator/pipelines/testing.ts";
import { readMp4FrameTable } from "../../services/media/frame_table.ts";
import { encoderArgs, probeVideoStream } from "../../services/media/video_encoder.ts";
import { framesOf, planVideo } from "../../services/media/video_plan.ts";
import { frameMd5s } from "../../services/media/testing.ts";
import { type BaselineSegment, copyFloor, onePass } from "./job_baselines.ts";
import { measureQuality, type MemoryPeaks, sampleMemory } from "./job_measure.ts";
import { benchScript, type BenchSegment, benchSource } from "./job_script.ts";

const SOURCE_SECONDS = { 720: 600, 1080: 240 } as const;
const TAGS = [..."甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"];
const f = (x: number, d = 2) => x.toFixed(d);
const verdict = (ok: boolean) => (ok ? "OK" : "MISSED");

function list(value: string | undefined, fallback: string): string[] {
  return (value ?? fallback).split(",").map((s) => s.trim()).filter(Boolean);
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, (performance.now() - t0) / 1000];
}

async function ffmpeg(args: string[]): Promise<void> {
  const out = await new Deno.Command("ffmpeg", { args, stdout: "null", stderr: "piped" }).output();
  if (!out.success) {
    throw new Error(`ffmpeg failed: ${new TextDecoder().decode(out.stderr).slice(-600)}`);
  }
}

/** One measured job and its baselines. */
interface Row {
  res: number;
  n: number;
  kind: string;
  job: number;
  ideal: number;
  onePass: number;
  floor: number;
  mem: MemoryPeaks;
  baselineMb: number;
  mode: string;
  copied: number;
  encoded: number;
  quality?: Awaited<ReturnType<typeof measureQuality>>;
}

/** Narration files for the baselines: the same texts through the same fake voice. */
async function narrations(
  stack: Stack,
  segs: BenchSegment[],
  dir: string,
): Promise<BaselineSegment[]> {
  const out: BaselineSegment[] = segs.map((s) => ({ ...s }));
  const items = segs.map((s, i) => ({ s, i })).filter(({ s }) => !s.text.startsWith("播放原片"));
  await stack.clients.tts.synthesizeMany(
    items.map(({ s }) => ({ request_id: s.id, text: s.text, codec: "wav" })),
    {
      onResult: (o) => {
        if (!o.ok) throw new Error(o.error.message);
        const i = Number(o.result.request_id.slice(1));
        const path = join(dir, `n${i}.wav`);
        Deno.writeFileSync(path, o.result.audio);
        out[i].narration = path;
        out[i].narrationSeconds = o.result.duration_ms / 1000;
      },
    },
  );
  return out;
}

async function runOne(
  stack: Stack,
  src: { path: string; rel: string; height: 720 | 1080; seconds: number },
  n: number,
  kind: "contiguous" | "gapped",
  o: {
    l: number;
    k: number;
    quality: string;
    tag: string;
    onePassUpTo: number;
    md5: () => Promise<string[]>;
  },
): Promise<Row> {
  const segs = benchScript(n, kind, src.seconds, o.tag);
  const narrated = segs.filter((s) => !s.text.startsWith("播放原片")).length;
  const h = makeHarness({
    stack,
    scope: "generate_video",
    videoPath: src.rel,
    script: { segments: segs },
    options: { tts: { options: { latency_ms: String(o.l) } } },
  });
  const mem = sampleMemory([Deno.pid, stack.tts.pid, stack.media.pid], [stack.media.pid]);
  const [result, job] = await timed(() => generateVideo(h.ctx, stack.clients));
  const peaks = mem.stop();
  console.error(
    `${src.height}p N=${n} ${kind}: job ${f(job)} s, video ${result.data.video_mode}, ` +
      `stack ${f(peaks.stackMb, 0)} MB, largest ffmpeg ${f(peaks.ffmpegMb, 0)} MB (baselines next)`,
  );
  const dir = await Deno.makeTempDir({ dir: stack.mediaRoot, prefix: "bench-" });
  try {
    const base = await narrations(stack, segs, dir);
    const ctx = { root: stack.mediaRoot, ffmpeg: "ffmpeg", ffprobe: "ffprobe" };
    const table = (await readMp4FrameTable(src.path))!;
    const info = await probeVideoStream(ctx, src.path);
    const encoder = encoderArgs(info, table, { preset: "veryfast", crf: 18 }, false);
    const a = onePass(src.path, base, 30, encoder, join(dir, "a.mp4"), join(dir, "a.graph"));
    await Deno.writeTextFile(join(dir, "a.graph"), a.graph);
    const baseMem = sampleMemory([], [Deno.pid]);
    // One ffmpeg graph of a thousand branches runs single-threaded for hours: the one-pass
    // ratio's goal is for N <= 256, so larger N skip it unless asked (`--one-pass-up-to`).
    // A baseline that fails (e.g. out of memory) is reported, not fatal.
    const [, one] = n > o.onePassUpTo
      ? [undefined, NaN] as const
      : await timed(() =>
        ffmpeg(a.args).catch((err) => {
          console.error(`one-pass baseline failed: ${err.message}`);
          throw err;
        })
      ).catch(() => [undefined, NaN] as const);
    const baselineMb = baseMem.stop().ffmpegMb;
    const b = copyFloor(
      src.path,
      base,
      join(dir, "b.mp4"),
      join(dir, "b.ffconcat"),
      join(dir, "b.graph"),
    );
    await Deno.writeTextFile(join(dir, "b.ffconcat"), b.list);
    await Deno.writeTextFile(join(dir, "b.graph"), b.graph);
    const [, floor] = await timed(() => ffmpeg(b.args)).catch((err) => {
      console.error(`copy floor failed: ${err.message}`);
      return [undefined, NaN] as const;
    });
    const row: Row = {
      res: src.height,
      n,
      kind,
      job,
      ideal: (Math.ceil(narrated / o.k) * o.l) / 1000,
      onePass: one,
      floor,
      mem: peaks,
      baselineMb,
      mode: String(result.data.video_mode),
      copied: Number(result.data.copied_seconds),
      encoded: Number(result.data.encoded_seconds),
    };
    if (o.quality === "all" || (o.quality === "auto" && n <= 64)) {
      const specs = segs.map((s) => {
        const [from, to] = framesOf(table, s.start_time, s.end_time);
        return { from, to, body: to - from, hold: 0 };
      });
      row.quality = await measureQuality(
        join(stack.mediaRoot, result.filePath),
        src.path,
        await o.md5(),
        planVideo(table, specs, row.mode !== "encode"),
      );
    }
    return row;
  } finally {
    await Deno.remove(dir, { recursive: true });
    await Deno.remove(join(stack.mediaRoot, result.filePath)).catch(() => {});
  }
}

function describe(r: Row): string[] {
  const ceiling = Math.max(r.ideal, r.onePass);
  const lines = [
    `${r.res}p N=${r.n} ${r.kind}: job ${f(r.job)} s (${f((r.job / r.n) * 1000, 0)} ms/segment), ` +
    `video ${r.mode} (copied ${f(r.copied, 1)} s, re-encoded ${f(r.encoded, 1)} s)`,
    `  TTS ideal ${f(r.ideal)} s, one-pass ffmpeg ${
      Number.isNaN(r.onePass) ? "not run" : `${f(r.onePass)} s`
    }, copy floor ${f(r.floor)} s`,
    ...(Number.isNaN(r.onePass) ? [] : [
      `  job / max(ideal, one-pass) = ${f(r.job / ceiling)}` +
      (r.res === 720 && r.n <= 256 ? ` (goal <= 1.10) ${verdict(r.job / ceiling <= 1.1)}` : ""),
    ]),
    `  job / copy floor = ${f(r.job / r.floor)}` +
    (r.kind === "contiguous"
      ? ` (goal <= 3 on a copyable source) ${verdict(r.job / r.floor <= 3)}`
      : ""),
    `  memory: stack ${f(r.mem.stackMb, 0)} MB (goal < 400) ${verdict(r.mem.stackMb < 400)} ` +
    `(peaks: orchestrator ${f(r.mem.eachMb[0], 0)}, tts ${f(r.mem.eachMb[1], 0)}, ` +
    `media ${f(r.mem.eachMb[2], 0)} MB), ` +
    `largest ffmpeg ${f(r.mem.ffmpegMb, 0)} MB (goal < 500) ${verdict(r.mem.ffmpegMb < 500)}; ` +
    (Number.isNaN(r.onePass) ? "" : `one-pass ffmpeg ${f(r.baselineMb, 0)} MB`),
  ];
  const q = r.quality;
  if (q) {
    lines.push(
      `  copied frames bit-exact: ${q.exactFrames}/${q.copiedFrames} ` +
        `${verdict(q.exactFrames === q.copiedFrames)}; re-encoded PSNR min ${f(q.minPsnr, 1)} dB ` +
        `(goal >= 45) ${verdict(q.minPsnr >= 45)}; re-encoded bit rate ${f(q.bitrateRatio)}× ` +
        `the source's (goal <= 1.10) ${verdict(q.bitrateRatio <= 1.1)}`,
    );
  }
  return lines;
}

/** Runs the job benchmark with `args` (see the usage line at the top) and returns the lines. */
export async function runBench(args: string[] = []): Promise<string[]> {
  const { values } = parseArgs({
    args,
    options: {
      n: { type: "string" },
      res: { type: "string" },
      scripts: { type: "string" },
      l: { type: "string" },
      k: { type: "string" },
      quality: { type: "string" },
      seconds: { type: "string" },
      "one-pass-up-to": { type: "string" },
    },
  });
  const sizes = list(values.n, "16,64,256,1000").map(Number);
  const resolutions = list(values.res, "720,1080").map(Number) as (720 | 1080)[];
  const kinds = list(values.scripts, "contiguous,gapped") as ("contiguous" | "gapped")[];
  const l = Number(values.l ?? 500);
  const k = Number(values.k ?? 4);
  const quality = values.quality ?? "auto";
  for (const n of sizes) {
    if (!(n >= 1)) {
      throw new RangeError(
        `Cannot use '--n' as it must list integers >= 1: current value is ${values.n}`,
      );
    }
  }
  for (const r of resolutions) {
    if (r !== 720 && r !== 1080) {
      throw new RangeError(`Cannot use '--res' as it must be 720 or 1080: current value is ${r}`);
    }
  }
  for (const s of kinds) {
    if (s !== "contiguous" && s !== "gapped") {
      throw new RangeError(
        `Cannot use '--scripts' as it must be contiguous or gapped: current value is ${s}`,
      );
    }
  }
  const cache = Deno.env.get("SACV_BENCH_CACHE") ?? ".tmp/bench";
  const lines = [
    `generate_video jobs: fake TTS L=${l} ms, k=${k}; sources x264 veryfast CRF 23, 30 fps, ` +
    `keyframe every 5 s, AAC; segments 2-3 s (gapped: 1 s between), 1 in 8 original, 1 in 8 mixed`,
  ];
  const rows: Row[] = [];
  let tag = 0;
  for (const res of resolutions) {
    const seconds = Number(values.seconds ?? SOURCE_SECONDS[res]);
    const source = await benchSource(cache, res, seconds);
    const stack = await startStack({
      SACV_TTS_MAX_WORKERS: String(k),
      SACV_TTS_PROVIDER_LIMITS: `fake=${k}`,
      SACV_TTS_ENABLE_FAKE: "1",
    });
    let md5: string[] | undefined;
    try {
      const rel = `bench/${res}p.mp4`;
      await Deno.mkdir(join(stack.mediaRoot, "bench"), { recursive: true });
      await Deno.link(source.path, join(stack.mediaRoot, rel)).catch(() =>
        Deno.copyFile(source.path, join(stack.mediaRoot, rel))
      );
      const src = { path: join(stack.mediaRoot, rel), rel, height: res, seconds };
      for (const n of sizes) {
        if (res === 1080 && n > 64 && values.n === undefined) continue; // default: 1080p for 16 and 64
        for (const kind of kinds) {
          const row = await runOne(stack, src, n, kind, {
            l,
            k,
            quality,
            tag: TAGS[tag++ % TAGS.length],
            onePassUpTo: Number(values["one-pass-up-to"] ?? 256),
            md5: async () => (md5 ??= await frameMd5s(src.path)),
          });
          rows.push(row);
          lines.push(...describe(row));
          console.error(describe(row).join("\n"));
        }
      }
    } finally {
      await stack.stop();
    }
  }
  for (const kind of kinds) {
    const at = (n: number) => rows.find((r) => r.res === 720 && r.n === n && r.kind === kind);
    const a = at(64);
    const b = at(1000);
    if (a && b) {
      const ratio = b.job / b.n / (a.job / a.n);
      lines.push(
        `720p ${kind}: cost per segment N=1000 / N=64 = ${f(ratio)} (goal <= 1.2) ${
          verdict(ratio <= 1.2)
        }`,
      );
    }
  }
  return lines;
}

if (import.meta.main) {
  for (const line of await runBench(Deno.args)) console.log(line);
}
