// ExtractFrame: one frame of a video as a JPEG or PNG still (draft covers, held last frames).
import { SacvError } from "../common/errors.ts";
import type { MediaContext } from "./context.ts";
import { baseArgs, runTool, sec } from "./ffmpeg.ts";
import { writeAtomically } from "./output.ts";
import { toRootRelative } from "./paths.ts";
import { openInputOutput, probe } from "./probe.ts";
import type { ExtractFrameRequest, ExtractFrameResult } from "./messages.ts";

/** Output extensions of a still. */
export const IMAGE_EXTENSIONS: readonly string[] = [".jpg", ".jpeg", ".png"];

function invalid(field: string, message: string): SacvError {
  return new SacvError("INVALID_ARGUMENT", `${field}: ${message}`, {
    reason: "INVALID_FRAME",
    details: { field },
  });
}

/**
 * Writes the frame of `input` shown at `time` to `output` (accurate seek;
 * a time at or past the end gives the last frame). The output is written
 * through a temp file, so a failure or cancel leaves nothing.
 */
export async function extractFrame(
  ctx: MediaContext,
  req: ExtractFrameRequest,
  signal?: AbortSignal,
): Promise<ExtractFrameResult> {
  if (!Number.isFinite(req.time) || req.time < 0) {
    throw invalid("time", `must be 0 or more seconds: current value is ${req.time}`);
  }
  const maxWidth = req.max_width ?? 0;
  if (!Number.isInteger(maxWidth) || maxWidth < 0 || maxWidth > 16384) {
    throw invalid("max_width", `must be an integer from 0 to 16384: current value is ${maxWidth}`);
  }
  const { input, info, out } = await openInputOutput(ctx, req, IMAGE_EXTENSIONS, "video", signal);
  const length = info.video_duration || info.duration;
  const frame = info.fps > 0 ? 1 / info.fps : 0.04;
  // Seeking to the very end decodes nothing; the last frame starts one frame before it.
  const time = Math.max(0, Math.min(req.time, length - 1.5 * frame));
  const filters = maxWidth > 0 ? ["-vf", `scale='min(${maxWidth},iw)':-2`] : [];
  const png = out.path.toLowerCase().endsWith(".png");
  return await writeAtomically(out, async (tmp) => {
    await runTool(ctx.ffmpeg, [
      ...baseArgs(),
      "-ss",
      sec(time),
      "-i",
      input,
      "-map",
      "0:v:0",
      "-frames:v",
      "1",
      ...filters,
      ...(png ? [] : ["-q:v", "2"]),
      "-update",
      "1",
      tmp,
    ], { signal, limit: ctx.limit });
    const still = await probe(tmp, { ffprobe: ctx.ffprobe, signal, field: "output" }).catch(() => {
      throw new SacvError("INTERNAL", `output: no frame could be decoded at ${sec(time)} s`, {
        reason: "NO_FRAME",
        details: { field: "output" },
      });
    });
    return {
      output: toRootRelative(ctx.root, out.path),
      time,
      width: still.width,
      height: still.height,
    };
  });
}
