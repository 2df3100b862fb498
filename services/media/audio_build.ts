// BuildAudio: the whole audio track of a script in one graph per chunk of slots and one
// AAC encode: narrations fitted per the alignment policy, the source's own sound (one
// extract, sample-exact), ducking for mixed segments, optional background music and
// loudness normalisation; slots last whole video frames.
import { SacvError } from "../common/errors.ts";
import { DEFAULT_MAX_TEMPO, type Overflow, OVERFLOWS, planAlignment } from "./align_plan.ts";
import { DEFAULT_DUCK_VOLUME } from "./align.ts";
import {
  type AudioSlot,
  extractOffset,
  mergeRanges,
  RATE,
  type SoundRange,
} from "./audio_graph.ts";
import { bgmPlan, loudnessPlan } from "./audio_finish.ts";
import { writeTrack } from "./audio_track.ts";
import type { MediaContext } from "./context.ts";
import type {
  AlignedSegment,
  AudioSegment,
  BuildAudioRequestInit,
  BuildAudioResult,
  MuxSegment,
  ProbeResult,
} from "./messages.ts";
import type { LoudnessReport__Output as LoudnessReport } from "../../proto/gen/sacv/common/v1/LoudnessReport.ts";
import { withTempDir, writeAtomically } from "./output.ts";
import { checkExtension, resolveInput, resolveOutput, toRootRelative } from "./paths.ts";
import { probe } from "./probe.ts";
import { framesToSeconds, lengthenedSpecs, openSource, type Source } from "./source_video.ts";

export { SLOTS_PER_CHUNK } from "./audio_track.ts";

/** Progress of {@linkcode buildAudio}: a fraction and the segments whose audio is done. */
export type BuildAudioReport = (progress: number, ready: number[]) => void;

function invalid(field: string, message: string): SacvError {
  return new SacvError("INVALID_ARGUMENT", `${field}: ${message}`, {
    reason: "INVALID_SEGMENT",
    details: { field },
  });
}

function options(req: BuildAudioRequestInit) {
  const overflow = (req.overflow || "trim") as Overflow;
  if (!OVERFLOWS.includes(overflow)) {
    throw invalid("overflow", `must be ${OVERFLOWS.join(", ")}: current value is ${req.overflow}`);
  }
  const duck = req.duck_volume || DEFAULT_DUCK_VOLUME;
  if (!(duck >= 0 && duck <= 1)) {
    throw invalid("duck_volume", `must be from 0 to 1: current value is ${req.duck_volume}`);
  }
  return {
    overflow,
    duck,
    maxTempo: req.max_tempo || DEFAULT_MAX_TEMPO,
    loudness: loudnessPlan(req.loudness),
  };
}

/** Probes every narration (a few at a time), naming the segment of a bad one. */
async function probeNarrations(
  ctx: MediaContext,
  segments: AudioSegment[],
  signal?: AbortSignal,
): Promise<(ProbeResult & { abs: string } | null)[]> {
  const out: (ProbeResult & { abs: string } | null)[] = [];
  for (let i = 0; i < segments.length; i += 8) {
    out.push(
      ...await Promise.all(
        segments.slice(i, i + 8).map(async (s, j) => {
          const field = `segments[${i + j}]`;
          if (!["narration", "original", "mixed"].includes(s.kind)) {
            throw invalid(
              `${field}.kind`,
              `must be narration, original or mixed: current value is ${s.kind}`,
            );
          }
          if (s.kind === "original") return null;
          const abs = resolveInput(ctx.root, s.narration ?? "", `${field}.narration`);
          const info = await probe(abs, {
            ffprobe: ctx.ffprobe,
            signal,
            field: `${field}.narration`,
            displayPath: s.narration,
          });
          if (!info.has_audio || !(info.audio_duration > 0)) {
            throw new SacvError(
              "FAILED_PRECONDITION",
              `${field}.narration: ${s.narration} has no audio`,
              { reason: "NO_AUDIO", details: { field: `${field}.narration` } },
            );
          }
          return { ...info, abs };
        }),
      ),
    );
  }
  return out;
}

/**
 * Fits every narration to its segment (DESIGN §7): returns per segment what was done and
 * the slot to give it (whole frames; longer than the cut only for extend/freeze/slow).
 */
export function alignSegments(
  src: Source,
  segments: AudioSegment[],
  narrations: (ProbeResult | null)[],
  o: { overflow: Overflow; maxTempo: number },
): { aligned: AlignedSegment[]; mux: MuxSegment[] } {
  const frame = src.timing.frameTicks / src.timing.timescale;
  const base = lengthenedSpecs(src, segments);
  const aligned: AlignedSegment[] = [];
  const mux: MuxSegment[] = [];
  segments.forEach((s, i) => {
    const clip = base[i].body * frame;
    const n = narrations[i];
    if (!n) {
      aligned.push({
        strategy: "original",
        tempo: 1,
        narration_duration: 0,
        video: "copy",
        duration: clip,
      });
      mux.push({ start: s.start, end: s.end, video: "copy", duration: clip });
      return;
    }
    const plan = planAlignment(n.audio_duration, clip, {
      overflow: o.overflow,
      maxTempo: o.maxTempo,
      channels: n.channels,
    });
    const longer = plan.video !== "copy";
    // A lengthened slot rounds up to whole frames: no speech is cut.
    const slot = longer ? Math.ceil(n.audio_duration / frame - 1e-6) * frame : clip;
    aligned.push({
      strategy: plan.strategy,
      tempo: plan.tempo,
      narration_duration: n.audio_duration,
      video: plan.video,
      duration: slot,
    });
    mux.push({ start: s.start, end: s.end, video: plan.video, duration: slot });
  });
  return { aligned, mux };
}

/**
 * Builds the audio track of `req.segments` into `req.output` (`.m4a`, AAC). Reports each
 * chunk's segments as their audio is written. The slots match BuildVideo's frames (and
 * MuxVideo's lengthened slots) because all three map segments through the same table.
 */
export async function buildAudio(
  ctx: MediaContext,
  req: BuildAudioRequestInit,
  report: BuildAudioReport,
  signal?: AbortSignal,
): Promise<BuildAudioResult> {
  const o = options(req);
  checkExtension(req.output, "output", [".m4a"]);
  const out = resolveOutput(ctx.root, req.output, "output");
  const src = await openSource(ctx, req.source, "source", signal);
  const bgm = await bgmPlan(ctx, req.bgm, signal);
  const segments = req.segments ?? [];
  const narrations = await probeNarrations(ctx, segments, signal);
  const { aligned, mux } = alignSegments(src, segments, narrations, o);
  const specs = lengthenedSpecs(src, mux);
  const { frames, timescale } = src.table;
  const t = (f: number) =>
    f < frames.length
      ? frames[f].pts / timescale - src.table.start
      : frames[frames.length - 1].pts / timescale - src.table.start +
        src.timing.frameTicks / src.timing.timescale;
  // The source's sound under each original or mixed segment: its own frames' time.
  const sound: (SoundRange | null)[] = segments.map((s, i) =>
    s.kind !== "narration" && src.info.has_audio
      ? { start: t(specs[i].from), end: t(specs[i].to) }
      : null
  );
  const merged = mergeRanges(sound.filter((r): r is SoundRange => r !== null));
  let at = 0;
  const sample = (f: number) => Math.round(framesToSeconds(src, f) * RATE);
  const slots: AudioSlot[] = segments.map((s, i) => {
    const slotFrames = specs[i].body + specs[i].hold;
    const samples = sample(at + slotFrames) - sample(at);
    at += slotFrames;
    const n = narrations[i];
    const r = sound[i];
    return {
      samples,
      narration: n
        ? {
          path: n.abs,
          channels: n.channels,
          tempo: aligned[i].video === "copy" ? aligned[i].tempo : 1,
        }
        : undefined,
      original: r
        ? {
          offset: extractOffset(merged, r.start),
          seconds: r.end - r.start,
          gain: s.kind === "mixed" ? o.duck : 1,
        }
        : undefined,
    };
  });
  const total = framesToSeconds(src, at);
  const finish = { bgm, loudness: o.loudness };
  let loudness: LoudnessReport | null = null;
  await writeAtomically(out, (tmp) =>
    withTempDir(out.path, async (dir) => {
      loudness = await writeTrack(ctx, src, merged, slots, finish, { dir, tmp }, report, signal);
      const written = await probe(tmp, { ffprobe: ctx.ffprobe, signal, field: "output" });
      if (Math.abs(written.audio_duration - total) > 0.03) {
        throw new SacvError(
          "INTERNAL",
          `audio track lasts ${written.audio_duration.toFixed(3)} s where ${
            total.toFixed(3)
          } s were expected`,
          { reason: "AUDIO_MISMATCH" },
        );
      }
    }));
  return {
    output: toRootRelative(ctx.root, out.path),
    duration: total,
    segments: aligned,
    loudness,
  };
}
