// ISO BMFF (MP4/MOV) header reading: durations (edit lists applied), frame
// rate, size, codecs and channels from the moov box, without ffprobe.
import type { ProbeResult } from "./messages.ts";

/** Largest `moov` box read into memory. */
const MAX_MOOV_BYTES = 32 * 1024 * 1024;

/** A box: its type and payload range in the moov buffer. */
export interface Box {
  type: string;
  /** Offset of the payload (after the header). */
  start: number;
  /** Offset just past the box. */
  end: number;
}

/** The boxes laid end to end in `[from, to)`. */
export function* boxes(view: DataView, from: number, to: number): Generator<Box> {
  let pos = from;
  while (pos + 8 <= to) {
    let size = view.getUint32(pos);
    const type = String.fromCharCode(
      view.getUint8(pos + 4),
      view.getUint8(pos + 5),
      view.getUint8(pos + 6),
      view.getUint8(pos + 7),
    );
    let header = 8;
    if (size === 1) {
      if (pos + 16 > to) return;
      size = Number(view.getBigUint64(pos + 8));
      header = 16;
    } else if (size === 0) size = to - pos;
    if (size < header || pos + size > to) return;
    yield { type, start: pos + header, end: pos + size };
    pos += size;
  }
}

/** The first child box of `type`. */
export function child(view: DataView, parent: Box, type: string): Box | undefined {
  for (const b of boxes(view, parent.start, parent.end)) if (b.type === type) return b;
  return undefined;
}

/** The box reached by following `types` down from `parent`. */
export function path(view: DataView, parent: Box, ...types: string[]): Box | undefined {
  let box: Box | undefined = parent;
  for (const t of types) box = box && child(view, box, t);
  return box;
}

/** Timescale and duration of an mvhd/mdhd box (same layout up to duration). */
function timing(view: DataView, box: Box): { timescale: number; duration: number } {
  const v = view.getUint8(box.start);
  return v === 1
    ? {
      timescale: view.getUint32(box.start + 20),
      duration: Number(view.getBigUint64(box.start + 24)),
    }
    : { timescale: view.getUint32(box.start + 12), duration: view.getUint32(box.start + 16) };
}

const VIDEO_CODECS: Record<string, string> = {
  avc1: "h264",
  avc3: "h264",
  hvc1: "hevc",
  hev1: "hevc",
  mp4v: "mpeg4",
  av01: "av1",
  vp09: "vp9",
};
const AUDIO_CODECS: Record<string, string> = {
  mp4a: "aac",
  ".mp3": "mp3",
  Opus: "opus",
  "ac-3": "ac3",
  fLaC: "flac",
};

interface Track {
  kind: "video" | "audio";
  codec: string;
  seconds: number;
  frames: number;
  width: number;
  height: number;
  sampleRate: number;
  channels: number;
}

function readTrack(view: DataView, trak: Box, movieScale: number): Track | null {
  const mdia = child(view, trak, "mdia");
  const hdlr = mdia && child(view, mdia, "hdlr");
  const mdhd = mdia && child(view, mdia, "mdhd");
  const stbl = mdia && path(view, mdia, "minf", "stbl");
  const stsd = stbl && child(view, stbl, "stsd");
  if (!hdlr || !mdhd || !stbl || !stsd) return null;
  const handler = String.fromCharCode(
    ...new Uint8Array(view.buffer, view.byteOffset + hdlr.start + 8, 4),
  );
  if (handler !== "vide" && handler !== "soun") return null;
  const { timescale, duration } = timing(view, mdhd);
  if (!timescale) return null;
  let seconds = duration / timescale;
  // An edit list trims encoder delay/priming: the edited length is what plays.
  const elst = path(view, trak, "edts", "elst");
  if (elst && movieScale) {
    const v = view.getUint8(elst.start);
    const n = view.getUint32(elst.start + 4);
    let edited = 0;
    let p = elst.start + 8;
    for (let i = 0; i < n; i++) {
      const segment = v === 1 ? Number(view.getBigUint64(p)) : view.getUint32(p);
      const mediaTime = v === 1 ? Number(view.getBigInt64(p + 8)) : view.getInt32(p + 4);
      if (mediaTime >= 0) edited += segment;
      p += v === 1 ? 20 : 12;
    }
    if (edited > 0) seconds = Math.min(seconds, edited / movieScale);
  }
  const entry = [...boxes(view, stsd.start + 8, stsd.end)][0];
  if (!entry) return null;
  let frames = 0;
  const stts = child(view, stbl, "stts");
  if (stts) {
    const n = view.getUint32(stts.start + 4);
    for (let i = 0; i < n; i++) frames += view.getUint32(stts.start + 8 + i * 8);
  }
  if (handler === "vide") {
    const codec = VIDEO_CODECS[entry.type];
    if (!codec) return null;
    return {
      kind: "video",
      codec,
      seconds,
      frames,
      width: view.getUint16(entry.start + 24),
      height: view.getUint16(entry.start + 26),
      sampleRate: 0,
      channels: 0,
    };
  }
  const codec = AUDIO_CODECS[entry.type];
  if (!codec) return null;
  const esds = entry.type === "mp4a"
    ? child(view, { ...entry, start: entry.start + 28 }, "esds")
    : undefined;
  const esdsChannels = esds ? aacChannels(view, esds) : null;
  if (esds && esdsChannels === null) return null;
  return {
    kind: "audio",
    codec,
    seconds,
    frames,
    width: 0,
    height: 0,
    // The sample entry's channel count is often a fixed 2; AAC's real count is in esds.
    channels: esdsChannels || view.getUint16(entry.start + 16),
    sampleRate: view.getUint32(entry.start + 24) >>> 16,
  };
}

/**
 * Channel configuration from an esds box's AudioSpecificConfig (0 when the
 * config defines it elsewhere), or null when the box is not AAC as expected.
 */
function aacChannels(view: DataView, esds: Box): number | null {
  let p = esds.start + 4;
  const descriptor = (tag: number): number | null => {
    if (p >= esds.end || view.getUint8(p) !== tag) return null;
    p++;
    let len = 0;
    for (let i = 0; i < 4; i++) {
      const b = view.getUint8(p++);
      len = (len << 7) | (b & 0x7f);
      if (!(b & 0x80)) break;
    }
    return len;
  };
  if (descriptor(0x03) === null) return null;
  const flags = view.getUint8(p + 2);
  p += 3;
  if (flags & 0x80) p += 2;
  if (flags & 0x40) p += 1 + view.getUint8(p);
  if (flags & 0x20) p += 2;
  if (descriptor(0x04) === null) return null;
  if (view.getUint8(p) !== 0x40) return null; // objectTypeIndication: MPEG-4 audio (AAC)
  p += 13;
  if (descriptor(0x05) === null || p + 2 > esds.end) return null;
  const bits = (view.getUint8(p) << 16) | (view.getUint8(p + 1) << 8) |
    (p + 2 < esds.end ? view.getUint8(p + 2) : 0);
  const freqIndex = (bits >> 15) & 0xf;
  if (freqIndex === 0xf) {
    if (p + 5 > esds.end) return null;
    return (view.getUint8(p + 4) >> 3) & 0xf;
  }
  return (bits >> 11) & 0xf;
}

/** Reads the moov box (whole, with its header) of an MP4/MOV file; null when absent. */
export async function readMoov(file: Deno.FsFile, size: number): Promise<DataView | null> {
  const header = new Uint8Array(16);
  let pos = 0;
  let moovAt = -1;
  let moovSize = 0;
  while (pos + 8 <= size) {
    await file.seek(pos, Deno.SeekMode.Start);
    const got = await file.read(header);
    if (got === null || got < 8) return null;
    const hv = new DataView(header.buffer);
    let boxSize = hv.getUint32(0);
    const type = String.fromCharCode(header[4], header[5], header[6], header[7]);
    let headerSize = 8;
    if (boxSize === 1) {
      if (got < 16) return null;
      boxSize = Number(hv.getBigUint64(8));
      headerSize = 16;
    } else if (boxSize === 0) boxSize = size - pos;
    // A box running past the end means a truncated file: leave it to ffprobe.
    if (boxSize < headerSize || pos + boxSize > size) return null;
    if (type === "moov" && moovAt < 0) {
      if (boxSize > MAX_MOOV_BYTES) return null;
      moovAt = pos;
      moovSize = boxSize;
    }
    pos += boxSize;
  }
  if (moovAt < 0) return null;
  const buf = new Uint8Array(moovSize);
  await file.seek(moovAt, Deno.SeekMode.Start);
  let off = 0;
  while (off < moovSize) {
    const n = await file.read(buf.subarray(off));
    if (n === null) return null;
    off += n;
  }
  return new DataView(buf.buffer);
}

/** Reads an MP4/MOV file's moov box; null when absent, truncated or not understood. */
export async function probeMp4(
  file: Deno.FsFile,
  size: number,
  shown: string,
): Promise<ProbeResult | null> {
  const view = await readMoov(file, size);
  if (!view) return null;
  const moov = [...boxes(view, 0, view.byteLength)][0];
  const mvhd = moov && child(view, moov, "mvhd");
  if (!moov || !mvhd) return null;
  const movie = timing(view, mvhd);
  if (!movie.timescale) return null;
  const tracks: Track[] = [];
  for (const b of boxes(view, moov.start, moov.end)) {
    if (b.type !== "trak") continue;
    const t = readTrack(view, b, movie.timescale);
    if (t) tracks.push(t);
  }
  const v = tracks.find((t) => t.kind === "video");
  const a = tracks.find((t) => t.kind === "audio");
  if (!v && !a) return null;
  const duration = Math.max(movie.duration / movie.timescale, v?.seconds ?? 0, a?.seconds ?? 0);
  return {
    path: shown,
    duration,
    has_video: v !== undefined,
    has_audio: a !== undefined,
    video_duration: v?.seconds ?? 0,
    audio_duration: a?.seconds ?? 0,
    fps: v && v.seconds > 0 ? Math.round((v.frames / v.seconds) * 1000) / 1000 : 0,
    width: v?.width ?? 0,
    height: v?.height ?? 0,
    video_codec: v?.codec ?? "",
    audio_codec: a?.codec ?? "",
    sample_rate: a?.sampleRate ?? 0,
    channels: a?.channels ?? 0,
    format: "mov,mp4,m4a,3gp,3g2,mj2",
  };
}
