// The final render of an output: the joined video re-encoded once into another frame (size,
// aspect, fit with a blurred background or fill by cropping), frame rate and/or with the
// subtitles burned in (libass, a CJK font); the audio track copied untouched.
import { join } from "node:path";
import { SacvError } from "../common/errors.ts";
import { type FrameRequest, frameSize, type StyleRequest } from "../common/output_frame.ts";
import type { MediaContext } from "./context.ts";
import { baseArgs, runTool } from "./ffmpeg.ts";
import { probe } from "./probe.ts";
import { DEFAULT_ENCODE } from "./video_encoder.ts";
import { assFromSrt, type AssStyle, parseSrt } from "./subtitle_ass.ts";
import { MP4_OUTPUT_WITH_PROGRESS } from "./concat_copy.ts";

/** What a render does; built by {@linkcode planRender}. */
export interface RenderPlan {
  width: number;
  height: number;
  /** Output frame rate; 0 keeps the input's. */
  fps: number;
  fit: "fit" | "fill";
  /** Whether the frame differs from the input's (scale/crop/pad needed). */
  resize: boolean;
  /** The .ass to burn in, when there are cues. */
  ass?: string;
  /** Why the video is re-encoded, for the task's result ("" = no render). */
  reason: string;
}

/** Options for {@linkcode planRender}. */
export interface RenderRequest {
  frame?: FrameRequest | null;
  style?: StyleRequest | null;
  /** The SubRip text to burn in (when style.burn). */
  srt?: string;
}

/**
 * What the final pass must do for an input of `src` pixels at `srcFps`, or a plan whose
 * `reason` is "" when the stream copy stands (nothing asked, or only what the input already is).
 */
export function planRender(
  src: { width: number; height: number },
  srcFps: number,
  req: RenderRequest,
): RenderPlan {
  const f = req.frame ?? {};
  const { width, height } = frameSize(src, f);
  const fps = f.fps && Math.abs(f.fps - srcFps) > 1e-3 ? f.fps : 0;
  const fit = f.fit === "fill" ? "fill" : "fit";
  const resize = width !== src.width || height !== src.height;
  const reasons: string[] = [];
  if (resize) reasons.push(`${width}x${height} ${fit}`);
  if (fps) reasons.push(`${fps} fps`);
  let ass: string | undefined;
  if (req.style?.burn && req.srt !== undefined) {
    const cues = parseSrt(req.srt);
    if (cues.length > 0) {
      ass = assFromSrt(cues, { width, height }, styleOf(req.style, height));
      reasons.push("burned-in subtitles");
    }
  }
  const reason = reasons.length ? `re-rendered: ${reasons.join(", ")}` : "";
  return { width, height, fps, fit, resize, ass, reason };
}

function styleOf(s: StyleRequest, height: number): AssStyle {
  const size = s.font_size || Math.max(12, Math.round(height * 0.055));
  return {
    fontSize: size,
    position: (s.position || "bottom") as AssStyle["position"],
    outline: s.outline ?? Math.max(1, Math.round(size / 14)),
  };
}

/** The video filter chain of `plan` (input `[0:v]`, output `[v]`); `ass` is a file name. */
export function renderFilter(plan: RenderPlan, assFile = "subs.ass"): string {
  const { width: W, height: H } = plan;
  const head = plan.fps ? `fps=${plan.fps}` : "null";
  const tail = `${plan.ass ? `,ass=${assFile}` : ""},format=yuv420p,setsar=1[v]`;
  if (!plan.resize) return `[0:v]${head}${tail}`;
  const cover = (w: number, h: number) =>
    `scale=${w}:${h}:force_original_aspect_ratio=increase,crop=${w}:${h}`;
  if (plan.fit === "fill") return `[0:v]${head},${cover(W, H)}${tail}`;
  // The background is blurred at a quarter of the size: the same look for a fraction of the work.
  const bw = Math.max(2, Math.round(W / 8) * 2);
  const bh = Math.max(2, Math.round(H / 8) * 2);
  return [
    `[0:v]${head},split=2[bg0][fg0]`,
    `[bg0]${cover(bw, bh)},gblur=sigma=6,scale=${W}:${H},setsar=1[bg]`,
    `[fg0]scale=${W}:${H}:force_original_aspect_ratio=decrease:force_divisible_by=2,setsar=1[fg]`,
    `[bg][fg]overlay=(W-w)/2:(H-h)/2${tail}`,
  ].join(";");
}

/** Options for {@linkcode renderVideo}. */
export interface RenderOptions {
  /** Folder for the .ass and graph (the ffmpeg child runs there: no path escaping). */
  work: string;
  /** Duration of the input, seconds (for progress). */
  seconds: number;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * Re-encodes `input` (absolute) into `output` per `plan`, audio copied, and checks the result:
 * the frame is exactly `plan`'s, and the video lasts as long as the audio (one frame's slack).
 */
export async function renderVideo(
  ctx: MediaContext,
  input: string,
  output: string,
  plan: RenderPlan,
  options: RenderOptions,
): Promise<void> {
  const { work, signal } = options;
  if (plan.ass) await Deno.writeTextFile(join(work, "subs.ass"), plan.ass);
  const graph = join(work, "render.graph");
  await Deno.writeTextFile(graph, renderFilter(plan) + "\n");
  const settings = ctx.encode ?? DEFAULT_ENCODE;
  await runTool(ctx.ffmpeg, [
    ...baseArgs(),
    "-i",
    input,
    "-filter_complex_script",
    graph,
    "-map",
    "[v]",
    "-map",
    "0:a:0?",
    "-c:v",
    "libx264",
    "-preset",
    settings.preset,
    "-crf",
    String(settings.crf),
    "-c:a",
    "copy",
    ...MP4_OUTPUT_WITH_PROGRESS,
    output,
  ], {
    signal,
    limit: ctx.limit,
    cwd: work,
    onProgress: (b) =>
      options.onProgress?.(
        Math.min(1, Number(b.out_time_us ?? 0) / 1e6 / options.seconds || 0),
      ),
  });
  const got = await probe(output, { ffprobe: ctx.ffprobe, signal, field: "output" });
  if (got.width !== plan.width || got.height !== plan.height) {
    throw new SacvError(
      "INTERNAL",
      `rendered frame is ${got.width}x${got.height}, ${plan.width}x${plan.height} was asked`,
      { reason: "RENDER_CHECK_FAILED" },
    );
  }
  const frame = 1 / (got.fps || plan.fps || 25);
  if (got.has_audio && Math.abs(got.video_duration - got.audio_duration) > frame + 1e-3) {
    throw new SacvError(
      "INTERNAL",
      `rendered video lasts ${got.video_duration.toFixed(3)} s, audio ${
        got.audio_duration.toFixed(3)
      } s`,
      { reason: "RENDER_CHECK_FAILED" },
    );
  }
}
