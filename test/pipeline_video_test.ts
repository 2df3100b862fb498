// generate_video in-process against real TTS (fake provider) and media (ffmpeg) processes.
import assert from "node:assert/strict";
import { join } from "node:path";
import { makeVideo, meanVolume } from "./support/media_fixtures.ts";
import { assertGone, childPids, rejectionWithin, waitForChildren } from "./support/processes.ts";
import { ffmpeg } from "../services/media/testing.ts";
import { CancelledError } from "../services/common/errors.ts";
import { PipelineError } from "../services/orchestrator/pipeline.ts";
import { createClients } from "../services/orchestrator/clients.ts";
import { generateVideo, workDirOf } from "../services/orchestrator/pipelines/generate_video.ts";
import { replicaTag } from "../services/orchestrator/pipelines/speech.ts";
import {
  listFiles,
  makeHarness,
  type Stack,
  startStack,
  waitFor,
} from "../services/orchestrator/pipelines/testing.ts";

/** Fake TTS speaks 80 ms per character: `chars(n)` is n characters of text. */
const chars = (n: number, c = "字") => c.repeat(n);

/** The cases below share one TTS + media stack (each uses its own texts, so no cache hits). */
const cases: { name: string; fn: (stack: Stack, video: string) => Promise<void> }[] = [];
const withCase = (name: string, fn: (stack: Stack, video: string) => Promise<void>) =>
  cases.push({ name, fn });

/** Entries (files and folders) directly in `dir`; none when it does not exist. */
async function names(dir: string): Promise<string[]> {
  const out: string[] = [];
  try {
    for await (const e of Deno.readDir(dir)) out.push(e.name);
  } catch (err) {
    if (!(err instanceof Deno.errors.NotFound)) throw err;
  }
  return out;
}

async function ttsIdle(stack: Stack) {
  await waitFor(
    async () => {
      const l = await stack.clients.tts.getLimits();
      return l.global_in_flight === 0 && l.global_queued === 0;
    },
    10_000,
    "TTS gates to be free",
  );
}

withCase(
  "generate_video: narrated, original and mixed segments concatenated in order",
  async (stack, video) => {
    const script = {
      segments: [
        { id: "n1", start_time: 0, end_time: 1.6, text: chars(22) }, // 1.76 s: speed up
        { id: "o1", start_time: 2, end_time: 3.2, text: "播放原片" },
        { _id: "m1", timestamp: "00:00:04,000-00:00:05,000", narration: chars(12), OST: 2 },
        { id: "n2", start_time: 5.2, end_time: 7, text: chars(8) }, // 0.64 s: pad
      ],
    };
    const h = makeHarness({ stack, scope: "generate_video", videoPath: video, script });
    const result = await generateVideo(h.ctx, stack.clients);

    const expected = 1.6 + 1.2 + 1 + 1.8;
    const out = join(stack.mediaRoot, result.filePath);
    const probe = await stack.clients.media.probe(result.filePath);
    assert.ok(Math.abs(probe.duration - expected) <= 0.1, `duration ${probe.duration}`);
    assert.ok(probe.has_audio && probe.has_video);
    assert.equal(result.data.segments_count, 4);
    assert.equal(result.data.output_path, result.filePath);
    assert.ok(result.filePath.startsWith(join("outputs", h.ctx.project.id)));
    // The original segment keeps the source's tone; the padded narration ends in silence.
    assert.ok(
      (await meanVolume(out, { from: 1.7, to: 2.7 })) > -35,
      "original segment has its audio",
    );
    assert.ok(
      (await meanVolume(out, { from: 4.6, to: 5.5 })) < -50,
      "padding after short narration is silent",
    );

    const phases = h.events.map((e) => e.phase);
    const first = (p: string) => phases.indexOf(p);
    const last = (p: string) => phases.lastIndexOf(p);
    assert.equal(phases[0], "prepare_output");
    assert.ok(last("cutting_segments_progress") < first("tts_generate"));
    assert.ok(first("tts_generate") < first("tts_generate_progress"));
    assert.ok(last("segment_processed") < first("concat_start"));
    assert.ok(last("tts_generate_progress") < first("concat_start"));
    assert.equal(phases.at(-1), "concat_done");
    assert.equal(phases.filter((p) => p === "cutting_segments_progress").length, 4);
    assert.equal(phases.filter((p) => p === "tts_generate_progress").length, 3);
    assert.equal(phases.filter((p) => p === "segment_processed").length, 4);
    assert.deepEqual(h.events[first("tts_generate")].data, { total: 3 });
    for (let i = 1; i < h.events.length; i++) {
      assert.ok(h.events[i].progress >= h.events[i - 1].progress, `progress went back at ${i}`);
    }
    const tp = h.events.find((e) => e.phase === "tts_generate_progress")!.data!;
    assert.deepEqual(Object.keys(tp).sort(), [
      "attempts",
      "completed",
      "duration",
      "index",
      "provider",
      "replica",
      "segment_id",
      "total",
    ]);
    assert.equal(tp.provider, "fake");
    assert.equal(tp.replica, replicaTag(stack.tts.addr), "the replica that synthesised it");
    const strategies = Object.fromEntries(
      h.events.filter((e) => e.phase === "segment_processed").map((e) => [
        e.data!.segment_id,
        e.data!.strategy,
      ]),
    );
    assert.deepEqual(strategies, { n1: "speed_up", o1: "original", m1: "slow_down", n2: "pad" });
    assert.deepEqual(await listFiles(join(stack.mediaRoot, ".work")), []);
    // The MP4 and its subtitles, nothing half-written beside them.
    const mp4 = result.filePath.split("/").pop()!;
    assert.deepEqual(await listFiles(join(stack.mediaRoot, "outputs", h.ctx.project.id)), [
      mp4,
      mp4.replace(/\.mp4$/, ".srt"),
    ]);
  },
);

withCase(
  "generate_video: a TTS item failure is located and cancels the rest at once",
  async (stack, video) => {
    const script = {
      segments: [0, 1, 2, 3, 4, 5].map((i) => ({
        id: `s${i}`,
        start_time: i,
        end_time: i + 1,
        text: chars(10, "败"),
        ...(i === 3
          ? { tts_options: { fail: "AuthFailure.SecretIdNotFound", latency_ms: "50" } }
          : {}),
      })),
    };
    const h = makeHarness({
      stack,
      scope: "generate_video",
      videoPath: video,
      script,
      options: { tts: { options: { latency_ms: "60000" } } },
    });
    const err = await generateVideo(h.ctx, stack.clients).then(
      () => assert.fail("expected a failure"),
      (e) => e,
    );
    assert.ok(err instanceof PipelineError, String(err));
    assert.deepEqual(err.location, {
      segment_id: "s3",
      index: 3,
      stage: "tts",
      provider: "fake",
      code: "AuthFailure.SecretIdNotFound",
    });
    assert.equal(err.status, "UNAUTHENTICATED");
    assert.match(err.message, /segment s3 \(index 3\)/);
    await ttsIdle(stack); // the other five 60 s syntheses were cancelled, not waited for
    assert.deepEqual(await listFiles(join(stack.mediaRoot, workDirOf(h.ctx.taskId))), []);
    assert.deepEqual(await listFiles(join(stack.mediaRoot, "outputs", h.ctx.project.id)), []);
  },
);

withCase(
  "generate_video: cancel mid-TTS frees the gates and removes the work dir",
  async (stack, video) => {
    const script = {
      segments: [0, 1, 2, 3].map((i) => ({
        id: `c${i}`,
        start_time: i * 2,
        end_time: i * 2 + 1.5,
        text: chars(15, "停"),
      })),
    };
    const h = makeHarness({
      stack,
      scope: "generate_video",
      videoPath: video,
      script,
      options: { tts: { options: { latency_ms: "60000" } } },
      onEvent: (e, self) => {
        if (e.phase === "tts_generate") self.controller.abort();
      },
    });
    await assert.rejects(generateVideo(h.ctx, stack.clients), CancelledError);
    await ttsIdle(stack);
    assert.deepEqual(await listFiles(join(stack.mediaRoot, ".work")), []);
    assert.equal(h.events.some((e) => e.phase === "concat_start"), false);
  },
);

withCase(
  "generate_video: segments past the source's end fail validation before any work",
  async (stack, video) => {
    const script = {
      segments: [
        { id: "ok", start_time: 0, end_time: 1, text: "好" },
        { id: "late", start_time: 7, end_time: 9.5, text: "晚" },
        { id: "gone", start_time: 12, end_time: 13, text: "无" },
      ],
    };
    const h = makeHarness({ stack, scope: "generate_video", videoPath: video, script });
    const err = await generateVideo(h.ctx, stack.clients).catch((e) => e);
    assert.ok(err instanceof PipelineError);
    assert.equal(err.status, "INVALID_ARGUMENT");
    assert.equal(err.location.stage, "validate");
    assert.equal(err.location.segment_id, "late");
    assert.match(err.message, /id "late"\): end_time/);
    assert.match(err.message, /id "gone"\): start_time/);
    assert.equal(h.events.length, 0);
    assert.deepEqual(await listFiles(join(stack.mediaRoot, ".work")), []);
  },
);

withCase(
  "generate_video: an unreachable TTS service fails the task at stage tts",
  async (stack, video) => {
    const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    const dead = `127.0.0.1:${(l.addr as Deno.NetAddr).port}`;
    l.close();
    // Work waits for a TTS replica to get ready; 1 s instead of 30 keeps the test short.
    const clients = createClients({
      ttsAddr: dead,
      mediaAddr: stack.media.addr,
      readyWaitMs: 1000,
    });
    try {
      const h = makeHarness({
        stack,
        scope: "generate_video",
        videoPath: video,
        script: { segments: [{ id: "x", start_time: 0, end_time: 1, text: "你好" }] },
      });
      const err = await generateVideo(h.ctx, clients).catch((e) => e);
      assert.ok(err instanceof PipelineError, String(err));
      assert.equal(err.status, "UNAVAILABLE");
      assert.equal(err.location.stage, "tts");
      assert.equal(err.location.segment_id, "x");
      assert.equal(err.location.code, "TTS_UNAVAILABLE");
      assert.deepEqual(await listFiles(join(stack.mediaRoot, ".work")), []);
    } finally {
      clients.close();
    }
  },
);

withCase(
  "generate_video: cancel mid-video-pass kills the media service's ffmpeg and leaves no work dir",
  async (stack) => {
    // A minute of MPEG-4 Part 2 cannot be copied: the video pass re-encodes all of it.
    await ffmpeg([
      "-f",
      "lavfi",
      "-i",
      "testsrc2=size=480x270:rate=25:duration=60",
      "-c:v",
      "mpeg4",
      "-q:v",
      "5",
      join(stack.mediaRoot, "videos/minute.mp4"),
    ]);
    const h = makeHarness({
      stack,
      scope: "generate_video",
      videoPath: "videos/minute.mp4",
      script: { segments: [{ id: "m", start_time: 0, end_time: 60, text: chars(20, "慢") }] },
      options: { tts: { options: { latency_ms: "60000" } } },
    });
    const run = generateVideo(h.ctx, stack.clients);
    run.catch(() => {});
    const pids = await waitForChildren(() => childPids(stack.media.pid), 30_000);
    h.controller.abort();
    assert.ok((await rejectionWithin(run, 5_000)) instanceof CancelledError);
    await assertGone(pids, 3_000);
    await waitFor(
      async () => (await names(join(stack.mediaRoot, ".work"))).length === 0,
      10_000,
      "the work dir to go",
    );
    assert.deepEqual(childPids(stack.media.pid), []);
    await ttsIdle(stack);
  },
);

Deno.test("generate_video pipeline against real TTS and media processes", async (t) => {
  const stack = await startStack();
  try {
    await Deno.mkdir(join(stack.mediaRoot, "videos"));
    await makeVideo(join(stack.mediaRoot, "videos/src.mp4"), { duration: 8, fps: 25 });
    for (const c of cases) await t.step(c.name, () => c.fn(stack, "videos/src.mp4"));
  } finally {
    await stack.stop();
  }
});

Deno.test("generate_video: 1000 segments complete, in sync, with the GOPs copied", async () => {
  const stack = await startStack({
    SACV_TTS_MAX_WORKERS: "16",
    SACV_TTS_PROVIDER_LIMITS: "fake=16",
  });
  try {
    await Deno.mkdir(join(stack.mediaRoot, "videos"));
    await makeVideo(join(stack.mediaRoot, "videos/long.mp4"), {
      duration: 222,
      width: 160,
      height: 120,
      fps: 25,
      gop: 25,
    });
    // Runs of ten 0.2 s segments, a 0.2 s gap after each run; one in three plays the original.
    const segments = Array.from({ length: 1000 }, (_, i) => {
      const start = Math.round((i * 0.2 + Math.floor(i / 10) * 0.2) * 100) / 100;
      const end = Math.round((start + 0.2) * 100) / 100;
      return i % 3 === 0
        ? { id: `o${i}`, start_time: start, end_time: end, text: "播放原片", OST: 1 }
        : { id: `n${i}`, start_time: start, end_time: end, text: chars(2, "千") + i };
    });
    const h = makeHarness({
      stack,
      scope: "generate_video",
      videoPath: "videos/long.mp4",
      script: { segments },
    });
    const result = await generateVideo(h.ctx, stack.clients);
    const out = join(stack.mediaRoot, result.filePath);
    const probe = await stack.clients.media.probe(result.filePath);
    assert.ok(Math.abs(probe.video_duration - 200) <= 0.04, `video ${probe.video_duration}`);
    assert.ok(Math.abs(probe.audio_duration - probe.video_duration) <= 0.04);
    assert.equal(result.data.video_mode, "smart");
    assert.ok(Number(result.data.copied_seconds) > 100, `copied ${result.data.copied_seconds}`);
    const count = (p: string) => h.events.filter((e) => e.phase === p).length;
    assert.equal(count("cutting_segments_progress"), 1000);
    assert.equal(count("segment_processed"), 1000);
    const last = h.events.findLast((e) => e.phase === "segment_processed")!.data!;
    assert.deepEqual([last.output_start, last.output_end], [199.8, 200]);
    for (let i = 1; i < h.events.length; i++) {
      assert.ok(h.events[i].progress >= h.events[i - 1].progress, `progress went back at ${i}`);
    }
    const decode = await new Deno.Command("ffmpeg", {
      args: ["-v", "error", "-i", out, "-f", "null", "-"],
    }).output();
    assert.equal(new TextDecoder().decode(decode.stderr).trim(), "");
    assert.deepEqual(await listFiles(join(stack.mediaRoot, ".work")), []);
  } finally {
    await stack.stop();
  }
});
