// The frames of a source's video stream as ffmpeg's demuxer presents them (display order,
// timestamps, sizes, keyframes where a stream copy may start), read from the MP4 sample
// tables in-process, or from ffprobe's packet list for other containers.
import type { MediaContext } from "./context.ts";
import { runTool } from "./ffmpeg.ts";
import { type Box, boxes, child, path, readMoov } from "./mp4_probe.ts";

/** One frame of the video stream. */
export interface Frame {
  /** Presentation time, stream ticks (as ffmpeg reports it, edit lists applied). */
  pts: number;
  /** Decode time of the frame's packet, stream ticks. */
  dts: number;
  /** Packet size in bytes. */
  size: number;
}

/** The video stream's frames, in display order, and where a copy may start. */
export interface FrameTable {
  /** Ticks per second of the stream's time base. */
  timescale: number;
  /** Frames sorted by `pts`. */
  frames: Frame[];
  /**
   * Display indices of clean cut points: keyframes before which every earlier frame is
   * decoded and after which no frame needs anything earlier (closed GOP). Ascending.
   */
  cuts: number[];
  /** Container start, seconds: script times count from here (ffmpeg's `start_time`). */
  start: number;
  /** Ticks per frame when every frame lasts the same, else 0 (variable frame rate). */
  frameTicks: number;
  /** Frames of B-frame reorder delay at the cut points (pts - dts), or -1 when they differ. */
  delay: number;
  /** True when some keyframe is no clean cut (open GOP: leading frames need the GOP before). */
  openGop: boolean;
}

interface Packet extends Frame {
  key: boolean;
}

/** Builds the table from packets in decode order (ffmpeg's view of the stream). */
export function tableFromPackets(packets: Packet[], timescale: number, start: number): FrameTable {
  const n = packets.length;
  // A keyframe is a clean cut when nothing decoded before it shows after it and nothing
  // decoded after it shows before it (no open-GOP leading pictures).
  const suffixMin = new Array<number>(n + 1).fill(Infinity);
  for (let i = n - 1; i >= 0; i--) suffixMin[i] = Math.min(suffixMin[i + 1], packets[i].pts);
  let prefixMax = -Infinity;
  const cleanPts = new Set<number>();
  let openGop = false;
  for (let i = 0; i < n; i++) {
    const p = packets[i];
    if (p.key && prefixMax < p.pts && suffixMin[i + 1] > p.pts) cleanPts.add(p.pts);
    else if (p.key) openGop = true;
    prefixMax = Math.max(prefixMax, p.pts);
  }
  const frames = packets.map(({ pts, dts, size }) => ({ pts, dts, size }))
    .sort((a, b) => a.pts - b.pts);
  const cuts: number[] = [];
  frames.forEach((f, i) => cleanPts.has(f.pts) && cuts.push(i));
  let frameTicks = frames.length > 1 ? frames[1].pts - frames[0].pts : 0;
  for (let i = 2; i < frames.length && frameTicks > 0; i++) {
    if (frames[i].pts - frames[i - 1].pts !== frameTicks) frameTicks = 0;
  }
  let delay = -2;
  for (const c of cuts) {
    const d = frameTicks > 0 ? (frames[c].pts - frames[c].dts) / frameTicks : -1;
    delay = delay === -2 || delay === d ? d : -1;
  }
  return {
    timescale,
    frames,
    cuts,
    start,
    frameTicks,
    delay: Number.isInteger(delay) && delay >= 0 ? delay : -1,
    openGop,
  };
}

function u32(view: DataView, at: number): number {
  return view.getUint32(at);
}

/** Sample tables of the first video track; null when absent or not understood. */
function readVideoTrack(view: DataView, moov: Box, movieScale: number) {
  let audioStart = Infinity;
  let video: { packets: Packet[]; timescale: number; start: number } | null = null;
  for (const trak of boxes(view, moov.start, moov.end)) {
    if (trak.type !== "trak") continue;
    const mdia = child(view, trak, "mdia");
    const hdlr = mdia && child(view, mdia, "hdlr");
    const mdhd = mdia && child(view, mdia, "mdhd");
    const stbl = mdia && path(view, mdia, "minf", "stbl");
    if (!hdlr || !mdhd || !stbl) continue;
    const handler = String.fromCharCode(
      ...new Uint8Array(view.buffer, view.byteOffset + hdlr.start + 8, 4),
    );
    const edits = readEdits(view, trak);
    if (edits === null) return null;
    const timescale = u32(view, mdhd.start + (view.getUint8(mdhd.start) === 1 ? 20 : 12));
    if (!timescale) return null;
    // An empty edit first delays the track; ffmpeg's start_time includes it.
    const delayTicks = Math.round((edits.empty / movieScale) * timescale);
    if (handler === "soun") audioStart = Math.min(audioStart, delayTicks / timescale);
    if (handler !== "vide" || video) continue;
    const packets = readPackets(view, stbl);
    if (!packets) return null;
    for (const p of packets) {
      p.pts += delayTicks - edits.mediaTime;
      p.dts += delayTicks - edits.mediaTime;
    }
    const first = Math.min(...packets.map((p) => p.pts));
    video = { packets, timescale, start: first / timescale };
  }
  if (!video) return null;
  return { ...video, start: Math.min(video.start, audioStart) };
}

/** The edit list as ffmpeg applies it: leading empty edit and the one media start. */
function readEdits(view: DataView, trak: Box): { empty: number; mediaTime: number } | null {
  const elst = path(view, trak, "edts", "elst");
  if (!elst) return { empty: 0, mediaTime: 0 };
  const v1 = view.getUint8(elst.start) === 1;
  const n = u32(view, elst.start + 4);
  let empty = 0;
  let mediaTime: number | null = null;
  for (let i = 0; i < n; i++) {
    const at = elst.start + 8 + i * (v1 ? 20 : 12);
    if (at + (v1 ? 20 : 12) > elst.end) return null;
    const duration = v1 ? Number(view.getBigUint64(at)) : u32(view, at);
    const time = v1 ? Number(view.getBigInt64(at + 8)) : view.getInt32(at + 4);
    if (time < 0 && mediaTime === null) empty += duration;
    else if (mediaTime === null) mediaTime = time;
    else return null; // several media edits: leave it to ffprobe
  }
  return { empty, mediaTime: mediaTime ?? 0 };
}

function readPackets(view: DataView, stbl: Box): Packet[] | null {
  const stts = child(view, stbl, "stts");
  const stsz = child(view, stbl, "stsz");
  if (!stts || !stsz) return null;
  const count = u32(view, stsz.start + 8);
  const fixed = u32(view, stsz.start + 4);
  const packets: Packet[] = [];
  let dts = 0;
  const runs = u32(view, stts.start + 4);
  for (let r = 0; r < runs; r++) {
    const n = u32(view, stts.start + 8 + r * 8);
    const delta = u32(view, stts.start + 12 + r * 8);
    for (let i = 0; i < n && packets.length < count; i++) {
      const k = packets.length;
      const size = fixed || u32(view, stsz.start + 12 + k * 4);
      packets.push({ pts: dts, dts, size, key: true });
      dts += delta;
    }
  }
  if (packets.length !== count || count === 0) return null;
  const ctts = child(view, stbl, "ctts");
  if (ctts) {
    let k = 0;
    const entries = u32(view, ctts.start + 4);
    for (let e = 0; e < entries; e++) {
      const n = u32(view, ctts.start + 8 + e * 8);
      const offset = view.getInt32(ctts.start + 12 + e * 8);
      for (let i = 0; i < n && k < count; i++) packets[k++].pts += offset;
    }
  }
  const stss = child(view, stbl, "stss");
  if (stss) {
    for (const p of packets) p.key = false;
    const entries = u32(view, stss.start + 4);
    for (let e = 0; e < entries; e++) {
      const sample = u32(view, stss.start + 8 + e * 4);
      if (sample >= 1 && sample <= count) packets[sample - 1].key = true;
    }
  }
  return packets;
}

/** Reads the table from an MP4/MOV's moov box; null when the file is not one we understand. */
export async function readMp4FrameTable(absPath: string): Promise<FrameTable | null> {
  const file = await Deno.open(absPath, { read: true });
  try {
    const { size } = await file.stat();
    const view = await readMoov(file, size);
    const moov = view && [...boxes(view, 0, view.byteLength)][0];
    if (!view || moov?.type !== "moov") return null;
    const mvhd = child(view, moov, "mvhd");
    if (!mvhd) return null;
    const movieScale = u32(view, mvhd.start + (view.getUint8(mvhd.start) === 1 ? 20 : 12));
    if (!movieScale) return null;
    const track = readVideoTrack(view, moov, movieScale);
    // Frames before the edit's start are decoded but not shown: too unusual to cut by table.
    if (!track || track.packets.some((p) => p.pts < 0)) return null;
    return tableFromPackets(track.packets, track.timescale, track.start);
  } catch {
    return null;
  } finally {
    file.close();
  }
}

/** Reads the table with ffprobe (any container): packets of the first video stream. */
export async function probeFrameTable(
  ctx: MediaContext,
  absPath: string,
  signal?: AbortSignal,
): Promise<FrameTable> {
  const { stdout } = await runTool(ctx.ffprobe, [
    "-v",
    "error",
    "-select_streams",
    "v:0",
    "-show_entries",
    "stream=time_base:format=start_time:packet=pts,dts,size,flags",
    "-of",
    "json",
    absPath,
  ], { signal, limit: ctx.limit });
  const json = JSON.parse(stdout) as {
    streams?: { time_base?: string }[];
    format?: { start_time?: string };
    packets?: { pts?: number; dts?: number; size?: string; flags?: string }[];
  };
  const [num, den] = (json.streams?.[0]?.time_base ?? "1/1").split("/").map(Number);
  // Ticks of 1/den; a time base like 1001/30000 scales every timestamp by its numerator.
  const scale = num > 0 && den > 0 ? num : 0;
  const packets: Packet[] = [];
  for (const p of json.packets ?? []) {
    if (p.pts === undefined || p.flags?.includes("D")) continue;
    packets.push({
      pts: p.pts * scale,
      dts: (p.dts ?? p.pts) * scale,
      size: Number(p.size ?? 0),
      key: p.flags?.startsWith("K") ?? false,
    });
  }
  const start = Number(json.format?.start_time ?? 0) || 0;
  if (!scale) return { ...tableFromPackets(packets, 1, start), frameTicks: 0, cuts: [] };
  return tableFromPackets(packets, den, start);
}

/** The table of `absPath`: MP4 headers in-process, ffprobe for anything else. */
export async function readFrameTable(
  ctx: MediaContext,
  absPath: string,
  signal?: AbortSignal,
): Promise<FrameTable> {
  return await readMp4FrameTable(absPath) ?? await probeFrameTable(ctx, absPath, signal);
}
