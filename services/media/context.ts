// What every media operation needs: the media root and the binaries to run.
import type { LimitFunction } from "p-limit";
import type { EncodeSettings } from "./video_encoder.ts";

/** The media root and ffmpeg/ffprobe binaries an operation works with. */
export interface MediaContext {
  /** Absolute real path of the media root. */
  root: string;
  ffmpeg: string;
  ffprobe: string;
  /** Caps concurrent ffmpeg children across all calls; unlimited when absent. */
  limit?: LimitFunction;
  /** x264/x265 preset and CRF for re-encoded video; defaults to veryfast / 18. */
  encode?: EncodeSettings;
}

/** Output file extensions accepted for video results (MP4 family). */
export const VIDEO_EXTENSIONS: readonly string[] = [".mp4", ".m4v", ".mov"];

/** Output file extensions accepted for audio results. */
export const AUDIO_EXTENSIONS: readonly string[] = [".wav", ".m4a", ".mp3", ".flac"];
