// Encoder settings for re-encoded video: matched to the source stream (codec, profile,
// level, pixel format, colour, B-frame delay, time base) so that encoded pieces and copied
// packets decode as one stream; or a plain H.264 encode when the source cannot be matched.
import type { MediaContext } from "./context.ts";
import { runTool } from "./ffmpeg.ts";
import type { FrameTable } from "./frame_table.ts";

/** The source's video stream as ffprobe describes it. */
export interface VideoStreamInfo {
  codec: string;
  profile: string;
  /** Level as ffprobe reports it (H.264: 31 = 3.1; HEVC: 30 × level). */
  level: number;
  pixFmt: string;
  width: number;
  height: number;
  /** Sample aspect ratio "num:den" ("" when unknown). */
  sar: string;
  colorRange: string;
  colorSpace: string;
  colorTransfer: string;
  colorPrimaries: string;
  fieldOrder: string;
  /** Sample entry tag, e.g. avc1, hvc1, hev1. */
  tag: string;
  /** Nominal frame rate as a fraction [num, den]. */
  rate: [number, number];
  /** Display rotation in degrees from the stream's display matrix (0 when none). */
  rotation: number;
}

/** x264/x265 speed and quality (`SACV_VIDEO_PRESET`, `SACV_VIDEO_CRF`). */
export interface EncodeSettings {
  preset: string;
  crf: number;
}

/** Default settings: fast, and visually lossless. */
export const DEFAULT_ENCODE: EncodeSettings = { preset: "veryfast", crf: 18 };

/** Reads the first video stream's parameters with ffprobe. */
export async function probeVideoStream(
  ctx: MediaContext,
  absPath: string,
  signal?: AbortSignal,
): Promise<VideoStreamInfo> {
  const { stdout } = await runTool(ctx.ffprobe, [
    "-v",
    "error",
    "-select_streams",
    "v:0",
    "-show_entries",
    "stream=codec_name,profile,level,pix_fmt,width,height,sample_aspect_ratio,color_range," +
    "color_space,color_transfer,color_primaries,field_order,codec_tag_string,r_frame_rate" +
    ":stream_side_data=rotation",
    "-of",
    "json",
    absPath,
  ], { signal, limit: ctx.limit });
  const s = (JSON.parse(stdout).streams?.[0] ?? {}) as Record<string, unknown>;
  const str = (k: string) => (typeof s[k] === "string" && s[k] !== "unknown" ? String(s[k]) : "");
  const [num, den] = str("r_frame_rate").split("/").map(Number);
  return {
    codec: str("codec_name"),
    profile: str("profile"),
    level: Number(s.level ?? 0) || 0,
    pixFmt: str("pix_fmt"),
    width: Number(s.width ?? 0),
    height: Number(s.height ?? 0),
    sar: str("sample_aspect_ratio"),
    colorRange: str("color_range"),
    colorSpace: str("color_space"),
    colorTransfer: str("color_transfer"),
    colorPrimaries: str("color_primaries"),
    fieldOrder: str("field_order"),
    tag: str("codec_tag_string"),
    rate: num > 0 && den > 0 ? [num, den] : [25, 1],
    rotation: Number(
      (s.side_data_list as { rotation?: number }[] | undefined)?.find((d) => d.rotation)
        ?.rotation ?? 0,
    ) || 0,
  };
}

const H264_PROFILES: Record<string, string> = {
  "Constrained Baseline": "baseline",
  Baseline: "baseline",
  Main: "main",
  High: "high",
  "High 10": "high10",
};
const HEVC_PROFILES: Record<string, string> = { Main: "main", "Main 10": "main10" };
const MATCHABLE_PIX = ["yuv420p", "yuvj420p", "yuv420p10le"];

/** Whether the source's video can be copied with matched edges, and why not. */
export function copyVerdict(info: VideoStreamInfo, table: FrameTable): string | null {
  if (info.codec !== "h264" && info.codec !== "hevc") {
    return `codec ${info.codec || "unknown"} is not H.264 or HEVC`;
  }
  const profiles = info.codec === "h264" ? H264_PROFILES : HEVC_PROFILES;
  if (!profiles[info.profile]) return `profile ${info.profile || "unknown"} cannot be matched`;
  if (!MATCHABLE_PIX.includes(info.pixFmt)) return `pixel format ${info.pixFmt} cannot be matched`;
  if (info.width % 2 || info.height % 2) return `odd frame size ${info.width}x${info.height}`;
  if (info.fieldOrder && info.fieldOrder !== "progressive") return "interlaced video";
  // Decoding turns the picture upright while copied packets keep their rotation flag.
  if (info.rotation % 360 !== 0) return `rotated video (${info.rotation}°)`;
  if (table.frameTicks <= 0) return "variable frame rate";
  if (table.delay < 0 || table.delay > 2) return "irregular B-frame delay";
  if (profiles[info.profile] === "baseline" && table.delay !== 0) return "irregular B-frame delay";
  if (table.cuts.length === 0 || table.cuts[0] !== 0 || (table.openGop && table.cuts.length < 2)) {
    return "open GOP: its keyframes need frames from before them";
  }
  return null;
}

/** Output frame timing: ticks per second and per frame. */
export interface OutputTiming {
  timescale: number;
  frameTicks: number;
}

/** The output's time base: the source's for constant-rate sources, else its nominal rate. */
export function outputTiming(info: VideoStreamInfo, table: FrameTable): OutputTiming {
  if (table.frameTicks > 0) return { timescale: table.timescale, frameTicks: table.frameTicks };
  const [num, den] = info.rate;
  const k = num < 1000 ? 512 : 1;
  return { timescale: num * k, frameTicks: den * k };
}

/** Average bit rate of the source's video, bits per second (0 when unknown). */
export function sourceBitrate(table: FrameTable): number {
  const f = table.frames;
  if (f.length < 2) return 0;
  const seconds = (f[f.length - 1].pts - f[0].pts) / table.timescale +
    (table.frameTicks || (f[1].pts - f[0].pts)) / table.timescale;
  const bytes = f.reduce((s, x) => s + x.size, 0);
  return seconds > 0 && bytes > 0 ? (bytes * 8) / seconds : 0;
}

function colorArgs(info: VideoStreamInfo): string[] {
  const out: string[] = [];
  if (info.colorRange) out.push("-color_range", info.colorRange);
  if (info.colorSpace) out.push("-colorspace", info.colorSpace);
  if (info.colorTransfer) out.push("-color_trc", info.colorTransfer);
  if (info.colorPrimaries) out.push("-color_primaries", info.colorPrimaries);
  return out;
}

/** Peak bit rate of re-encoded video relative to the source's average. */
export const MAX_RATE_FACTOR = 1.1;

/** Seconds of peak rate the encoder's buffer holds (a piece may start with that much more). */
export const BUFFER_SECONDS = 0.5;

/**
 * Bit rate cap (x264/x265 VBV): at most 10 % above the source's average, with half a
 * second of buffer, so that a piece of d seconds holds at most (d + 0.5) s at that rate.
 */
function rateArgs(bitrate: number): string[] {
  if (!(bitrate > 0)) return [];
  const max = Math.round(bitrate * MAX_RATE_FACTOR);
  return ["-maxrate", String(max), "-bufsize", String(Math.round(max * BUFFER_SECONDS))];
}

/**
 * Encoder arguments for pieces. `matched`: same codec, profile, level, pixel format,
 * colour and B-frame delay as the source, every keyframe an IDR with its parameter sets
 * in band; else H.264 High, 8-bit 4:2:0.
 */
export function encoderArgs(
  info: VideoStreamInfo,
  table: FrameTable,
  settings: EncodeSettings,
  matched: boolean,
): string[] {
  const base = ["-preset", settings.preset, "-crf", String(settings.crf)];
  const rate = rateArgs(sourceBitrate(table));
  if (!matched) {
    return ["-c:v", "libx264", ...base, "-pix_fmt", "yuv420p", "-forced-idr", "1", ...rate];
  }
  const delay = table.delay;
  if (info.codec === "h264") {
    const args = [
      "-c:v",
      "libx264",
      ...base,
      "-profile:v",
      H264_PROFILES[info.profile],
      "-pix_fmt",
      info.pixFmt,
      "-forced-idr",
      "1",
    ];
    if (info.level > 0) args.push("-level:v", (info.level / 10).toFixed(1));
    if (delay === 0) args.push("-bf", "0");
    else if (delay === 1) args.push("-x264-params", "b-pyramid=none");
    return [...args, ...colorArgs(info), ...rate];
  }
  const params = ["open-gop=0", "repeat-headers=1", "log-level=error"];
  if (info.level > 0) params.push(`level-idc=${(info.level / 30).toFixed(1)}`);
  if (delay === 0) params.push("bframes=0");
  else if (delay === 1) params.push("b-pyramid=0");
  return [
    "-c:v",
    "libx265",
    ...base,
    "-profile:v",
    HEVC_PROFILES[info.profile],
    "-pix_fmt",
    info.pixFmt,
    "-forced-idr",
    "1",
    "-x265-params",
    params.join(":"),
    "-tag:v",
    info.tag === "hev1" ? "hev1" : "hvc1",
    ...colorArgs(info),
    ...rate,
  ];
}
