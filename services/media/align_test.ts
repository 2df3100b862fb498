import assert from "node:assert/strict";
import {
  assertGone,
  childPids,
  rejectionWithin,
  waitForChildren,
} from "../../test/support/processes.ts";
import { makeTone, makeVideo, meanVolume } from "../../test/support/media_fixtures.ts";
import { alignNarration } from "./align.ts";
import { probe } from "./probe.ts";
import { assertRefusals, ffmpeg, listDir, type Refusal, withTestRoot } from "./testing.ts";
import { SacvError } from "../common/errors.ts";

const V = 1.2; // clip seconds
const FPS = 25;
const FRAME = 1 / FPS;

Deno.test("AlignNarration picks the policy's strategy and output durations match within a frame", (t) =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/clip.mp4`, { duration: V, fps: FPS });
    const cases = [
      { ratio: 1.1, strategy: "speed_up", duration: V },
      { ratio: 1.4, strategy: "trim", duration: V },
      { ratio: 0.9, strategy: "slow_down", duration: V },
      { ratio: 0.6, strategy: "pad", duration: V },
      { ratio: 1.0, strategy: "exact", duration: V },
    ];
    for (const c of cases) {
      await t.step(`narration ${c.ratio} × clip → ${c.strategy}`, async () => {
        const name = `n${c.ratio}`;
        await makeTone(`${root}/${name}.wav`, { duration: V * c.ratio });
        const res = await alignNarration(ctx, {
          clip: "clip.mp4",
          narration: `${name}.wav`,
          output: `out/${name}.mp4`,
        });
        assert.equal(res.strategy, c.strategy);
        assert.equal(res.output, `out/${name}.mp4`);
        const info = await probe(`${root}/out/${name}.mp4`);
        assert.ok(
          Math.abs(info.video_duration - c.duration) <= FRAME,
          `video ${info.video_duration}`,
        );
        assert.ok(
          Math.abs(info.audio_duration - c.duration) <= FRAME,
          `audio ${info.audio_duration}`,
        );
        assert.ok(Math.abs(info.audio_duration - info.video_duration) <= FRAME);
        assert.equal(info.sample_rate, 48000);
        assert.equal(info.audio_codec, "aac");
        assert.ok(Math.abs(res.audio_duration - info.audio_duration) < 1e-6);
        assert.ok(Math.abs(res.narration_duration - V * c.ratio) < 0.01);
      });
    }
  }));

Deno.test("speed_up uses atempo A/V > 1 so the whole narration fits the clip", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/clip.mp4`, { duration: V, fps: FPS });
    // Tone for half the narration, then silence; A = 1.1 V. At atempo 1.1 the
    // tone ends at V/2; the inverted factor (1/1.1) would stretch it to 0.605 V.
    await makeTone(`${root}/n.wav`, { duration: 0.55 * V });
    await ffmpeg([
      "-i",
      `${root}/n.wav`,
      "-af",
      `apad=whole_dur=${1.1 * V}`,
      `${root}/n2.wav`,
    ]);
    const res = await alignNarration(ctx, {
      clip: "clip.mp4",
      narration: "n2.wav",
      output: "o.mp4",
    });
    assert.equal(res.strategy, "speed_up");
    assert.ok(res.tempo > 1 && Math.abs(res.tempo - 1.1) < 0.01, `tempo ${res.tempo}`);
    const seg = async (from: number, to: number) => {
      await ffmpeg([
        "-i",
        `${root}/o.mp4`,
        "-ss",
        String(from),
        "-to",
        String(to),
        "-vn",
        `${root}/seg.wav`,
      ]);
      return await meanVolume(`${root}/seg.wav`);
    };
    assert.ok(await seg(0.4 * V, 0.47 * V) > -40, "tone still playing just before V/2");
    assert.ok(await seg(0.53 * V, 0.6 * V) < -60, "silence after V/2");
  }));

Deno.test("slow_down uses atempo A/V < 1 so the narration is stretched over the whole clip", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/clip.mp4`, { duration: V, fps: FPS });
    // Tone for half the narration, then silence; A = 0.9 V. At atempo 0.9 the tone ends at
    // V/2; with no tempo change it would end at 0.45 V and silence would pad the rest.
    await makeTone(`${root}/n.wav`, { duration: 0.45 * V });
    await ffmpeg(["-i", `${root}/n.wav`, "-af", `apad=whole_dur=${0.9 * V}`, `${root}/n2.wav`]);
    const res = await alignNarration(ctx, {
      clip: "clip.mp4",
      narration: "n2.wav",
      output: "o.mp4",
    });
    assert.equal(res.strategy, "slow_down");
    assert.ok(Math.abs(res.tempo - 0.9) < 0.01, `tempo ${res.tempo}`);
    const out = await new Deno.Command("ffmpeg", {
      args: [
        "-hide_banner",
        "-i",
        `${root}/o.mp4`,
        "-af",
        "silencedetect=noise=-40dB:d=0.03",
        "-f",
        "null",
        "-",
      ],
    }).output();
    const m = new TextDecoder().decode(out.stderr).match(/silence_start: ([\d.]+)/);
    assert.ok(m, "the tone ends somewhere");
    assert.ok(Math.abs(Number(m[1]) - V / 2) <= 0.02, `tone ends at ${m[1]}, expected ${V / 2}`);
  }));

Deno.test("a truncated clip is refused as damaged and nothing is written", () =>
  withTestRoot(async ({ ctx, root }) => {
    // Headers intact (moov first), the last 40 % of the data missing.
    await makeVideo(`${root}/whole.mp4`, { duration: 3 });
    const bytes = await Deno.readFile(`${root}/whole.mp4`);
    await Deno.writeFile(`${root}/trunc.mp4`, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await Deno.remove(`${root}/whole.mp4`);
    await makeTone(`${root}/n.wav`, { duration: 3 });
    const err = await alignNarration(ctx, {
      clip: "trunc.mp4",
      narration: "n.wav",
      output: "o/o.mp4",
    })
      .catch((e) => e);
    assert.ok(err instanceof SacvError && err.reason === "DAMAGED_MEDIA", String(err));
    assert.match(err.message, /^clip: trunc\.mp4 looks truncated or damaged/);
    assert.deepEqual(await listDir(root), ["n.wav", "trunc.mp4"]);
  }));

Deno.test("freeze and extend keep the whole narration and re-encode video to its length", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/source.mp4`, { duration: 3, fps: FPS });
    await makeVideo(`${root}/clip.mp4`, { duration: 1, fps: FPS });
    await makeTone(`${root}/n.wav`, { duration: 1.6 });
    const frz = await alignNarration(ctx, {
      clip: "clip.mp4",
      narration: "n.wav",
      output: "frz.mp4",
      overflow: "freeze",
    });
    assert.equal(frz.strategy, "freeze");
    const ext = await alignNarration(ctx, {
      clip: "clip.mp4",
      narration: "n.wav",
      output: "ext.mp4",
      overflow: "extend",
      source: "source.mp4",
      source_start: 1,
    });
    assert.equal(ext.strategy, "extend");
    for (const r of [frz, ext]) {
      assert.ok(Math.abs(r.video_duration - 1.6) <= FRAME, `video ${r.video_duration}`);
      assert.ok(Math.abs(r.audio_duration - 1.6) <= FRAME, `audio ${r.audio_duration}`);
    }
    await assert.rejects(
      alignNarration(ctx, {
        clip: "clip.mp4",
        narration: "n.wav",
        output: "ext2.mp4",
        overflow: "extend",
        source: "source.mp4",
        source_start: 2,
      }),
      (e: unknown) =>
        e instanceof SacvError && e.status === "FAILED_PRECONDITION" && /source:/.test(e.message),
    );
    await assert.rejects(
      alignNarration(ctx, {
        clip: "clip.mp4",
        narration: "n.wav",
        output: "e3.mp4",
        overflow: "extend",
      }),
      (e: unknown) =>
        e instanceof SacvError && e.status === "INVALID_ARGUMENT" && /^source:/.test(e.message),
    );
  }));

Deno.test("duck mode keeps the original audio audible under the narration", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/clip.mp4`, { duration: V, toneHz: 1000, amplitude: 0.5 });
    await makeVideo(`${root}/mute.mp4`, { duration: V, audio: false });
    await makeTone(`${root}/n.wav`, { duration: V, hz: 220 });
    await alignNarration(ctx, { clip: "clip.mp4", narration: "n.wav", output: "rep.mp4" });
    await alignNarration(ctx, {
      clip: "clip.mp4",
      narration: "n.wav",
      output: "duck.mp4",
      mix: "duck",
      duck_volume: 0.2,
    });
    // Isolate the original's 1 kHz tone with a band-pass filter.
    const band = async (file: string) => {
      await ffmpeg([
        "-i",
        `${root}/${file}`,
        "-vn",
        "-af",
        "bandpass=f=1000:width_type=q:w=8,bandpass=f=1000:width_type=q:w=8",
        `${root}/band.wav`,
      ]);
      return await meanVolume(`${root}/band.wav`);
    };
    const replaced = await band("rep.mp4");
    const ducked = await band("duck.mp4");
    const original = await band("clip.mp4");
    assert.ok(ducked > replaced + 20, `ducked ${ducked} dB vs replaced ${replaced} dB`);
    // 0.2 gain is about -14 dB below the original.
    assert.ok(Math.abs(original - ducked - 14) < 4, `original ${original} dB, ducked ${ducked} dB`);
    await assert.rejects(
      alignNarration(ctx, { clip: "mute.mp4", narration: "n.wav", output: "d2.mp4", mix: "duck" }),
      (e: unknown) =>
        e instanceof SacvError && e.status === "FAILED_PRECONDITION" &&
        /clip: mute\.mp4/.test(e.message),
    );
    assert.deepEqual(await listDir(root), [
      "band.wav",
      "clip.mp4",
      "duck.mp4",
      "mute.mp4",
      "n.wav",
      "rep.mp4",
    ]);
  }));

Deno.test("bad alignment input is refused by field and nothing is written", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/clip.mp4`, { duration: 1 });
    await makeVideo(`${root}/mute.mp4`, { duration: 1, audio: false });
    await Deno.writeTextFile(`${root}/corrupt.wav`, "not audio at all");
    const cases: Refusal[] = [
      [{ narration: "corrupt.wav" }, "INVALID_ARGUMENT", /^narration:/],
      [{ narration: "mute.mp4" }, "FAILED_PRECONDITION", /^narration: mute\.mp4 has no audio/],
      [{ narration: "missing.wav" }, "NOT_FOUND", /^narration:/],
      [{ clip: "../clip.mp4" }, "INVALID_ARGUMENT", /^clip:/],
      [{ output: "o.txt" }, "INVALID_ARGUMENT", /^output:/],
      [{ mix: "loud" }, "INVALID_ARGUMENT", /^mix:/],
      [{ overflow: "loop" }, "INVALID_ARGUMENT", /^overflow:/],
    ];
    await assertRefusals(
      (req) => alignNarration(ctx, req),
      { clip: "clip.mp4", narration: "clip.mp4", output: "sub/o.mp4" },
      cases,
    );
    assert.deepEqual(await listDir(root), ["clip.mp4", "corrupt.wav", "mute.mp4"]);
  }));

Deno.test("cancelling an alignment kills ffmpeg and leaves no temp file", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/clip.mp4`, { duration: 1 });
    // Ten minutes of frozen frame to encode: only a kill ends it within the deadline.
    await makeTone(`${root}/n.wav`, { duration: 600, sampleRate: 8000 });
    const controller = new AbortController();
    const run = alignNarration(ctx, {
      clip: "clip.mp4",
      narration: "n.wav",
      output: "out/o.mp4",
      overflow: "freeze",
    }, controller.signal);
    const pids = await waitForChildren(() => childPids(Deno.pid), 20_000);
    controller.abort();
    const err = await rejectionWithin(run, 5_000);
    assert.ok(err instanceof SacvError && err.status === "CANCELLED", String(err));
    await assertGone(pids, 1_000);
    assert.deepEqual(await listDir(root), ["clip.mp4", "n.wav"]);
  }));
