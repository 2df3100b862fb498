// MuxVideo: the output MP4 from BuildVideo's pieces (plus pieces for slots the overflow
// policy lengthened) and BuildAudio's track, joined by stream copy in one pass, then
// checked: durations, sync, and a clean decode. A check that fails re-encodes everything.
import { SacvError } from "../common/errors.ts";
import { concatTrouble, MP4_OUTPUT_WITH_PROGRESS } from "./concat_copy.ts";
import type { MediaContext } from "./context.ts";
import { VIDEO_EXTENSIONS } from "./context.ts";
import { decodeCheck } from "./decode_check.ts";
import { baseArgs, runTool } from "./ffmpeg.ts";
import { readMp4FrameTable } from "./frame_table.ts";
import type { MuxVideoRequestInit, MuxVideoResult } from "./messages.ts";
import { withTempDir, writeAtomically } from "./output.ts";
import {
  checkExtension,
  resolveInput,
  resolveInputDir,
  resolveOutput,
  toRootRelative,
} from "./paths.ts";
import { probe } from "./probe.ts";
import { framesToSeconds, lengthenedSpecs, openSource, type Source } from "./source_video.ts";
import { MANIFEST, modeOf, readManifest, splitSeconds } from "./video_build.ts";
import { DEFAULT_ENCODE } from "./video_encoder.ts";
import { driftFree, rangeList } from "./video_jobs.ts";
import { type PieceFiles, writePieces } from "./video_pieces.ts";
import { entryFrames, planVideo, type VideoPlan } from "./video_plan.ts";
import { checkFrame, checkStyle } from "../common/output_frame.ts";
import { planRender, type RenderPlan, renderVideo } from "./render.ts";

/** Progress of {@linkcode muxVideo}: the stage and its fraction. */
export type MuxReport = (stage: string, progress: number) => void;

/** The final ffconcat list: copied source ranges (H.264) by packets, everything else by file. */
function finalList(src: Source, plan: VideoPlan, files: PieceFiles): string {
  const lines = ["ffconcat version 1.0"];
  let at = 0;
  for (const e of plan.entries) {
    const n = entryFrames(e);
    const key = e.kind === "copy" ? `copy:${e.from}-${e.to}` : e.piece.key;
    if (e.kind === "copy" && src.stream.codec === "h264") {
      const one = rangeList(src.table, src.abs, [e], src.timing)!;
      lines.push(...one.trim().split("\n").slice(1, -1));
    } else {
      const file = files[key];
      if (!file) {
        throw new SacvError("INTERNAL", `video piece ${key} is missing`, {
          reason: "PIECE_MISSING",
        });
      }
      lines.push(`file '${file.replaceAll("'", "'\\''")}'`);
    }
    lines.push(`duration ${driftFree(at, n, src.timing)}`);
    at += n;
  }
  return lines.join("\n") + "\n";
}

/** Output frame indexes where one entry ends and the next begins. */
function jointsOf(plan: VideoPlan): number[] {
  const joints: number[] = [];
  let at = 0;
  for (const e of plan.entries.slice(0, -1)) joints.push(at += entryFrames(e));
  return joints;
}

/**
 * Muxes the video of `req.segments` and the audio `req.audio` into `req.output`. Pieces
 * BuildVideo wrote are reused; pieces of lengthened slots are encoded here. The result
 * says which path was taken and where every segment lands.
 */
export async function muxVideo(
  ctx: MediaContext,
  req: MuxVideoRequestInit,
  report: MuxReport,
  signal?: AbortSignal,
): Promise<MuxVideoResult> {
  const videoDir = resolveInputDir(ctx.root, req.video_dir, "video_dir", MANIFEST);
  const audio = resolveInput(ctx.root, req.audio, "audio");
  checkExtension(req.output, "output", VIDEO_EXTENSIONS);
  const out = resolveOutput(ctx.root, req.output, "output");
  const src = await openSource(ctx, req.source, "source", signal);
  const specs = lengthenedSpecs(src, req.segments ?? []);
  const audioInfo = await probe(audio, { ffprobe: ctx.ffprobe, signal, field: "audio" });
  if (!audioInfo.has_audio) {
    throw new SacvError("FAILED_PRECONDITION", `audio: ${req.audio} has no audio stream`, {
      reason: "NO_AUDIO",
      details: { field: "audio" },
    });
  }
  const have = await readManifest(videoDir);
  const settings = ctx.encode ?? DEFAULT_ENCODE;
  const render = await renderOf(ctx, req, src);
  return await writeAtomically(out, (tmp) =>
    withTempDir(out.path, async (work) => {
      let plan = planVideo(src.table, specs, src.noCopy === null);
      let reason = src.noCopy ?? "";
      report("patch", 0);
      let files = await writePieces({
        ctx,
        src,
        plan,
        matched: src.noCopy === null,
        settings,
        dir: work,
        prefix: "x",
        have,
        onProgress: (f) => report("patch", f),
        signal,
      });
      let trouble = await muxAndCheck(ctx, src, plan, files, audio, tmp, work, report, signal);
      if (trouble !== null && modeOf(plan) !== "encode") {
        // A joint that does not decode cleanly: give up copying, re-encode every segment.
        reason = `copied output failed its check (${trouble}); re-encoded`;
        plan = planVideo(src.table, specs, false);
        files = await writePieces({
          ctx,
          src,
          plan,
          matched: false,
          settings,
          dir: work,
          prefix: "f",
          onProgress: (f) => report("reencode", f),
          signal,
        });
        trouble = await muxAndCheck(ctx, src, plan, files, audio, tmp, work, report, signal);
      }
      if (trouble !== null) {
        throw new SacvError("INTERNAL", `output failed its check: ${trouble}`, {
          reason: "OUTPUT_CHECK_FAILED",
        });
      }
      let seconds = splitSeconds(plan, (n) => framesToSeconds(src, n));
      let mode = modeOf(plan);
      if (render.reason) {
        // One encode of the joined video in the output timeline (docs/media.md: why here).
        report("render", 0);
        const rendered = `${work}/render.mp4`;
        await renderVideo(ctx, tmp, rendered, render, {
          work,
          seconds: framesToSeconds(src, plan.frames),
          onProgress: (f) => report("render", f),
          signal,
        });
        await Deno.rename(rendered, tmp);
        report("render", 1);
        reason = reason ? `${reason}; ${render.reason}` : render.reason;
        mode = "encode";
        seconds = { copied: 0, encoded: seconds.copied + seconds.encoded };
      }
      const written = await probe(tmp, { ffprobe: ctx.ffprobe, signal, field: "output" });
      return {
        output: toRootRelative(ctx.root, out.path),
        duration: written.duration,
        video_duration: written.video_duration,
        audio_duration: written.audio_duration,
        mode,
        reason,
        copied_seconds: seconds.copied,
        encoded_seconds: seconds.encoded,
        segments: plan.segments.map((s) => ({
          start: framesToSeconds(src, s.start),
          end: framesToSeconds(src, s.start + s.frames),
        })),
      };
    }));
}

/** Most bytes of a subtitles file MuxVideo reads. */
const MAX_SRT_BYTES = 16 * 1024 * 1024;

/** The final render `req` asks for (checked first: a bad option fails before any work). */
async function renderOf(
  ctx: MediaContext,
  req: MuxVideoRequestInit,
  src: Source,
): Promise<RenderPlan> {
  checkFrame(req.frame, "frame");
  checkStyle(req.subtitle_style, "subtitle_style");
  let srt: string | undefined;
  if (req.subtitle_style?.burn) {
    if (!req.subtitles) {
      throw new SacvError("INVALID_ARGUMENT", "subtitles: a .srt is needed to burn subtitles in", {
        reason: "MISSING_FIELD",
        details: { field: "subtitles" },
      });
    }
    checkExtension(req.subtitles, "subtitles", [".srt"]);
    const abs = resolveInput(ctx.root, req.subtitles, "subtitles");
    if ((await Deno.stat(abs)).size > MAX_SRT_BYTES) {
      throw new SacvError("INVALID_ARGUMENT", `subtitles: larger than ${MAX_SRT_BYTES} bytes`, {
        reason: "SUBTITLES_TOO_LARGE",
        details: { field: "subtitles" },
      });
    }
    srt = new TextDecoder().decode(await Deno.readFile(abs));
  }
  // The decoder turns a rotated source upright: the picture's sides are swapped.
  const turned = Math.abs(src.stream.rotation) % 180 === 90;
  const size = turned
    ? { width: src.stream.height, height: src.stream.width }
    : { width: src.stream.width, height: src.stream.height };
  const [num, den] = src.stream.rate;
  return planRender(size, num / den, {
    frame: req.frame,
    style: req.subtitle_style,
    srt,
  });
}

/** Muxes into `tmp` and checks it; null when fine, else what was wrong. */
async function muxAndCheck(
  ctx: MediaContext,
  src: Source,
  plan: VideoPlan,
  files: PieceFiles,
  audio: string,
  tmp: string,
  work: string,
  report: MuxReport,
  signal?: AbortSignal,
): Promise<string | null> {
  const listPath = `${work}/final.ffconcat`;
  await Deno.writeTextFile(listPath, finalList(src, plan, files));
  const total = framesToSeconds(src, plan.frames);
  report("mux", 0);
  const args = baseArgs().map((a) => (a === "error" ? "warning" : a));
  const { stderr } = await runTool(ctx.ffmpeg, [
    ...args,
    "-f",
    "concat",
    "-safe",
    "0",
    "-i",
    listPath,
    "-i",
    audio,
    "-map",
    "0:v:0",
    "-map",
    "1:a:0",
    "-c",
    "copy",
    "-video_track_timescale",
    String(src.timing.timescale),
    ...MP4_OUTPUT_WITH_PROGRESS,
    tmp,
  ], {
    signal,
    limit: ctx.limit,
    onProgress: (b) => report("mux", Math.min(1, Number(b.out_time_us ?? 0) / 1e6 / total || 0)),
  });
  const bad = concatTrouble(stderr);
  if (bad) return bad;
  report("verify", 0);
  const table = await readMp4FrameTable(tmp);
  const frame = src.timing.frameTicks / src.timing.timescale;
  if (!table || table.frames.length !== plan.frames) {
    return `${table?.frames.length ?? 0} video frames where ${plan.frames} were expected`;
  }
  const written = await probe(tmp, { ffprobe: ctx.ffprobe, signal, field: "output" });
  if (Math.abs(written.audio_duration - total) > frame + 1e-3) {
    throw new SacvError(
      "INTERNAL",
      `audio track lasts ${written.audio_duration.toFixed(3)} s, video ${total.toFixed(3)} s`,
      { reason: "AUDIO_MISMATCH" },
    );
  }
  const check = await decodeCheck(ctx, tmp, table, jointsOf(plan), work, signal);
  report("verify", 1);
  if (check.errors) return check.errors.split("\n")[0];
  if (check.frames !== check.expected) {
    return `decoded ${check.frames} frames where ${check.expected} were expected`;
  }
  return null;
}
