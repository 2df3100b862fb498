// BuildAudio's finishing stage on real media: loudness normalised to the target (measured by
// ebur128, not loudnorm's own report), background music looped/trimmed and ducked under
// narration (measured in its own frequency band), slots still sample-exact.
import assert from "node:assert/strict";
import {
  bandVolume,
  ebur128,
  makeTone,
  makeVideo,
  meanVolume,
  silenceAfter,
} from "../../test/support/media_fixtures.ts";
import { buildAudio, SLOTS_PER_CHUNK } from "./audio_build.ts";
import type { MediaContext } from "./context.ts";
import type { AudioSegment, BuildAudioRequestInit } from "./messages.ts";
import { probe } from "./probe.ts";
import { ffmpeg, listDir, withTestRoot } from "./testing.ts";
import {
  assertGone,
  childPids,
  rejectionWithin,
  waitForChildren,
} from "../../test/support/processes.ts";
import type { SacvError } from "../common/errors.ts";

type Extra = Partial<BuildAudioRequestInit>;

function build(ctx: MediaContext, segments: AudioSegment[], extra: Extra = {}) {
  return buildAudio(ctx, { source: "src.mp4", output: "a.m4a", segments, ...extra }, () => {});
}

const SCRIPT: AudioSegment[] = [
  { start: 0, end: 2, kind: "original" },
  { start: 2, end: 4, kind: "narration", narration: "n.wav" },
  { start: 4, end: 5, kind: "mixed", narration: "n.wav" },
];

Deno.test("loudness: quiet and loud, mono and stereo sources land within 1 LU of the target", () =>
  withTestRoot(async ({ ctx, root }) => {
    // The last case is quiet with one loud 5 ms burst: one gain would push the burst far over
    // the ceiling, so loudnorm's limiter (dynamic mode) does it.
    const cases = [
      { amplitude: 0.02, channels: 2, target: undefined, tp: undefined, burst: false },
      { amplitude: 0.95, channels: 1, target: undefined, tp: undefined, burst: false },
      { amplitude: 0.3, channels: 2, target: -23, tp: -3, burst: false },
      { amplitude: 0.05, channels: 1, target: undefined, tp: undefined, burst: true },
    ] as const;
    for (const c of cases) {
      const label = JSON.stringify(c);
      await makeVideo(`${root}/src.mp4`, {
        duration: 5,
        channels: c.channels,
        amplitude: c.amplitude,
      });
      await makeTone(`${root}/n.wav`, { duration: 1.5, amplitude: c.amplitude, hz: 330 });
      if (c.burst) {
        await ffmpeg([
          "-i",
          `${root}/n.wav`,
          "-f",
          "lavfi",
          "-i",
          "sine=frequency=2000:sample_rate=24000:duration=0.005,volume=7.2,adelay=700",
          "-filter_complex",
          "amix=inputs=2:duration=first:normalize=0",
          `${root}/burst.wav`,
        ]);
        await Deno.rename(`${root}/burst.wav`, `${root}/n.wav`);
      }
      const res = await build(ctx, SCRIPT, {
        loudness: { enabled: true, target_lufs: c.target, true_peak_db: c.tp },
      });
      const target = c.target ?? -16;
      const ceiling = c.tp ?? -1.5;
      const measured = await ebur128(`${root}/a.m4a`);
      assert.ok(Math.abs(measured.i - target) <= 1, `${label}: ${measured.i} LUFS`);
      assert.ok(measured.tp <= ceiling + 0.5, `${label}: true peak ${measured.tp}`);
      assert.ok(res.loudness, label);
      assert.ok(Math.abs(res.loudness.output_i - target) <= 1, `${label}: report ${res.loudness}`);
      assert.ok(Math.abs(res.loudness.input_i - measured.i) > 3, `${label}: input was at target`);
      assert.equal(res.loudness.target_i, target);
      assert.equal(res.loudness.mode, c.burst ? "dynamic" : "linear", label);
      // Sample-exact: the track lasts the slots, as without normalisation.
      const info = await probe(`${root}/a.m4a`);
      assert.equal(info.channels, 2);
      assert.ok(Math.abs(info.audio_duration - 5) <= 0.03, `${label}: ${info.audio_duration}`);
    }
  }));

Deno.test("loudness off leaves the level as mixed; narration still ends on its slot when on", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/src.mp4`, { duration: 4, amplitude: 0.05 });
    await makeTone(`${root}/n.wav`, { duration: 1, amplitude: 0.05, hz: 330 });
    const segs: AudioSegment[] = [
      { start: 0, end: 2, kind: "narration", narration: "n.wav" },
      { start: 2, end: 4, kind: "original" },
    ];
    const off = await build(ctx, segs, { loudness: { enabled: false, target_lufs: -16 } });
    assert.equal(off.loudness, null);
    const source = await meanVolume(`${root}/src.mp4`, { from: 2.2, to: 3.8 });
    const kept = await meanVolume(`${root}/a.m4a`, { from: 2.2, to: 3.8 });
    assert.ok(Math.abs(kept - source) <= 0.5, `off: ${kept} vs source ${source}`);
    const on = await build(ctx, segs, { loudness: { enabled: true } });
    assert.equal(on.loudness?.mode, "linear");
    const louder = await meanVolume(`${root}/a.m4a`, { from: 2.2, to: 3.8 });
    assert.ok(louder - source > 10, `on: ${louder} vs source ${source}`);
    // The 1 s narration is padded to its 2 s slot: its tone ends at 1.0 s, normalised or not.
    const end = await silenceAfter(`${root}/a.m4a`, 0.2);
    assert.ok(Math.abs(end - 1) <= 0.03, `narration ends at ${end}`);
    // A silent track (a source without sound, no narration) is left as it is.
    await makeVideo(`${root}/src.mp4`, { duration: 2, audio: false });
    const silent = await build(ctx, [{ start: 0, end: 2, kind: "original" }], {
      loudness: { enabled: true },
    });
    assert.equal(silent.loudness?.mode, "silent");
    assert.ok((await meanVolume(`${root}/a.m4a`)) < -80);
  }));

/** Music: a 3 kHz tone, apart from the source (440 Hz) and the narration (330 Hz). */
async function makeMusic(path: string, o: { seconds: number; channels: number; rate: number }) {
  await ffmpeg([
    "-f",
    "lavfi",
    "-i",
    `sine=frequency=3000:sample_rate=${o.rate}:duration=${o.seconds},volume=4`,
    "-ac",
    String(o.channels),
    "-c:a",
    "aac",
    path,
  ]);
}

Deno.test("music: looped under the video, at least 10 dB lower under narration, trimmed", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/src.mp4`, { duration: 7, amplitude: 0.3 });
    await makeTone(`${root}/n.wav`, { duration: 2, amplitude: 0.3, hz: 330 });
    const segs: AudioSegment[] = [
      { start: 0, end: 2, kind: "original" },
      { start: 2, end: 4, kind: "narration", narration: "n.wav" },
      { start: 4, end: 6, kind: "original" },
      { start: 6, end: 7, kind: "mixed", narration: "n.wav" },
    ];
    // Short mono 44.1 kHz music (looped), long stereo 48 kHz music (trimmed).
    const musics = [
      { name: "short.m4a", seconds: 1.3, channels: 1, rate: 44100 },
      { name: "long.m4a", seconds: 12, channels: 2, rate: 48000 },
    ];
    for (const m of musics) {
      await makeMusic(`${root}/${m.name}`, m);
      const res = await build(ctx, segs, {
        bgm: { path: m.name, volume_db: -10 },
        loudness: { enabled: true },
      });
      const out = `${root}/a.m4a`;
      const info = await probe(out);
      assert.ok(Math.abs(info.audio_duration - 7) <= 0.03, `${m.name}: ${info.audio_duration}`);
      assert.ok(res.loudness && Math.abs((await ebur128(out)).i + 16) <= 1, m.name);
      const under = (from: number, to: number) => bandVolume(out, 3000, { from, to });
      const original = [await under(0.3, 1.7), await under(4.6, 5.8)];
      const narrated = [await under(2.5, 3.8), await under(6.4, 6.9)];
      for (const o of original) assert.ok(o > -45, `${m.name}: music missing (${o} dB)`);
      for (const n of narrated) {
        assert.ok(Math.min(...original) - n >= 10, `${m.name}: ${original} vs ${narrated}`);
      }
      // Narration still ends on its slot: its own band falls silent at 4.0 s.
      const narration = await bandVolume(out, 330, { from: 3.7, to: 3.95 });
      const after = await bandVolume(out, 330, { from: 4.1, to: 4.5 });
      assert.ok(narration - after > 20, `${m.name}: narration ${narration} then ${after}`);
    }
    // Played once: silent after the music's 1.3 s.
    await build(ctx, segs, { bgm: { path: "short.m4a", volume_db: -10, loop: false } });
    const once = await bandVolume(`${root}/a.m4a`, 3000, { from: 4.6, to: 5.8 });
    const before = await bandVolume(`${root}/a.m4a`, 3000, { from: 0.3, to: 1.2 });
    assert.ok(before - once > 30, `loop false: ${before} then ${once}`);
  }));

Deno.test("bad music and loudness options are refused naming the field", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/src.mp4`, { duration: 2 });
    await makeVideo(`${root}/mute.mp4`, { duration: 1, audio: false });
    await Deno.writeTextFile(`${root}/notes.mp3`, "not audio at all");
    await Deno.symlink("/etc/hostname", `${root}/link.mp3`);
    const segs: AudioSegment[] = [{ start: 0, end: 1, kind: "original" }];
    const bad = async (extra: Extra, status: string, re: RegExp) => {
      const err = await build(ctx, segs, extra).catch((e) => e);
      assert.equal(err.status, status, `${JSON.stringify(extra)}: ${err}`);
      assert.match(err.message, re);
    };
    await bad({ bgm: { path: "missing.mp3" } }, "NOT_FOUND", /^bgm\.path:/);
    await bad({ bgm: { path: "notes.mp3" } }, "INVALID_ARGUMENT", /^bgm\.path:/);
    await bad({ bgm: { path: "../outside.mp3" } }, "INVALID_ARGUMENT", /^bgm\.path:/);
    await bad({ bgm: { path: "link.mp3" } }, "INVALID_ARGUMENT", /^bgm\.path:/);
    await bad({ bgm: { path: "mute.mp4" } }, "FAILED_PRECONDITION", /^bgm\.path:.*no audio/);
    await bad({ bgm: { path: "src.mp4", duck_db: 3 } }, "INVALID_ARGUMENT", /^bgm\.duck_db:/);
    await bad({ bgm: { path: "src.mp4", volume_db: 40 } }, "INVALID_ARGUMENT", /^bgm\.volume_db/);
    await bad(
      { loudness: { enabled: true, target_lufs: -3 } },
      "INVALID_ARGUMENT",
      /^loudness\.target_lufs: .*-3/,
    );
    await bad(
      { loudness: { enabled: true, true_peak_db: 1 } },
      "INVALID_ARGUMENT",
      /^loudness\.true_peak_db:/,
    );
    const names = [...Deno.readDirSync(root)].map((e) => e.name).sort();
    assert.deepEqual(names, ["link.mp3", "mute.mp4", "notes.mp3", "src.mp4"]);
  }));

Deno.test("music and loudness across chunks: slots stay sample-exact", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeVideo(`${root}/src.mp4`, { duration: 15, fps: 25, amplitude: 0.2 });
    await makeTone(`${root}/n.wav`, { duration: 0.12, hz: 1000 });
    await makeMusic(`${root}/m.m4a`, { seconds: 2, channels: 2, rate: 48000 });
    const n = SLOTS_PER_CHUNK + 6;
    const segs: AudioSegment[] = Array.from({ length: n }, (_, i) => ({
      start: i * 0.2,
      end: i * 0.2 + 0.2,
      kind: i % 2 ? "original" : "narration",
      narration: "n.wav",
    }));
    const res = await build(ctx, segs, { bgm: { path: "m.m4a" }, loudness: { enabled: true } });
    const out = `${root}/a.m4a`;
    const info = await probe(out);
    assert.ok(Math.abs(info.audio_duration - n * 0.2) <= 0.03, `${info.audio_duration}`);
    assert.ok(Math.abs((await ebur128(out)).i + 16) <= 1);
    assert.ok(res.loudness);
    // The narration of the second chunk's last narrated slot (68) ends 0.12 s into it.
    const at = (n - 2) * 0.2;
    const during = await bandVolume(out, 1000, { from: at + 0.02, to: at + 0.1 });
    const after = await bandVolume(out, 1000, { from: at + 0.145, to: at + 0.195 });
    assert.ok(during - after >= 15, `narration ${during} dB, after it ${after} dB`);
  }));

Deno.test("cancel during the finishing pass kills its ffmpeg and leaves nothing", () =>
  withTestRoot(async ({ ctx, root }) => {
    // Five minutes of track: the measuring pass outlives the poll below by seconds.
    await makeVideo(`${root}/src.mp4`, {
      duration: 300,
      fps: 1,
      width: 64,
      height: 64,
      audio: false,
    });
    await makeMusic(`${root}/m.m4a`, { seconds: 2, channels: 2, rate: 48000 });
    const controller = new AbortController();
    const run = buildAudio(
      ctx,
      {
        source: "src.mp4",
        output: "a.m4a",
        segments: [{ start: 0, end: 300, kind: "original" }],
        bgm: { path: "m.m4a" },
        loudness: { enabled: true },
      },
      () => {},
      controller.signal,
    );
    const finishing = () =>
      childPids(Deno.pid).filter((pid) => {
        try {
          return Deno.readTextFileSync(`/proc/${pid}/cmdline`).includes("finish.graph");
        } catch {
          return false;
        }
      });
    const pids = await waitForChildren(finishing, 60_000, "the finishing ffmpeg");
    controller.abort();
    const err = await rejectionWithin(run, 5_000);
    assert.equal((err as SacvError).status, "CANCELLED", String(err));
    await assertGone(pids, 3_000);
    assert.deepEqual(await listDir(root), ["m.m4a", "src.mp4"]);
  }));
