// BuildAudio's rendering: the slots chunk by chunk (parallel ffmpeg processes, at most
// SLOTS_PER_CHUNK slots each), joined sample-exactly, and the track's one AAC encode.
import { CancelledError } from "../common/errors.ts";
import type { LoudnessReport__Output as LoudnessReport } from "../../proto/gen/sacv/common/v1/LoudnessReport.ts";
import { type BgmPlan, finishTrack, type LoudnessPlan } from "./audio_finish.ts";
import {
  audioArgs,
  type AudioSlot,
  chunkJob,
  extractJob,
  RATE,
  type SoundRange,
} from "./audio_graph.ts";
import type { MediaContext } from "./context.ts";
import { baseArgs, runTool } from "./ffmpeg.ts";
import type { Source } from "./source_video.ts";

/** Slots per ffmpeg process: bounds inputs (two per slot at most) and graph size. */
export const SLOTS_PER_CHUNK = 64;

/** AAC 192 kbit/s stereo at 48 kHz: the one encode of the audio track. */
const AAC = ["-c:a", "aac", "-b:a", "192k", "-ar", String(RATE), "-ac", "2"];
const PCM = ["-c:a", "pcm_s16le", "-ar", String(RATE), "-ac", "2"];
/** The narration alone, the key the music ducks under: a level detector needs one channel. */
const KEY_PCM = ["-c:a", "pcm_s16le", "-ar", String(RATE), "-ac", "1", "-map_metadata", "-1"];

/** Progress of the rendering: a fraction and the segments whose audio is done. */
export type TrackReport = (progress: number, ready: number[]) => void;

/**
 * Renders the slots chunk by chunk and encodes the track once. With music or loudness the
 * chunks are PCM (and, when the music ducks, the narration alone beside them) and the
 * finishing run mixes, measures, normalises and encodes.
 */
export async function writeTrack(
  ctx: MediaContext,
  src: Source,
  merged: SoundRange[],
  slots: AudioSlot[],
  finish: { bgm: BgmPlan | null; loudness: LoudnessPlan | null },
  paths: { dir: string; tmp: string },
  report: TrackReport,
  signal?: AbortSignal,
): Promise<LoudnessReport | null> {
  const { dir, tmp } = paths;
  const finishing = finish.bgm !== null || finish.loudness !== null;
  const key = finish.bgm !== null && finish.bgm.duckDb < 0;
  const run = (args: string[]) => runTool(ctx.ffmpeg, args, { signal, limit: ctx.limit });
  let extract: string | null = null;
  if (merged.length > 0) {
    extract = `${dir}/source.wav`;
    const job = extractJob(src.abs, src.info.channels, merged);
    await Deno.writeTextFile(`${dir}/extract.graph`, job.graph);
    await run(audioArgs(job.input, `${dir}/extract.graph`, PCM, extract));
  }
  const chunks: AudioSlot[][] = [];
  for (let i = 0; i < slots.length; i += SLOTS_PER_CHUNK) {
    chunks.push(slots.slice(i, i + SLOTS_PER_CHUNK));
  }
  let done = 0;
  report(0, []);
  const single = chunks.length === 1 && !finishing;
  const steps = chunks.length + (single ? 0 : 1);
  const ac = new AbortController();
  const stop = () => ac.abort();
  signal?.addEventListener("abort", stop, { once: true });
  try {
    const results = await Promise.allSettled(chunks.map(async (chunk, c) => {
      const job = chunkJob(chunk, extract, key);
      const graph = `${dir}/chunk${c}.graph`;
      await Deno.writeTextFile(graph, job.graph);
      const output = single ? tmp : `${dir}/chunk${c}.wav`;
      const args = audioArgs(job.input, graph, single ? AAC : PCM, output);
      if (key) args.push("-map", "[key]", ...KEY_PCM, `${dir}/key${c}.wav`);
      await runTool(ctx.ffmpeg, args, {
        signal: ac.signal,
        limit: ctx.limit,
      }).catch((err) => {
        ac.abort();
        throw err;
      });
      done++;
      const first = c * SLOTS_PER_CHUNK;
      report(done / steps, chunk.map((_, i) => first + i));
    }));
    if (signal?.aborted) throw new CancelledError();
    const failed = results.find((r) => r.status === "rejected") as
      | PromiseRejectedResult
      | undefined;
    if (failed) throw failed.reason;
  } finally {
    signal?.removeEventListener("abort", stop);
  }
  // Chunks join by a concat list of PCM: sample-exact, no second encode.
  const joined = async (name: string) => {
    if (chunks.length === 1) return ["-i", `${dir}/${name}0.wav`];
    const list = ["ffconcat version 1.0", ...chunks.map((_, c) => `file '${name}${c}.wav'`)];
    await Deno.writeTextFile(`${dir}/${name}.ffconcat`, list.join("\n") + "\n");
    return ["-f", "concat", "-safe", "0", "-i", `${dir}/${name}.ffconcat`];
  };
  let loudness: LoudnessReport | null = null;
  if (finishing) {
    const samples = slots.reduce((sum, s) => sum + s.samples, 0);
    const inputs = { mix: await joined("chunk"), key: key ? await joined("key") : undefined };
    loudness = await finishTrack(
      ctx,
      { ...inputs, samples },
      { ...finish, codec: AAC, dir },
      tmp,
      signal,
    );
  } else if (!single) {
    const input = await joined("chunk");
    await run([...baseArgs(), ...input, "-map", "0:a:0", ...AAC, "-map_metadata", "-1", tmp]);
  }
  report(1, []);
  return loudness;
}
