// Filter graphs of the audio track: every slot fitted to an exact number of 48 kHz samples
// (narration tempo-changed per the alignment policy, original sound from one extract of
// the source, ducking, silence), a chunk of slots concatenated per process.
import { audioFormat } from "./align_plan.ts";
import { baseArgs, sec } from "./ffmpeg.ts";

/** Output sample rate of every audio track. */
export const RATE = 48_000;

/** One slot of the audio track. */
export interface AudioSlot {
  /** Samples the slot lasts. */
  samples: number;
  /** Narration audio (absolute), its channel count and the atempo factor (1: none). */
  narration?: { path: string; channels: number; tempo: number };
  /** The source's own sound: where it sits in the extract, seconds; `gain` 1 or the duck volume. */
  original?: { offset: number; seconds: number; gain: number };
}

/** A range of the source's sound to extract, seconds from the source's start. */
export interface SoundRange {
  start: number;
  end: number;
}

const FIT = (n: number) => `atrim=end_sample=${n},apad=whole_len=${n},asetpts=N/SR/TB`;

/** Merges ranges (sorted by start) that overlap or nearly touch, so the extract stays small. */
export function mergeRanges(ranges: SoundRange[], gap = 0.5): SoundRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: SoundRange[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start <= last.end + gap) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Where `[start, start + seconds)` of the source sits in the extract of `merged`. */
export function extractOffset(merged: SoundRange[], start: number): number {
  let offset = 0;
  for (const r of merged) {
    if (start >= r.start - 1e-6 && start < r.end) return offset + Math.max(0, start - r.start);
    offset += r.end - r.start;
  }
  throw new RangeError(`no extracted range holds ${start}`);
}

/**
 * ffmpeg arguments and graph that write `merged` ranges of the source's first audio track
 * (of `channels` channels) one after another as 48 kHz stereo.
 */
export function extractJob(source: string, channels: number, merged: SoundRange[]) {
  const n = merged.length;
  const lines = [
    `[0:a:0]${audioFormat(channels)},asplit=${n}${merged.map((_, i) => `[r${i}]`).join("")}`,
  ];
  merged.forEach((r, i) =>
    lines.push(`[r${i}]atrim=start=${sec(r.start)}:end=${sec(r.end)},asetpts=PTS-STARTPTS[t${i}]`)
  );
  lines.push(`${merged.map((_, i) => `[t${i}]`).join("")}concat=n=${n}:v=0:a=1[out]`);
  return {
    input: ["-i", source],
    graph: lines.join(";\n") + "\n",
  };
}

/**
 * Inputs and graph for a chunk of slots: narrations and pieces of the extract as inputs,
 * each slot fitted to its samples, all concatenated into `[out]`. With `key`, the narration
 * alone (silence elsewhere) is also concatenated into `[key]` (mono): what the background
 * music ducks under.
 */
export function chunkJob(slots: AudioSlot[], extract: string | null, key = false) {
  const input: string[] = [];
  const lines: string[] = [];
  let k = 0;
  slots.forEach((slot, i) => {
    const parts: string[] = [];
    if (slot.narration) {
      const { path, channels, tempo } = slot.narration;
      input.push("-i", path);
      const t = Math.abs(tempo - 1) > 1e-9 ? `,atempo=${tempo.toFixed(6)}` : "";
      const split = key ? `,asplit=2[n${i}][k${i}]` : `[n${i}]`;
      lines.push(`[${k++}:a:0]${audioFormat(channels)}${t},${FIT(slot.samples)}${split}`);
      parts.push(`[n${i}]`);
    } else if (key) {
      lines.push(
        `anullsrc=r=${RATE}:cl=stereo,aformat=sample_fmts=fltp,${FIT(slot.samples)}[k${i}]`,
      );
    }
    if (slot.original && extract) {
      const { offset, seconds, gain } = slot.original;
      input.push("-ss", sec(offset), "-t", sec(seconds), "-i", extract);
      const volume = gain !== 1 ? `volume=${gain.toFixed(4)},` : "";
      lines.push(
        `[${k++}:a:0]aformat=sample_fmts=fltp:channel_layouts=stereo,${volume}${
          FIT(slot.samples)
        }[o${i}]`,
      );
      parts.push(`[o${i}]`);
    }
    if (parts.length === 0) {
      lines.push(
        `anullsrc=r=${RATE}:cl=stereo,aformat=sample_fmts=fltp,${FIT(slot.samples)}[a${i}]`,
      );
    } else if (parts.length === 1) {
      lines.push(`${parts[0]}anull[a${i}]`);
    } else {
      lines.push(
        `${parts.join("")}amix=inputs=2:duration=first:normalize=0,${FIT(slot.samples)}[a${i}]`,
      );
    }
  });
  lines.push(`${slots.map((_, i) => `[a${i}]`).join("")}concat=n=${slots.length}:v=0:a=1[out]`);
  if (key) {
    lines.push(
      `${slots.map((_, i) => `[k${i}]`).join("")}concat=n=${slots.length}:v=0:a=1,` +
        `aformat=channel_layouts=mono[key]`,
    );
  }
  return { input, graph: lines.join(";\n") + "\n" };
}

/** The command around an input list and a graph file writing `[out]` with `codec` to `output`. */
export function audioArgs(input: string[], graphPath: string, codec: string[], output: string) {
  return [
    ...baseArgs(),
    ...input,
    "-filter_complex_script",
    graphPath,
    "-map",
    "[out]",
    ...codec,
    "-map_metadata",
    "-1",
    output,
  ];
}
