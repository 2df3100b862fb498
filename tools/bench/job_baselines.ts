// The baselines of the job benchmark, as one bare ffmpeg command each: (a) the whole output
// re-encoded in one pass with the job's settings, (b) the stream-copy floor: video copied by
// keyframe (not frame-accurate), the same audio graph, one AAC encode.
import { audioFormat, planAlignment } from "../../services/media/align_plan.ts";
import type { BenchSegment } from "./job_script.ts";

/** A segment with its narration file (absolute) and duration, when it has one. */
export interface BaselineSegment extends BenchSegment {
  narration?: string;
  narrationSeconds?: number;
}

const FIT = (d: number) =>
  `atrim=end=${d.toFixed(6)},apad=whole_dur=${d.toFixed(6)},asetpts=N/SR/TB`;

/** Groups of segments whose sources run forward, each read by its own input. */
function passesOf(segments: BaselineSegment[]): number[] {
  const pass: number[] = [];
  let p = 0;
  let last = -1;
  for (const s of segments) {
    if (s.start_time < last) p++;
    pass.push(p);
    last = s.end_time;
  }
  return pass;
}

function original(s: BaselineSegment): boolean {
  return s.text.startsWith("播放原片") || s.OST === 1;
}

/** The audio part of both baselines: `[a<i>]` per segment; inputs 0..passes-1 are the source. */
function audioGraph(segments: BaselineSegment[], pass: number[], narrationInput: number[]) {
  const lines: string[] = [];
  const passes = Math.max(...pass) + 1;
  for (let p = 0; p < passes; p++) {
    const mine = segments.map((s, i) => ({ s, i })).filter(({ s, i }) =>
      pass[i] === p && (original(s) || s.OST === 2)
    );
    if (mine.length === 0) continue;
    lines.push(`[${p}:a:0]asplit=${mine.length}${mine.map(({ i }) => `[sa${i}]`).join("")}`);
    for (const { s, i } of mine) {
      const gain = s.OST === 2 ? ",volume=0.2" : "";
      lines.push(
        `[sa${i}]atrim=start=${s.start_time}:end=${s.end_time},asetpts=PTS-STARTPTS,` +
          `${audioFormat(2)}${gain},${FIT(s.end_time - s.start_time)}[o${i}]`,
      );
    }
  }
  segments.forEach((s, i) => {
    const slot = s.end_time - s.start_time;
    if (original(s)) {
      lines.push(`[o${i}]anull[a${i}]`);
      return;
    }
    const plan = planAlignment(s.narrationSeconds!, slot, { channels: 1 });
    lines.push(`[${narrationInput[i]}:a:0]${plan.audioFilter}[n${i}]`);
    if (s.OST === 2) {
      lines.push(`[n${i}][o${i}]amix=inputs=2:duration=first:normalize=0,${FIT(slot)}[a${i}]`);
    } else lines.push(`[n${i}]anull[a${i}]`);
  });
  return lines;
}

/** Inputs for narrations after the source inputs; index of each segment's narration input. */
function narrationInputs(segments: BaselineSegment[], first: number) {
  const args: string[] = [];
  const index: number[] = [];
  let k = first;
  for (const s of segments) {
    if (s.narration) {
      args.push("-i", s.narration);
      index.push(k++);
    } else index.push(-1);
  }
  return { args, index };
}

/**
 * (a) One pass: every segment trimmed by frame from the source, concatenated, re-encoded
 * with `encoder`, the audio built in the same graph. Returns ffmpeg's arguments and graph.
 */
export function onePass(
  source: string,
  segments: BaselineSegment[],
  fps: number,
  encoder: string[],
  output: string,
  graphPath: string,
): { args: string[]; graph: string } {
  const pass = passesOf(segments);
  const passes = Math.max(...pass) + 1;
  const inputs: string[] = [];
  for (let p = 0; p < passes; p++) inputs.push("-i", source);
  const narr = narrationInputs(segments, passes);
  const lines: string[] = [];
  for (let p = 0; p < passes; p++) {
    const mine = segments.map((_, i) => i).filter((i) => pass[i] === p);
    lines.push(`[${p}:v:0]split=${mine.length}${mine.map((i) => `[sv${i}]`).join("")}`);
    for (const i of mine) {
      const s = segments[i];
      const a = Math.round(s.start_time * fps);
      const b = Math.round(s.end_time * fps);
      lines.push(`[sv${i}]trim=start_frame=${a}:end_frame=${b},setpts=PTS-STARTPTS[v${i}]`);
    }
  }
  lines.push(...audioGraph(segments, pass, narr.index));
  lines.push(
    `${
      segments.map((_, i) => `[v${i}][a${i}]`).join("")
    }concat=n=${segments.length}:v=1:a=1[vout][aout]`,
  );
  return {
    graph: lines.join(";\n") + "\n",
    args: [
      "-hide_banner",
      "-nostdin",
      "-loglevel",
      "error",
      "-y",
      ...inputs,
      ...narr.args,
      "-filter_complex_script",
      graphPath,
      "-map",
      "[vout]",
      "-map",
      "[aout]",
      ...encoder,
      "-c:a",
      "aac",
      "-b:a",
      "192k",
      "-movflags",
      "+faststart",
      output,
    ],
  };
}

/**
 * (b) The copy floor: the video of each segment copied from the keyframe before it (the
 * concat demuxer's in/out points, not frame-accurate), the same audio graph, one AAC encode.
 */
export function copyFloor(
  source: string,
  segments: BaselineSegment[],
  output: string,
  listPath: string,
  graphPath: string,
): { args: string[]; graph: string; list: string } {
  const pass = passesOf(segments);
  const passes = Math.max(...pass) + 1;
  const list = ["ffconcat version 1.0"];
  for (const s of segments) {
    list.push(
      `file '${source.replaceAll("'", "'\\''")}'`,
      `inpoint ${s.start_time}`,
      `outpoint ${s.end_time}`,
    );
  }
  const inputs = ["-f", "concat", "-safe", "0", "-i", listPath];
  for (let p = 0; p < passes; p++) inputs.push("-i", source);
  const narr = narrationInputs(segments, passes + 1);
  // The audio graph numbers the source inputs from 0: shift them by one (input 0 is the list).
  const lines = audioGraph(segments, pass, narr.index).map((l) =>
    l.replace(/^\[(\d+):a:0\]asplit/, (_, n) => `[${Number(n) + 1}:a:0]asplit`)
  );
  lines.push(
    `${segments.map((_, i) => `[a${i}]`).join("")}concat=n=${segments.length}:v=0:a=1[aout]`,
  );
  return {
    list: list.join("\n") + "\n",
    graph: lines.join(";\n") + "\n",
    args: [
      "-hide_banner",
      "-nostdin",
      "-loglevel",
      "error",
      "-y",
      ...inputs,
      ...narr.args,
      "-filter_complex_script",
      graphPath,
      "-map",
      "0:v:0",
      "-map",
      "[aout]",
      "-c:v",
      "copy",
      "-c:a",
      "aac",
      "-b:a",
      "192k",
      "-movflags",
      "+faststart",
      output,
    ],
  };
}
