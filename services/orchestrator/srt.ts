// Subtitles of a finished video: each narration's lines placed where its speech plays in the
// OUTPUT timeline (after the alignment's tempo change and trim), written as SubRip (.srt).
import { type SubtitleCue, subtitleCues, type WordTiming } from "./subtitles.ts";

/** One slot of the output as BuildAudio fitted it, with what was said in it. */
export interface SpokenSlot {
  /** The subtitle text ("" = no cue). */
  text: string;
  /** Where the slot sits in the output, seconds. */
  outputStart: number;
  outputEnd: number;
  /**
   * The narration in the slot: its length in its own file (seconds), the atempo factor applied
   * (>1 = sped up) and the provider's word timings. Absent: the text spans the whole slot.
   */
  narration?: { duration: number; tempo: number; words?: readonly WordTiming[]; text: string };
}

/** Options for {@linkcode outputCues}. */
export interface OutputCueOptions {
  /** Longest line in Chinese-character widths (SACV_SUBTITLE_MAX_CHARS). */
  maxChars?: number;
}

/**
 * The subtitle cues of a whole output, in output milliseconds. A narration starts at its slot's
 * start and plays `tempo` times faster, so its own clock is divided by the tempo; speech the
 * slot trimmed away gets no cue (a cue running past the slot is cut at its end).
 */
export function outputCues(
  slots: readonly SpokenSlot[],
  options: OutputCueOptions = {},
): SubtitleCue[] {
  const out: SubtitleCue[] = [];
  for (const slot of slots) {
    const text = slot.text.trim();
    const startMs = slot.outputStart * 1000;
    const endMs = slot.outputEnd * 1000;
    if (text === "" || !(endMs > startMs)) continue;
    const n = slot.narration;
    const tempo = n && n.tempo > 0 ? n.tempo : 1;
    const clockMs = n && n.duration > 0 ? n.duration * 1000 : (endMs - startMs) * tempo;
    const words = n && n.text.trim() === text ? n.words : undefined;
    for (const c of subtitleCues(text, clockMs, { maxChars: options.maxChars, words })) {
      const start = startMs + c.start_ms / tempo;
      const end = Math.min(endMs, startMs + c.end_ms / tempo);
      if (end - start >= 1) out.push({ text: c.text, start_ms: start, end_ms: end });
    }
  }
  return out;
}

/** `HH:MM:SS,mmm` of `ms` (rounded to the millisecond, never negative). */
export function srtTime(ms: number): string {
  const t = Math.max(0, Math.round(ms));
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const h = Math.floor(t / 3_600_000);
  const m = Math.floor(t / 60_000) % 60;
  const s = Math.floor(t / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)},${pad(t % 1000, 3)}`;
}

/**
 * A cue's text made safe for an SRT file: control characters (C0, C1, DEL), lone surrogates
 * and bidi overrides dropped, line breaks and tabs become spaces, blank lines (which would end
 * the cue) impossible.
 */
export function cleanCueText(text: string): string {
  return text.toWellFormed()
    .replace(/[\t\r\n\u2028\u2029]+/g, " ")
    // deno-lint-ignore no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g, "")
    .replace(/\ufffd/g, "")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** The SubRip file of `cues` (UTF-8, CRLF-free, numbered from 1; empty cues are skipped). */
export function formatSrt(cues: readonly SubtitleCue[]): string {
  const blocks: string[] = [];
  for (const c of cues) {
    const text = cleanCueText(c.text);
    if (text === "") continue;
    blocks.push(
      `${blocks.length + 1}\n${srtTime(c.start_ms)} --> ${srtTime(c.end_ms)}\n${text}\n`,
    );
  }
  return blocks.join("\n");
}
