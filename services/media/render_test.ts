// MuxVideo's final render on real media: exact frame size and shape (fit over a blurred copy,
// fill by cropping, 9:16 from 16:9), another frame rate with sound and picture still in step per
// segment, and subtitles burned in (CJK glyphs, only in the band and only while a cue shows).
import assert from "node:assert/strict";
import { buildAudio } from "./audio_build.ts";
import type { MediaContext } from "./context.ts";
import type { AudioSegment, MuxVideoRequestInit, MuxVideoResult } from "./messages.ts";
import { muxVideo } from "./mux_video.ts";
import { decodeErrors, ffmpeg, withTestRoot } from "./testing.ts";
import { buildVideo } from "./video_build.ts";
import { SacvError } from "../common/errors.ts";
import { silences } from "../../test/support/media_fixtures.ts";

/** A 320×180 25 fps source: a grey ramp, a white flash and a 1 kHz beep for 0.1 s each second. */
async function flashSource(path: string, seconds: number): Promise<void> {
  await ffmpeg([
    "-f",
    "lavfi",
    "-i",
    `color=c=gray:s=320x180:r=25:d=${seconds},format=yuv420p,` +
    `geq=lum='if(lt(mod(T,1),0.1),235,16+X/4)':cb=128:cr=128`,
    "-f",
    "lavfi",
    "-i",
    `aevalsrc='if(lt(mod(t,1),0.1),0.5*sin(2*PI*1000*t),0)':s=48000:d=${seconds}`,
    "-c:v",
    "libx264",
    "-preset",
    "ultrafast",
    "-g",
    "10",
    "-c:a",
    "aac",
    path,
  ]);
}

async function run(args: string[]): Promise<string> {
  const out = await new Deno.Command(args[0], { args: args.slice(1) }).output();
  const text = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
  assert.ok(out.success, text.slice(-800));
  return text;
}

async function stream(path: string) {
  const text = await run([
    "ffprobe",
    "-v",
    "error",
    "-select_streams",
    "v:0",
    "-show_entries",
    "stream=width,height,sample_aspect_ratio,display_aspect_ratio,r_frame_rate",
    "-of",
    "json",
    path,
  ]);
  return JSON.parse(text).streams[0] as Record<string, string | number>;
}

/** Mean luma of each frame (of a crop `w:h:x:y` when given), with its time. */
async function lumas(path: string, crop?: string): Promise<{ t: number; y: number }[]> {
  const vf = `${crop ? `crop=${crop},` : ""}signalstats,metadata=print:key=lavfi.signalstats.YAVG`;
  const text = await run(["ffmpeg", "-hide_banner", "-i", path, "-vf", vf, "-f", "null", "-"]);
  const t = [...text.matchAll(/pts_time:([\d.]+)/g)].map((m) => Number(m[1]));
  const y = [...text.matchAll(/YAVG=([\d.]+)/g)].map((m) => Number(m[1]));
  return y.map((v, i) => ({ t: t[i], y: v }));
}

/** Where the beeps start, seconds. */
async function beeps(path: string): Promise<number[]> {
  return (await silences(path, { minSeconds: 0.05, noiseDb: -30 })).ends;
}

/** Flash onsets (first bright frame of each run) must match the beeps, within a frame. */
async function assertInStep(path: string, fps: number): Promise<void> {
  const frames = await lumas(path);
  const flashes = frames.filter((f, i) => f.y > 150 && !(frames[i - 1]?.y > 150)).map((f) => f.t);
  // A silence running into the end of the file is reported as ending there: not a beep.
  const end = frames.at(-1)!.t;
  const heard = (await beeps(path)).filter((t) => t < end - 0.05);
  assert.ok(flashes.length >= 2, `flashes ${flashes}`);
  assert.equal(flashes.length, heard.length, `flashes ${flashes}, beeps ${heard}`);
  flashes.forEach((t, i) =>
    assert.ok(Math.abs(t - heard[i]) <= 1 / fps + 0.005, `flash ${t} vs beep ${heard[i]}`)
  );
}

const SEGMENTS: AudioSegment[] = [
  { start: 0.52, end: 2.2, kind: "original" }, // flash at 1.0 → 0.48
  { start: 2.8, end: 4.2, kind: "original" }, // flashes at 3.0, 4.0 → 1.88, 2.88
];

async function job(
  ctx: MediaContext,
  out: string,
  extra: Partial<MuxVideoRequestInit>,
): Promise<MuxVideoResult> {
  const video = await buildVideo(
    ctx,
    { source: "src.mp4", output_dir: "w/video", segments: SEGMENTS },
    () => {},
  );
  const audio = await buildAudio(
    ctx,
    { source: "src.mp4", output: "w/a.m4a", segments: SEGMENTS },
    () => {},
  );
  return await muxVideo(ctx, {
    source: "src.mp4",
    video_dir: video.output_dir,
    audio: audio.output,
    output: out,
    segments: SEGMENTS.map((s, i) => ({ ...s, ...audio.segments[i] })),
    ...extra,
  }, () => {});
}

Deno.test("render: 9:16 fit over a blurred copy and 1:1 fill at 30 fps, exact and in step", () =>
  withTestRoot(async ({ ctx, root }) => {
    await flashSource(`${root}/src.mp4`, 5);
    const plain = await job(ctx, "plain.mp4", {});
    assert.notEqual(plain.mode, "encode");

    const fit = await job(ctx, "fit.mp4", { frame: { aspect: "9:16" } });
    assert.equal(fit.mode, "encode");
    assert.match(fit.reason, /re-rendered: 180x320 fit/);
    assert.equal(fit.copied_seconds, 0);
    const s1 = await stream(`${root}/fit.mp4`);
    assert.deepEqual([s1.width, s1.height, s1.sample_aspect_ratio, s1.display_aspect_ratio], [
      180,
      320,
      "1:1",
      "9:16",
    ]);
    assert.equal(s1.r_frame_rate, "25/1");
    await assertInStep(`${root}/fit.mp4`, 25);
    // Above and below the picture: a blurred copy of it (the ramp's mean), not black bars.
    const top = await lumas(`${root}/fit.mp4`, "180:100:0:0");
    const still = top.filter((f) => f.y < 150);
    assert.ok(still.every((f) => f.y > 35 && f.y < 80), `top band ${still.map((f) => f.y)}`);
    assert.equal(await decodeErrors(`${root}/fit.mp4`), "");

    const fill = await job(ctx, "fill.mp4", {
      frame: { width: 240, height: 240, fit: "fill", fps: 30, aspect: "16:9" },
    });
    assert.match(fill.reason, /240x240 fill, 30 fps/);
    const s2 = await stream(`${root}/fill.mp4`);
    assert.deepEqual([s2.width, s2.height, s2.sample_aspect_ratio, s2.r_frame_rate], [
      240,
      240,
      "1:1",
      "30/1",
    ]);
    await assertInStep(`${root}/fill.mp4`, 30);
    // Cropped, not squeezed: the ramp's slope across the frame is the source's scaled by 240/180.
    const [left, right] = await Promise.all([
      lumas(`${root}/fill.mp4`, "8:240:0:0"),
      lumas(`${root}/fill.mp4`, "8:240:232:0"),
    ]);
    const slope = (right[2].y - left[2].y) / 232;
    assert.ok(Math.abs(slope - (1 / 4) * (180 / 240)) < 0.03, `ramp slope ${slope}`);
    const [pd, fd] = await Promise.all([
      run(["ffprobe", "-v", "error", "-show_entries", "format=duration", `${root}/plain.mp4`]),
      run(["ffprobe", "-v", "error", "-show_entries", "format=duration", `${root}/fill.mp4`]),
    ]);
    const dur = (t: string) => Number(t.match(/duration=([\d.]+)/)![1]);
    assert.ok(Math.abs(dur(pd) - dur(fd)) < 0.04, `${dur(pd)} vs ${dur(fd)}`);
  }));

/** Per-frame PSNR of a crop `w:h:x:y` of two files. */
async function cropPsnr(a: string, b: string, crop: string): Promise<number[]> {
  const stats = await Deno.makeTempFile();
  try {
    await run([
      "ffmpeg",
      "-hide_banner",
      "-i",
      a,
      "-i",
      b,
      "-lavfi",
      `[0:v]crop=${crop}[x];[1:v]crop=${crop}[y];[x][y]psnr=stats_file=${stats}`,
      "-f",
      "null",
      "-",
    ]);
    return (await Deno.readTextFile(stats)).trim().split("\n").map((l) => {
      const v = l.match(/psnr_avg:([\d.]+|inf)/)![1];
      return v === "inf" ? 100 : Number(v);
    });
  } finally {
    await Deno.remove(stats);
  }
}

Deno.test("render: Chinese subtitles burned in, only in the band and only while a cue shows", () =>
  withTestRoot(async ({ ctx, root }) => {
    await flashSource(`${root}/src.mp4`, 5);
    const srt = (text: string) => `1\n00:00:01,000 --> 00:00:02,000\n${text}\n`;
    await Deno.writeTextFile(`${root}/a.srt`, srt("中文字幕测试"));
    await Deno.writeTextFile(`${root}/b.srt`, srt("画面声音同步"));
    const style = { burn: true, font_size: 28, position: "bottom" };
    // The reference: the same re-encode without subtitles (a frame rate change forces it).
    const frame = { fps: 24 };
    await job(ctx, "ref.mp4", { frame });
    const a = await job(ctx, "a.mp4", { frame, subtitle_style: style, subtitles: "a.srt" });
    assert.match(a.reason, /burned-in subtitles/);
    await job(ctx, "b.mp4", { frame, subtitle_style: style, subtitles: "b.srt" });

    const band = "320:50:0:130";
    const above = "320:120:0:0";
    const [inBand, outBand, ab] = await Promise.all([
      cropPsnr(`${root}/a.mp4`, `${root}/ref.mp4`, band),
      cropPsnr(`${root}/a.mp4`, `${root}/ref.mp4`, above),
      cropPsnr(`${root}/a.mp4`, `${root}/b.mp4`, band),
    ]);
    const frameAt = (t: number) => Math.round(t * 24);
    const cue = inBand.slice(frameAt(1.05), frameAt(1.95));
    const off = [...inBand.slice(0, frameAt(0.95)), ...inBand.slice(frameAt(2.05))];
    assert.ok(cue.every((p) => p < 22), `band during the cue: ${cue.map(Math.round)}`);
    // Re-encoded alike, not bit-identical (x264 decides per frame): high PSNR, not infinite.
    assert.ok(off.every((p) => p > 32), `band without a cue: ${off.map(Math.round)}`);
    assert.ok(outBand.every((p) => p > 32), `above the band: ${outBand.map(Math.round)}`);
    // Two different Chinese lines draw different glyphs (missing glyphs would be equal boxes).
    const differ = ab.slice(frameAt(1.05), frameAt(1.95));
    assert.ok(differ.every((p) => p < 25), `two texts: ${differ.map(Math.round)}`);

    await assert.rejects(
      job(ctx, "c.mp4", { subtitle_style: style }),
      (e: SacvError) => e.status === "INVALID_ARGUMENT" && e.details.field === "subtitles",
    );
    await assert.rejects(
      job(ctx, "c.mp4", { frame: { aspect: "4:3" } }),
      (e: SacvError) => e.status === "INVALID_ARGUMENT" && e.details.field === "frame.aspect",
    );
  }));
