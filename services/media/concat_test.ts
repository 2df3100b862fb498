import assert from "node:assert/strict";
import {
  assertGone,
  childPids,
  rejectionWithin,
  waitForChildren,
} from "../../test/support/processes.ts";
import { makeVideo, meanVolume } from "../../test/support/media_fixtures.ts";
import { SacvError } from "../common/errors.ts";
import {
  buildConcatGraph,
  buildCopyAudioGraph,
  chooseTarget,
  concatClips,
  type ConcatProgressReport,
} from "./concat.ts";
import type { ProbeResult } from "./messages.ts";
import { probe } from "./probe.ts";
import { listDir, withTestRoot } from "./testing.ts";

async function run(cmd: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  const out = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  assert.ok(out.success, text(out.stderr));
  return { stdout: text(out.stdout), stderr: text(out.stderr) };
}

/** Sizes and flags ("1234,K_") of the video packets of `path`, in order. */
async function videoPacketSizes(path: string): Promise<string[]> {
  const { stdout } = await run("ffprobe", [
    ..."-v error -select_streams v:0 -show_entries packet=size,flags -of csv=p=0".split(" "),
    path,
  ]);
  return stdout.trim().split("\n");
}

Deno.test("uniform clips are joined by copying the video; sound stays in place and in sync", () =>
  withTestRoot(async ({ ctx, root }) => {
    // One encoder setting for all (as cut and aligned clips are); every other clip silent.
    const names = ["u0.mp4", "it's u1.mp4", "u2.mp4", "u3.mp4"];
    const seconds = [1, 0.6, 1.2, 0.8];
    await Promise.all(
      names.map((n, i) =>
        makeVideo(`${root}/${n}`, { duration: seconds[i], amplitude: i % 2 ? 0 : 0.5 })
      ),
    );
    const reports: ConcatProgressReport[] = [];
    const res = await concatClips(
      ctx,
      { inputs: names, output: "out.mp4" },
      (p) => reports.push(p),
    );
    const out = `${root}/out.mp4`;
    // Copied: the output's video packets are the inputs' packets, in order (keyframes
    // may carry the parameter sets in-band, a few bytes more).
    const split = (p: string) => [Number(p.split(",")[0]), p.split(",")[1]] as const;
    const inPackets = (await Promise.all(names.map((n) => videoPacketSizes(`${root}/${n}`))))
      .flat().map(split);
    const outPackets = (await videoPacketSizes(out)).map(split);
    assert.equal(outPackets.length, inPackets.length);
    for (const [i, [size, flags]] of outPackets.entries()) {
      const extra = size - inPackets[i][0];
      assert.equal(flags, inPackets[i][1], `packet ${i} flags`);
      assert.ok(extra === 0 || (flags.startsWith("K") && extra > 0 && extra <= 64), `packet ${i}`);
    }
    const frame = 1 / 25;
    const { stdout } = await run("ffprobe", [
      ..."-v error -show_entries stream=codec_type,start_time,duration -of json".split(" "),
      out,
    ]);
    const streams = JSON.parse(stdout).streams as Record<string, string>[];
    const v = streams.find((s) => s.codec_type === "video")!;
    const a = streams.find((s) => s.codec_type === "audio")!;
    assert.ok(Math.abs(Number(v.duration) - 3.6) <= frame + 1e-6, `video ${v.duration}`);
    assert.ok(Math.abs(Number(a.duration) - Number(v.duration)) <= frame, `audio ${a.duration}`);
    assert.equal(Number(v.start_time), 0);
    assert.equal(Number(a.start_time), 0);
    assert.ok(Math.abs(res.video_duration - Number(v.duration)) < 1e-3);
    // Plays back cleanly: no timestamp warnings when decoding the whole file.
    const decoded = await run("ffmpeg", [
      "-v",
      "warning",
      "-nostdin",
      "-i",
      out,
      "-f",
      "null",
      "-",
    ]);
    assert.equal(decoded.stderr.trim(), "");
    const starts = seconds.map((_, i) => seconds.slice(0, i).reduce((s, d) => s + d, 0));
    for (const [i, start] of starts.entries()) {
      const level = await meanVolume(out, { from: start + 0.1, to: start + seconds[i] - 0.1 });
      if (i % 2) assert.ok(level < -80, `clip ${i} silent: ${level}`);
      else assert.ok(level > -30, `clip ${i} audible: ${level}`);
    }
    for (let i = 1; i < reports.length; i++) {
      assert.ok(reports[i].progress >= reports[i - 1].progress);
    }
    assert.ok(reports.at(-1)!.progress > 0.95, `last ${reports.at(-1)!.progress}`);
    assert.deepEqual(await listDir(root), [...names, "out.mp4"].sort());
  }));

Deno.test("cancelling a copied concat kills ffmpeg and leaves nothing behind", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/a.mp4`, { duration: 4 });
    const controller = new AbortController();
    let pids: number[] = [];
    // 2000 s of output: minutes of work, so only a kill ends it in time.
    const run = concatClips(
      ctx,
      { inputs: Array(500).fill("a.mp4"), output: "sub/o.mp4" },
      (p) => {
        if (p.out_time > 0 && pids.length === 0) {
          pids = childPids(Deno.pid);
          controller.abort();
        }
      },
      controller.signal,
    );
    // The deadline counts from the abort, not from the probing of 500 inputs.
    await waitForChildren(() => (controller.signal.aborted ? pids : []), 60_000, "the abort");
    const err = await rejectionWithin(run, 5_000);
    assert.ok(err instanceof SacvError && err.status === "CANCELLED", String(err));
    assert.equal(pids.length, 1, "aborted while ffmpeg was writing");
    await assertGone(pids, 1_000);
    assert.deepEqual(await listDir(root), ["a.mp4"]);
  }));

Deno.test("concat of 8 clips (mixed sizes and fps, one without audio) has the summed duration", () =>
  withTestRoot(async ({ ctx, root }) => {
    const specs = [
      { duration: 1, fps: 25 },
      { duration: 0.8, fps: 30, width: 160, height: 120 },
      { duration: 1.2, fps: 25, audio: false },
      { duration: 0.6, fps: 24, width: 240, height: 320 },
      { duration: 1, fps: 25, toneHz: 660 },
      { duration: 0.4, fps: 30, width: 640, height: 360 },
      { duration: 1, fps: 25 },
      { duration: 0.8, fps: 25, width: 176, height: 144 },
    ];
    await Promise.all(specs.map((s, i) => makeVideo(`${root}/c${i}.mp4`, s)));
    const reports: ConcatProgressReport[] = [];
    const res = await concatClips(ctx, {
      inputs: specs.map((_, i) => `c${i}.mp4`),
      output: "final/out.mp4",
    }, (p) => reports.push(p));
    const sum = specs.reduce((s, c) => s + c.duration, 0);
    const info = await probe(`${root}/final/out.mp4`);
    assert.ok(Math.abs(info.video_duration - sum) <= 0.1, `video ${info.video_duration} vs ${sum}`);
    assert.ok(Math.abs(info.audio_duration - sum) <= 0.1, `audio ${info.audio_duration} vs ${sum}`);
    assert.ok(Math.abs(res.duration - info.duration) < 1e-6);
    assert.equal(info.width, 320);
    assert.equal(info.height, 240);
    assert.equal(info.fps, 25);
    assert.equal(info.sample_rate, 48000);
    assert.ok(reports.length >= 2, `reports ${reports.length}`);
    for (let i = 1; i < reports.length; i++) {
      assert.ok(reports[i].progress >= reports[i - 1].progress);
    }
    assert.ok(reports.every((r) => r.progress >= 0 && r.progress <= 1));
    assert.ok(Math.abs(reports[0].total_duration - sum) <= 0.1);
    // Clips keep their own sound in place; the clip without audio is silent.
    const starts = specs.map((_, i) => specs.slice(0, i).reduce((s, c) => s + c.duration, 0));
    const level = (i: number) =>
      meanVolume(`${root}/final/out.mp4`, {
        from: starts[i] + 0.1,
        to: starts[i] + specs[i].duration - 0.1,
      });
    assert.ok(await level(0) > -30, "clip 0 audible");
    assert.ok(await level(2) < -80, "clip 2 (no audio) silent");
    assert.ok(await level(4) > -30, "clip 4 audible");
    assert.ok(reports.at(-1)!.progress > 0.95, `last ${reports.at(-1)!.progress}`);
  }));

Deno.test("concat honours a requested size and rate", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/a.mp4`, { duration: 0.6 });
    await makeVideo(`${root}/b.mp4`, { duration: 0.6, audio: false, fps: 30 });
    await concatClips(ctx, {
      inputs: ["a.mp4", "b.mp4"],
      output: "o.mp4",
      width: 160,
      height: 90,
      fps: 30,
    }, () => {});
    const info = await probe(`${root}/o.mp4`);
    assert.deepEqual([info.width, info.height, info.fps], [160, 90, 30]);
    assert.ok(Math.abs(info.video_duration - 1.2) <= 1 / 30);
  }));

Deno.test("concat refuses bad inputs naming the index and writes nothing; cancel cleans up", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/a.mp4`, { duration: 2 });
    await Deno.writeTextFile(`${root}/bad.mp4`, "garbage");
    const is = (status: string, re: RegExp) => (e: unknown) =>
      e instanceof SacvError && e.status === status && re.test(e.message);
    await assert.rejects(
      concatClips(ctx, { inputs: ["a.mp4", "bad.mp4"], output: "o.mp4" }, () => {}),
      is("INVALID_ARGUMENT", /^inputs\[1\]: bad\.mp4/),
    );
    await assert.rejects(
      concatClips(ctx, { inputs: ["a.mp4", "../a.mp4"], output: "o.mp4" }, () => {}),
      is("INVALID_ARGUMENT", /^inputs\[1\]:/),
    );
    await assert.rejects(
      concatClips(ctx, { inputs: [], output: "o.mp4" }, () => {}),
      is("INVALID_ARGUMENT", /^inputs:/),
    );
    const controller = new AbortController();
    let pids: number[] = [];
    // 80 s re-encoded at 720p: far longer than the deadline below.
    const run = concatClips(
      ctx,
      { inputs: Array(40).fill("a.mp4"), output: "sub/o.mp4", width: 1280, height: 720 },
      // Abort once ffmpeg reports output, i.e. while it is running.
      (p) => {
        if (p.out_time > 0 && pids.length === 0) {
          pids = childPids(Deno.pid);
          controller.abort();
        }
      },
      controller.signal,
    );
    await waitForChildren(() => (controller.signal.aborted ? pids : []), 60_000, "the abort");
    assert.ok(is("CANCELLED", /cancelled/)(await rejectionWithin(run, 5_000)));
    await assertGone(pids, 1_000);
    assert.deepEqual(await listDir(root), ["a.mp4", "bad.mp4"]);
  }));

Deno.test("a truncated input is refused as damaged on both paths and nothing is written", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/a.mp4`, { duration: 2 });
    await makeVideo(`${root}/whole.mp4`, { duration: 3 });
    const bytes = await Deno.readFile(`${root}/whole.mp4`);
    await Deno.writeFile(`${root}/trunc.mp4`, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await Deno.remove(`${root}/whole.mp4`);
    // Same stream format: the copy path runs first, comes out short, and the re-encode too.
    const err = await concatClips(
      ctx,
      { inputs: ["a.mp4", "trunc.mp4"], output: "o.mp4" },
      () => {},
    )
      .catch((e) => e);
    assert.ok(err instanceof SacvError && err.reason === "DAMAGED_MEDIA", String(err));
    assert.match(err.message, /^inputs: one of the inputs looks truncated or damaged/);
    assert.deepEqual(await listDir(root), ["a.mp4", "trunc.mp4"]);
  }));

Deno.test("the concat graph scales, pads and retimes every input and adds silence where needed", () => {
  const base = { video_duration: 1, duration: 1, fps: 30, width: 640, height: 360 };
  const infos = [
    { ...base, has_audio: true },
    { ...base, has_audio: false, video_duration: 0.5, fps: 24 },
  ] as ProbeResult[];
  const graph = buildConcatGraph(infos, { width: 320, height: 240, fps: 25 });
  assert.match(graph, /\[0:v:0\]scale=320:240:force_original_aspect_ratio=decrease,pad=320:240/);
  assert.match(graph, /fps=25,.*trim=end_frame=25,setpts=PTS-STARTPTS\[v0\]/);
  assert.match(graph, /trim=end_frame=13,/); // 0.5 s at 25 fps rounds to 13 frames
  assert.match(graph, /\[0:a:0\]aresample=48000.*atrim=end=1\.000000.*\[a0\]/);
  assert.match(
    graph,
    /anullsrc=channel_layout=stereo:sample_rate=48000.*atrim=end=0\.520000.*\[a1\]/,
  );
  assert.match(graph, /\[v0\]\[a0\]\[v1\]\[a1\]concat=n=2:v=1:a=1\[vout\]\[aout\]$/);
  // The copy path's audio: input 0 is the concat list, so clip i is input i + 1.
  const audio = buildCopyAudioGraph(infos, 25);
  assert.match(audio, /^\[1:a:0\]aresample=48000.*atrim=end=1\.000000.*\[a0\];anullsrc=/);
  assert.match(audio, /atrim=end=0\.520000.*\[a1\];\[a0\]\[a1\]concat=n=2:v=0:a=1\[aout\]$/);
  assert.deepEqual(chooseTarget({ inputs: [], output: "" }, infos[0]), {
    width: 640,
    height: 360,
    fps: 30,
  });
  assert.deepEqual(chooseTarget({ inputs: [], output: "", width: 321, height: 0 }, infos[0]), {
    width: 322,
    height: 360,
    fps: 30,
  });
  assert.throws(
    () => chooseTarget({ inputs: [], output: "", fps: -1 }, infos[0]),
    /^SacvError: fps:/,
  );
});
