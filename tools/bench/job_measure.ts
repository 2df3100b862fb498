// Measurements of the job benchmark: memory of the stack and of its ffmpeg children
// (sampled from /proc while a job runs), and the quality of an output against its source
// (copied frames bit-exact by framemd5, re-encoded frames by PSNR, their bit rate).
import { childPids } from "../../test/support/processes.ts";
import { readMp4FrameTable } from "../../services/media/frame_table.ts";
import { sourceBitrate } from "../../services/media/video_encoder.ts";
import type { VideoPlan } from "../../services/media/video_plan.ts";
import { frameMd5s, psnrs } from "../../services/media/testing.ts";

function kib(pid: number, key: "VmRSS" | "VmHWM"): number {
  try {
    const status = Deno.readTextFileSync(`/proc/${pid}/status`);
    const m = status.match(new RegExp(`${key}:\\s+(\\d+) kB`));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Peak memory seen while sampling. */
export interface MemoryPeaks {
  /** Sum of the resident sets of the stack's processes, MB. */
  stackMb: number;
  /** Largest peak resident set of one ffmpeg child, MB. */
  ffmpegMb: number;
  /** Peak resident set of each stack process (in the order given), MB. */
  eachMb: number[];
}

/** Samples every 100 ms until `stop()`: the stack's processes and their ffmpeg children. */
export function sampleMemory(stack: number[], parents: number[]): { stop(): MemoryPeaks } {
  let stackKb = 0;
  let ffmpegKb = 0;
  const eachKb = stack.map(() => 0);
  const tick = () => {
    const now = stack.map((pid) => kib(pid, "VmRSS"));
    now.forEach((kb, i) => (eachKb[i] = Math.max(eachKb[i], kb)));
    stackKb = Math.max(stackKb, now.reduce((s, kb) => s + kb, 0));
    for (const p of parents) {
      for (const child of childPids(p)) ffmpegKb = Math.max(ffmpegKb, kib(child, "VmHWM"));
    }
  };
  tick();
  const timer = setInterval(tick, 100);
  return {
    stop() {
      clearInterval(timer);
      tick();
      return {
        stackMb: stackKb / 1024,
        ffmpegMb: ffmpegKb / 1024,
        eachMb: eachKb.map((kb) => kb / 1024),
      };
    },
  };
}

/** How an output compares with its source. */
export interface Quality {
  copiedFrames: number;
  /** Copied frames whose decoded picture equals the source's (framemd5). */
  exactFrames: number;
  /** Lowest PSNR among the sampled re-encoded ranges, dB. */
  minPsnr: number;
  /** Bit rate of the re-encoded frames over the source's average bit rate. */
  bitrateRatio: number;
}

/**
 * Compares `output` with `source` along `plan` (the plan the job ran; `from` are the
 * source frames of each output frame). PSNR is taken on up to `samples` encoded pieces.
 */
export async function measureQuality(
  output: string,
  source: string,
  sourceMd5: string[],
  plan: VideoPlan,
  samples = 12,
): Promise<Quality> {
  const outMd5 = await frameMd5s(output);
  let at = 0;
  let copied = 0;
  let exact = 0;
  const encoded: { a: number; b: number; n: number }[] = [];
  let encodedBytes = 0;
  let encodedFrames = 0;
  const table = (await readMp4FrameTable(output))!;
  for (const e of plan.entries) {
    if (e.kind === "copy") {
      for (let k = 0; k < e.to - e.from; k++) {
        copied++;
        if (outMd5[at + k] === sourceMd5[e.from + k]) exact++;
      }
      at += e.to - e.from;
    } else {
      const n = e.piece.body + e.piece.hold;
      for (let k = 0; k < n; k++) encodedBytes += table.frames[at + k]?.size ?? 0;
      encodedFrames += n;
      if (e.piece.body === e.piece.to - e.piece.from && e.piece.hold === 0) {
        encoded.push({ a: at, b: e.piece.from, n });
      }
      at += n;
    }
  }
  const step = Math.max(1, Math.floor(encoded.length / samples));
  const picked = encoded.filter((_, i) => i % step === 0).slice(0, samples);
  const values = picked.length ? await psnrs(output, source, picked) : [];
  const srcTable = (await readMp4FrameTable(source))!;
  const seconds = encodedFrames / (srcTable.timescale / srcTable.frameTicks);
  const rate = seconds > 0 ? (encodedBytes * 8) / seconds : 0;
  return {
    copiedFrames: copied,
    exactFrames: exact,
    minPsnr: values.length ? Math.min(...values) : Infinity,
    bitrateRatio: rate / sourceBitrate(srcTable),
  };
}
