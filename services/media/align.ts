// AlignNarration: puts a narration in place of (or over) a clip's audio
// following the plan from align_plan.ts, and reports what it did.
import { SacvError } from "../common/errors.ts";
import { type Overflow, planAlignment } from "./align_plan.ts";
import { buildAlignArgs, type VideoSource } from "./align_args.ts";
import type { MediaContext } from "./context.ts";
import { VIDEO_EXTENSIONS } from "./context.ts";
import { videoEncode } from "./cut.ts";
import { runTool, sec } from "./ffmpeg.ts";
import type { AlignNarrationRequestInit, AlignNarrationResult } from "./messages.ts";
import { writeAtomically } from "./output.ts";
import { checkExtension, resolveInput, resolveOutput, toRootRelative } from "./paths.ts";
import { probe } from "./probe.ts";
import { checkVideoLength } from "./verify.ts";

/** Default gain of the original audio under a ducked narration. */
export const DEFAULT_DUCK_VOLUME = 0.2;

function invalid(field: string, message: string): SacvError {
  return new SacvError("INVALID_ARGUMENT", `${field}: ${message}`, {
    reason: "INVALID_ALIGNMENT",
    details: { field },
  });
}

function precondition(field: string, message: string, reason: string): SacvError {
  return new SacvError("FAILED_PRECONDITION", `${field}: ${message}`, {
    reason,
    details: { field },
  });
}

function parseMix(mix: string | undefined, volume: number | undefined): number | null {
  const m = mix || "replace";
  if (m === "replace") return null;
  if (m !== "duck") throw invalid("mix", `must be replace or duck: current value is ${mix}`);
  const v = volume || DEFAULT_DUCK_VOLUME;
  if (!Number.isFinite(v) || v < 0 || v > 1) {
    throw invalid("duck_volume", `must be from 0 to 1: current value is ${volume}`);
  }
  return v;
}

/**
 * Aligns `narration` to `clip` and writes `output` (all under the media
 * root). Video is stream-copied unless the plan is extend or freeze, which
 * must re-encode it; audio is AAC 192k 48 kHz.
 */
export async function alignNarration(
  ctx: MediaContext,
  req: AlignNarrationRequestInit,
  signal?: AbortSignal,
): Promise<AlignNarrationResult> {
  const overflow = (req.overflow || "trim") as Overflow;
  if (!["trim", "extend", "freeze"].includes(overflow)) {
    throw invalid("overflow", `must be trim, extend or freeze: current value is ${req.overflow}`);
  }
  const duck = parseMix(req.mix, req.duck_volume);
  const clipPath = resolveInput(ctx.root, req.clip, "clip");
  const narrationPath = resolveInput(ctx.root, req.narration, "narration");
  checkExtension(req.output, "output", VIDEO_EXTENSIONS);
  const out = resolveOutput(ctx.root, req.output, "output");
  const sourcePath = overflow === "extend" && req.source
    ? resolveInput(ctx.root, req.source, "source")
    : null;
  const opts = { ffprobe: ctx.ffprobe, signal };
  const clip = await probe(clipPath, { ...opts, field: "clip", displayPath: req.clip });
  const narr = await probe(narrationPath, {
    ...opts,
    field: "narration",
    displayPath: req.narration,
  });
  if (!clip.has_video) {
    throw precondition("clip", `${req.clip} has no video stream`, "NO_VIDEO");
  }
  if (!narr.has_audio) {
    throw precondition("narration", `${req.narration} has no audio stream`, "NO_AUDIO");
  }
  const plan = planAlignment(narr.audio_duration, clip.video_duration, {
    overflow,
    maxTempo: req.max_tempo || undefined,
    channels: narr.channels,
  });

  let video: VideoSource = { path: clipPath, info: clip, inputArgs: [] };
  if (plan.video === "extend") {
    if (!sourcePath) throw invalid("source", "required when overflow is extend");
    const start = req.source_start ?? 0;
    if (!Number.isFinite(start) || start < 0) {
      throw invalid("source_start", `must be a number >= 0: current value is ${start}`);
    }
    const src = await probe(sourcePath, { ...opts, field: "source", displayPath: req.source });
    const frame = 1 / (src.fps || 25);
    if (!src.has_video || start + plan.duration > src.video_duration + frame / 2) {
      throw precondition(
        "source",
        `${req.source} has ${
          Math.max(0, src.video_duration - start).toFixed(3)
        } s of video after ` +
          `source_start ${start}, narration needs ${plan.duration.toFixed(3)} s`,
        "SOURCE_TOO_SHORT",
      );
    }
    video = {
      path: sourcePath,
      info: src,
      inputArgs: ["-ss", sec(start), "-t", sec(plan.duration)],
    };
  }
  if (duck !== null && !video.info.has_audio) {
    const field = plan.video === "extend" ? "source" : "clip";
    const shown = plan.video === "extend" ? req.source : req.clip;
    throw precondition(field, `${shown} has no audio to duck under the narration`, "NO_AUDIO");
  }

  const args = buildAlignArgs(plan, {
    video,
    narration: narrationPath,
    duck,
    encode: videoEncode(ctx.encode),
  });
  const written = await writeAtomically(out, async (tmp) => {
    await runTool(ctx.ffmpeg, [...args, tmp], { signal, limit: ctx.limit });
    const written = await probe(tmp, { ...opts, field: "output" });
    const frame = 1 / (video.info.fps || 25);
    const blame = plan.video === "extend"
      ? { field: "source", shown: req.source ?? "" }
      : { field: "clip", shown: req.clip };
    checkVideoLength(written, plan.duration, frame * 1.5, blame);
    return written;
  });
  return {
    output: toRootRelative(ctx.root, out.path),
    strategy: plan.strategy,
    tempo: plan.tempo,
    narration_duration: narr.audio_duration,
    clip_duration: clip.video_duration,
    duration: written.duration,
    video_duration: written.video_duration,
    audio_duration: written.audio_duration,
  };
}
