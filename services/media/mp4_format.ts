// The video stream format of an MP4 as one comparable key, read from the moov box:
// clips whose keys match can be joined by copying their video (see concat_copy.ts).
import { type Box, boxes, child, path, readMoov } from "./mp4_probe.ts";

/** What must be identical between clips for a stream-copied concat, and the track to copy. */
export interface VideoFormat {
  /** Track id of the video (the stream id ffmpeg's concat demuxer selects). */
  id: number;
  /**
   * Codec fourcc, media timescale, frame duration, display matrix, edit start offsets, the sample
   * entry's fixed fields and its configuration boxes (avcC/hvcC with SPS/PPS,
   * colr, pasp; not btrt, which holds per-file bit rates), hex-encoded.
   */
  key: string;
  /** Frames per second: timescale / frame duration. */
  fps: number;
  width: number;
  height: number;
}

const COPY_CODECS = ["avc1", "hvc1"];

function hex(view: DataView, from: number, to: number): string {
  let out = "";
  for (let i = from; i < to; i++) out += view.getUint8(i).toString(16).padStart(2, "0");
  return out;
}

/** The format of the first video track of a parsed moov; null when it cannot be copied. */
export function videoFormatOf(view: DataView, moov: Box): VideoFormat | null {
  for (const trak of boxes(view, moov.start, moov.end)) {
    if (trak.type !== "trak") continue;
    const tkhd = child(view, trak, "tkhd");
    const mdia = child(view, trak, "mdia");
    const hdlr = mdia && child(view, mdia, "hdlr");
    if (!tkhd || !mdia || !hdlr || hex(view, hdlr.start + 8, hdlr.start + 12) !== "76696465") {
      continue; // not "vide"
    }
    const mdhd = child(view, mdia, "mdhd");
    const stbl = path(view, mdia, "minf", "stbl");
    const stsd = stbl && child(view, stbl, "stsd");
    const stts = stbl && child(view, stbl, "stts");
    if (!mdhd || !stsd || !stts) return null;
    const entries = [...boxes(view, stsd.start + 8, stsd.end)];
    const entry = entries[0];
    if (entries.length !== 1 || !COPY_CODECS.includes(entry.type)) return null;
    const v1 = view.getUint8(tkhd.start) === 1;
    const id = view.getUint32(tkhd.start + (v1 ? 20 : 12));
    // The display matrix sits 36 bytes before tkhd's end (before width and height).
    const matrix = hex(view, tkhd.end - 44, tkhd.end - 8);
    const timescale = view.getUint32(mdhd.start + (view.getUint8(mdhd.start) === 1 ? 20 : 12));
    // Constant frame rate: every stts run but the last has one sample duration.
    const runs = view.getUint32(stts.start + 4);
    if (runs < 1 || timescale === 0) return null;
    const delta = view.getUint32(stts.start + 12);
    for (let i = 1; i < runs - 1; i++) {
      if (view.getUint32(stts.start + 12 + i * 8) !== delta) return null;
    }
    if (delta === 0) return null;
    // Where each edit starts in the media (the B-frame delay), not how long it runs.
    const elst = path(view, trak, "edts", "elst");
    const edits: number[] = [];
    if (elst) {
      const e1 = view.getUint8(elst.start) === 1;
      const n = view.getUint32(elst.start + 4);
      for (let i = 0; i < n; i++) {
        const at = elst.start + 8 + i * (e1 ? 20 : 12);
        if (at + (e1 ? 20 : 12) > elst.end) return null;
        edits.push(e1 ? Number(view.getBigInt64(at + 8)) : view.getInt32(at + 4));
      }
    }
    const config = [...boxes(view, entry.start + 78, entry.end)]
      .filter((b) => b.type !== "btrt")
      .map((b) => `${b.type}:${hex(view, b.start, b.end)}`);
    const key = [
      entry.type,
      timescale,
      delta,
      matrix,
      `edits:${edits.join(",")}`,
      hex(view, entry.start + 8, entry.start + 78),
      ...config,
    ].join("|");
    return {
      id,
      key,
      fps: timescale / delta,
      width: view.getUint16(entry.start + 24),
      height: view.getUint16(entry.start + 26),
    };
  }
  return null;
}

/** Reads the video format of the MP4/MOV at `absPath`; null when it is not one or cannot be copied. */
export async function readVideoFormat(absPath: string): Promise<VideoFormat | null> {
  const file = await Deno.open(absPath, { read: true });
  try {
    const { size } = await file.stat();
    const view = await readMoov(file, size);
    const moov = view && [...boxes(view, 0, view.byteLength)][0];
    return view && moov?.type === "moov" ? videoFormatOf(view, moov) : null;
  } finally {
    file.close();
  }
}
