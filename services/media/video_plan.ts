// How the output video of a script is put together, as a pure function of the source's
// frame table: runs of contiguous segments, whole GOPs copied, partial GOPs at the edges
// (and lengthened slots) re-encoded as pieces that each start with a keyframe.
import type { FrameTable } from "./frame_table.ts";

/** One segment of the output: source frames `[from, to)` and how many frames it shows. */
export interface SegmentSpec {
  /** First source frame (display index). */
  from: number;
  /** Source frame after the last one. */
  to: number;
  /** Output frames for `[from, to)`: `to - from`, or more when the slot is slowed (overflow "slow"). */
  body: number;
  /** Output frames holding the last frame after the body (freeze); 0 when none. */
  hold: number;
}

/** A run of frames encoded by us: source `[from, to)` shown as `body` frames, then `hold` copies of the last. */
export interface Piece {
  /** Stable name of the piece (same range and shape, same key). */
  key: string;
  from: number;
  to: number;
  body: number;
  hold: number;
}

/** One entry of the output, in order: copied source packets or an encoded piece. */
export type Entry =
  | { kind: "copy"; from: number; to: number }
  | { kind: "piece"; piece: Piece };

/** The output of a script: its entries and where each segment lands. */
export interface VideoPlan {
  entries: Entry[];
  /** Distinct pieces to encode, in source order. */
  pieces: Piece[];
  /** Per segment: output frame range and the pieces it waits for. */
  segments: { start: number; frames: number; pieces: string[]; copied: number }[];
  /** Output frames. */
  frames: number;
}

/** Longest plain piece; longer ranges are split so that chunks can run in parallel. */
export const MAX_PIECE_FRAMES = 300;

/** Output frames of an entry. */
export function entryFrames(e: Entry): number {
  return e.kind === "copy" ? e.to - e.from : e.piece.body + e.piece.hold;
}

function makePiece(from: number, to: number, body = to - from, hold = 0): Piece {
  return { key: `${from}-${to}-${body}-${hold}`, from, to, body, hold };
}

/** Plain pieces for `[from, to)`, split into parts of at most {@linkcode MAX_PIECE_FRAMES}. */
function plainPieces(from: number, to: number): Entry[] {
  const parts = Math.ceil((to - from) / MAX_PIECE_FRAMES);
  const out: Entry[] = [];
  for (let i = 0; i < parts; i++) {
    const a = from + Math.round(((to - from) * i) / parts);
    const b = from + Math.round(((to - from) * (i + 1)) / parts);
    out.push({ kind: "piece", piece: makePiece(a, b) });
  }
  return out;
}

/** Entries for the unmodified source run `[a, b)`: whole GOPs copied, the edges encoded. */
function runEntries(table: FrameTable, a: number, b: number, copy: boolean): Entry[] {
  if (!copy) return plainPieces(a, b);
  const total = table.frames.length;
  const first = table.cuts.find((c) => c >= a);
  let last: number | undefined;
  for (const c of [...table.cuts, total]) if (c <= b) last = c;
  if (first === undefined || last === undefined || first >= last) return plainPieces(a, b);
  return [
    ...(a < first ? plainPieces(a, first) : []),
    { kind: "copy", from: first, to: last },
    ...(last < b ? plainPieces(last, b) : []),
  ];
}

/**
 * Plans the output of `specs` (in script order) over `table`. With `copy`, contiguous
 * unmodified segments form runs whose whole GOPs are copied; everything else (partial
 * GOPs, slowed or held slots, every frame when `copy` is false) becomes encoded pieces.
 */
export function planVideo(table: FrameTable, specs: SegmentSpec[], copy: boolean): VideoPlan {
  const entries: Entry[] = [];
  let i = 0;
  while (i < specs.length) {
    const s = specs[i];
    if (!copy || s.body !== s.to - s.from) {
      // Encoded whole: the segment's frames shown as `body` (+ hold).
      if (s.body === s.to - s.from && s.hold === 0) entries.push(...plainPieces(s.from, s.to));
      else entries.push({ kind: "piece", piece: makePiece(s.from, s.to, s.body, s.hold) });
      i++;
      continue;
    }
    // A run: segments that continue each other with no slowing, ending at the first hold.
    let j = i;
    while (
      specs[j].hold === 0 && j + 1 < specs.length &&
      specs[j + 1].from === specs[j].to && specs[j + 1].body === specs[j + 1].to - specs[j + 1].from
    ) j++;
    entries.push(...runEntries(table, s.from, specs[j].to, true));
    if (specs[j].hold > 0) {
      const end = specs[j].to;
      entries.push({ kind: "piece", piece: makePiece(end - 1, end, 1, specs[j].hold - 1) });
    }
    i = j + 1;
  }
  return finishPlan(entries, specs);
}

function finishPlan(entries: Entry[], specs: SegmentSpec[]): VideoPlan {
  const segments: VideoPlan["segments"] = [];
  let start = 0;
  for (const s of specs) {
    segments.push({ start, frames: s.body + s.hold, pieces: [], copied: 0 });
    start += s.body + s.hold;
  }
  // Which segments each entry's output frames fall in.
  let at = 0;
  let k = 0;
  const pieces = new Map<string, Piece>();
  for (const e of entries) {
    const n = entryFrames(e);
    while (k < segments.length && segments[k].start + segments[k].frames <= at) k++;
    for (let m = k; m < segments.length && segments[m].start < at + n; m++) {
      const seg = segments[m];
      const overlap = Math.min(at + n, seg.start + seg.frames) - Math.max(at, seg.start);
      if (e.kind === "copy") seg.copied += overlap;
      else if (!seg.pieces.includes(e.piece.key)) seg.pieces.push(e.piece.key);
    }
    if (e.kind === "piece") pieces.set(e.piece.key, e.piece);
    at += n;
  }
  return {
    entries,
    pieces: [...pieces.values()].sort((a, b) => a.from - b.from || a.to - b.to),
    segments,
    frames: at,
  };
}

/**
 * Maps script times to source frames: a segment `[start, end)` seconds (from the
 * container start) covers the frames whose time rounds into it, at least one.
 */
export function framesOf(table: FrameTable, start: number, end: number): [number, number] {
  const { frames, timescale } = table;
  const half = (table.frameTicks || (frames.length > 1 ? frames[1].pts - frames[0].pts : 1)) / 2;
  const origin = table.start * timescale;
  // The first frame shown after the boundary: pts > t - half a frame.
  const index = (t: number) => {
    const ticks = origin + t * timescale - half;
    let lo = 0;
    let hi = frames.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // A boundary exactly half-way between two frames rounds up, like round(t · fps).
      if (frames[mid].pts <= ticks + 1e-6) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const from = Math.min(index(start), frames.length - 1);
  return [from, Math.max(from + 1, Math.min(index(end), frames.length))];
}

/** Chunks of pieces for parallel encoder processes: source order, no overlap inside one. */
export function chunkPieces(pieces: Piece[], targetFrames: number, maxPieces = 64): Piece[][] {
  const chunks: Piece[][] = [];
  let current: Piece[] = [];
  let frames = 0;
  for (const p of pieces) {
    const prev = current.at(-1);
    if (
      prev && (prev.to > p.from || frames + p.body + p.hold > targetFrames ||
        current.length >= maxPieces)
    ) {
      chunks.push(current);
      current = [];
      frames = 0;
    }
    current.push(p);
    frames += p.body + p.hold;
  }
  if (current.length) chunks.push(current);
  return chunks;
}
