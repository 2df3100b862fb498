// Media service configuration, read from the environment once at start-up.
import { envAddr, envInt, envString, metricsAddrOf } from "../common/env.ts";
import { type LogLevel, parseLogLevel } from "../common/log.ts";
import type { EncodeSettings } from "./video_encoder.ts";

/** x264/x265 presets, fastest first. */
export const PRESETS = [
  "ultrafast",
  "superfast",
  "veryfast",
  "faster",
  "fast",
  "medium",
  "slow",
  "slower",
  "veryslow",
];

/** Validated media service settings. */
export interface MediaConfig {
  /** `host:port` the service listens on (`SACV_MEDIA_ADDR`). */
  addr: string;
  /** Absolute, real path of the media root (`SACV_UPLOADS_DIR`), created if missing. */
  mediaRoot: string;
  /** ffmpeg binary (`FFMPEG_PATH`, else `ffmpeg` on PATH). */
  ffmpeg: string;
  /** ffprobe binary (`FFPROBE_PATH`, else `ffprobe` on PATH). */
  ffprobe: string;
  /** Most ffmpeg children running at once (`SACV_MEDIA_MAX_PROCESSES`, default: CPU cores). */
  maxProcesses: number;
  /** Re-encode settings (`SACV_VIDEO_PRESET`, default veryfast; `SACV_VIDEO_CRF`, default 18). */
  encode: EncodeSettings;
  logLevel: LogLevel;
  /** Shared secret on every internal gRPC call (`SACV_INTERNAL_TOKEN`); unset turns it off. */
  internalToken?: string;
  /** Where `GET /metrics` is served (`SACV_METRICS_ADDR`, host:port or "off"; default 127.0.0.1:9103). */
  metricsAddr: string;
}

function checkBinary(name: string, value: string): void {
  if (!value.includes("/")) return; // resolved through PATH at spawn time
  let info: Deno.FileInfo;
  try {
    info = Deno.statSync(value);
  } catch {
    throw new RangeError(
      `Cannot use '${name}' as the file does not exist: current value is ${value}`,
    );
  }
  if (!info.isFile) {
    throw new RangeError(`Cannot use '${name}' as it is not a file: current value is ${value}`);
  }
}

/**
 * Reads and validates the media service's environment. Creates the media
 * root when missing; refuses a root that is not a directory.
 */
export function loadConfig(
  env: Record<string, string | undefined> = Deno.env.toObject(),
): MediaConfig {
  const addr = envAddr(env, "SACV_MEDIA_ADDR", "127.0.0.1:50053");
  const rootRaw = envString(env, "SACV_UPLOADS_DIR", "./data/uploads");
  try {
    Deno.mkdirSync(rootRaw, { recursive: true });
  } catch (err) {
    throw new RangeError(
      `Cannot use 'SACV_UPLOADS_DIR' as the directory cannot be created (${
        (err as Error).message
      }): current value is ${rootRaw}`,
    );
  }
  if (!Deno.statSync(rootRaw).isDirectory) {
    throw new RangeError(
      `Cannot use 'SACV_UPLOADS_DIR' as it is not a directory: current value is ${rootRaw}`,
    );
  }
  const ffmpeg = envString(env, "FFMPEG_PATH", "ffmpeg");
  const ffprobe = envString(env, "FFPROBE_PATH", "ffprobe");
  checkBinary("FFMPEG_PATH", ffmpeg);
  checkBinary("FFPROBE_PATH", ffprobe);
  return {
    addr,
    mediaRoot: Deno.realPathSync(rootRaw),
    ffmpeg,
    ffprobe,
    maxProcesses: envInt(env, "SACV_MEDIA_MAX_PROCESSES", navigator.hardwareConcurrency || 2, {
      min: 1,
    })!,
    encode: {
      preset: envPreset(env),
      crf: envInt(env, "SACV_VIDEO_CRF", 18, { min: 0, max: 51 })!,
    },
    logLevel: parseLogLevel(env.SACV_LOG_LEVEL),
    internalToken: env.SACV_INTERNAL_TOKEN?.trim() || undefined,
    metricsAddr: metricsAddrOf(env, "127.0.0.1:9103"),
  };
}

function envPreset(env: Record<string, string | undefined>): string {
  const preset = envString(env, "SACV_VIDEO_PRESET", "veryfast");
  if (!PRESETS.includes(preset)) {
    throw new RangeError(
      `Cannot use 'SACV_VIDEO_PRESET' as it must be one of ${
        PRESETS.join(", ")
      }: current value is ${preset}`,
    );
  }
  return preset;
}
