// ffmpeg arguments for an alignment plan: input 0 gives the video (and the
// original audio for duck), input 1 the narration.
import { type AlignmentPlan, audioFormat, fitAudio } from "./align_plan.ts";
import { AUDIO_ENCODE, VIDEO_ENCODE } from "./cut.ts";
import { baseArgs, sec } from "./ffmpeg.ts";
import type { ProbeResult } from "./messages.ts";

/** The file that provides the video, and how to read it. */
export interface VideoSource {
  path: string;
  info: ProbeResult;
  /** Input options placed before `-i` (seek/limit for extend). */
  inputArgs: string[];
}

/** The inputs of {@linkcode buildAlignArgs}. */
export interface AlignInputs {
  video: VideoSource;
  /** Absolute path of the narration audio. */
  narration: string;
  /** Gain of the original audio under the narration; null or absent replaces it. */
  duck?: number | null;
  /** Encoder arguments where video is re-encoded (freeze, extend); default settings otherwise. */
  encode?: readonly string[];
}

/**
 * Builds the ffmpeg arguments (without the output path) for a plan: the
 * narration filter chain, optional ducked original audio (amix,
 * normalize=0), video copied or re-encoded (freeze/extend), AAC 192k 48 kHz.
 */
export function buildAlignArgs(plan: AlignmentPlan, inputs: AlignInputs): string[] {
  const { video, narration, duck = null, encode = VIDEO_ENCODE } = inputs;
  const args = [...baseArgs(), ...video.inputArgs, "-i", video.path, "-i", narration];
  const graph: string[] = [];
  let audioOut = "[narr]";
  graph.push(`[1:a:0]${plan.audioFilter}[narr]`);
  if (duck !== null) {
    graph.push(
      `[0:a:0]${audioFormat(video.info.channels)},volume=${duck.toFixed(4)},${
        fitAudio(plan.duration)
      }[orig]`,
    );
    graph.push(`[narr][orig]amix=inputs=2:duration=first:normalize=0[mix]`);
    audioOut = "[mix]";
  }
  let videoMap = "0:v:0";
  if (plan.video === "freeze") {
    graph.push(`[0:v:0]tpad=stop_mode=clone:stop_duration=${sec(plan.freezeSeconds)}[vout]`);
    videoMap = "[vout]";
  }
  args.push("-filter_complex", graph.join(";"), "-map", videoMap, "-map", audioOut);
  if (plan.video === "copy") args.push("-c:v", "copy");
  else args.push(...encode);
  args.push(...AUDIO_ENCODE, "-map_metadata", "-1", "-movflags", "+faststart");
  return args;
}
