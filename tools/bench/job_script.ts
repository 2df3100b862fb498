// Sources and scripts of the job benchmark: realistic sources (H.264 with B-frames, 5 s
// GOP, AAC) generated once and cached, and scripts of N segments of 2-3 s, contiguous or
// with gaps, wrapping round to the start of the source when they run past its end.
import { join } from "node:path";

/** A generated source. */
export interface BenchSource {
  path: string;
  height: 720 | 1080;
  seconds: number;
  fps: number;
}

/** A script segment as the pipeline takes it, plus what the bench needs to know. */
export interface BenchSegment {
  id: string;
  start_time: number;
  end_time: number;
  text: string;
  OST?: number;
}

/** Generates (or reuses) a source of `seconds` at `height`p, 30 fps, keyframe every 5 s. */
export async function benchSource(
  dir: string,
  height: 720 | 1080,
  seconds: number,
): Promise<BenchSource> {
  const width = height === 720 ? 1280 : 1920;
  const path = join(dir, `src_${height}p_${seconds}s.mp4`);
  const source = { path, height, seconds, fps: 30 };
  try {
    await Deno.stat(path);
    return source;
  } catch { /* generate it */ }
  await Deno.mkdir(dir, { recursive: true });
  const tmp = `${path}.tmp.mp4`;
  const out = await new Deno.Command("ffmpeg", {
    args: [
      "-hide_banner",
      "-loglevel",
      "error",
      "-y",
      "-f",
      "lavfi",
      "-i",
      `testsrc2=size=${width}x${height}:rate=30:duration=${seconds}`,
      "-f",
      "lavfi",
      "-i",
      `sine=frequency=330:sample_rate=48000:duration=${seconds},volume=2`,
      // What an upload typically is: x264 with B-frames, a keyframe every 5 s, AAC stereo.
      "-c:v",
      "libx264",
      "-preset",
      "veryfast",
      "-crf",
      "23",
      "-g",
      "150",
      "-keyint_min",
      "150",
      "-sc_threshold",
      "0",
      "-pix_fmt",
      "yuv420p",
      "-c:a",
      "aac",
      "-b:a",
      "128k",
      "-ac",
      "2",
      "-movflags",
      "+faststart",
      tmp,
    ],
  }).output();
  if (!out.success) {
    throw new Error(`source generation failed: ${new TextDecoder().decode(out.stderr)}`);
  }
  await Deno.rename(tmp, path);
  return source;
}

/** Deterministic 0..1 values, so every run of the bench uses the same script. */
function unit(i: number, salt: number): number {
  const x = Math.sin(i * 12.9898 + salt * 78.233) * 43758.5453;
  return x - Math.floor(x);
}

/**
 * N segments of 2-3 s: `contiguous` continues where the last one ended, `gapped` skips
 * 1 s between segments. Every 8th segment plays the original, every 8th + 4 is mixed
 * (OST 2); narration texts run 0.8-1.3× their slot at the fake voice's 80 ms per character.
 * `tag` (one CJK character) keeps the TTS cache from answering across runs.
 */
export function benchScript(
  n: number,
  kind: "contiguous" | "gapped",
  sourceSeconds: number,
  tag: string,
): BenchSegment[] {
  const out: BenchSegment[] = [];
  let t = 0;
  for (let i = 0; i < n; i++) {
    const len = Math.round((2 + unit(i, 1)) * 30) / 30;
    if (t + len > sourceSeconds - 0.1) t = 0; // wrap round
    const start = Math.round(t * 1000) / 1000;
    const end = Math.round((t + len) * 1000) / 1000;
    t = end + (kind === "gapped" ? 1 : 0);
    const chars = Math.max(4, Math.round(((end - start) / 0.08) * (0.8 + 0.5 * unit(i, 2))));
    const seg: BenchSegment = { id: `b${i}`, start_time: start, end_time: end, text: "" };
    if (i % 8 === 0) seg.text = "播放原片";
    else {
      seg.text = tag + String.fromCodePoint(0x4e00 + (i % 20000)).repeat(chars - 1);
      if (i % 8 === 4) seg.OST = 2;
    }
    out.push(seg);
  }
  return out;
}
