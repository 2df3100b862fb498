// generate_video's flow against in-memory TTS and media doubles: the video starts with TTS,
// the audio waits for every narration, phases stay in order, failures are located, cancel.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { CancelledError, SacvError } from "../../common/errors.ts";
import { PipelineError } from "../pipeline.ts";
import type { Clients, StreamOptions, SynthesizeManyOptions, TtsItem } from "../clients.ts";
import { generateVideo } from "./generate_video.ts";
import { listFiles, makeHarness } from "./testing.ts";

interface Doubles {
  /** What happened, in order. */
  log: string[];
  clients: Clients;
  /** Signals the media calls were given (to check cancellation reached them). */
  signals: Record<string, AbortSignal | undefined>;
  ttsAborted(): boolean;
}

interface DoubleOptions {
  /** TTS answers item i (narrated segments in order) after `tts[i]` ms. */
  tts: number[];
  /** BuildVideo reports segment i ready after `video[i]` ms and ends after the last. */
  video: number[];
  /** request_id answered with a throttling error. */
  failTts?: string;
  /** BuildAudio rejects with an error naming this segment's narration. */
  failAudio?: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(new CancelledError());
    const t = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(t);
      reject(new CancelledError());
    }, { once: true });
  });

function doubles(o: DoubleOptions): Doubles {
  const log: string[] = [];
  const signals: Record<string, AbortSignal | undefined> = {};
  let ttsAborted = false;
  const tts = {
    synthesizeMany(items: readonly TtsItem[], { signal, onResult }: SynthesizeManyOptions) {
      log.push("tts open");
      signal?.addEventListener("abort", () => (ttsAborted = true), { once: true });
      return Promise.all(items.map(async (item, i) => {
        await sleep(o.tts[i], signal);
        if (item.request_id === o.failTts) {
          return onResult({
            ok: false,
            error: {
              request_id: item.request_id,
              code: "RESOURCE_EXHAUSTED",
              reason: "RequestLimitExceeded",
              message: "throttled",
              provider: "fake",
              attempts: 3,
              retryable: true,
            },
          });
        }
        log.push(`tts ${item.request_id}`);
        onResult({
          ok: true,
          result: {
            request_id: item.request_id,
            audio: Buffer.alloc(8),
            codec: "wav",
            sample_rate: 16000,
            duration_ms: 900,
            provider: "fake",
            attempts: 1,
            cached: false,
            voice: "v",
            chunks: 1,
            words: [],
          },
        });
      })).then(() => {});
    },
  };
  const media = {
    probe: () => Promise.resolve({ duration: 20, fps: 25, has_video: true, has_audio: true }),
    async buildVideo(req: { segments: unknown[] }, opts: StreamOptions<unknown>) {
      signals.video = opts.signal;
      log.push("video start");
      const order = o.video.map((ms, i) => ({ ms, i })).sort((a, b) => a.ms - b.ms);
      let t = 0;
      for (const { ms, i } of order) {
        await sleep(ms - t, opts.signal);
        t = ms;
        log.push(`video ${i}`);
        opts.onProgress?.({ progress: 0.5, ready: [i], done: false });
      }
      log.push("video end");
      return { output_dir: "w/video", mode: "smart", reason: "", segments: req.segments };
    },
    async buildAudio(
      req: { segments: { narration: string }[] },
      opts: StreamOptions<unknown>,
    ) {
      signals.audio = opts.signal;
      log.push(`audio start ${req.segments.map((s) => (s.narration ? "n" : "-")).join("")}`);
      await sleep(20, opts.signal);
      if (o.failAudio !== undefined) {
        throw new SacvError("FAILED_PRECONDITION", `segments[${o.failAudio}].narration: no audio`, {
          reason: "NO_AUDIO",
          details: { field: `segments[${o.failAudio}].narration` },
        });
      }
      log.push("audio end");
      return {
        output: "w/audio.m4a",
        duration: req.segments.length,
        segments: req.segments.map(() => ({
          strategy: "pad",
          tempo: 1,
          narration_duration: 0.9,
          video: "copy",
          duration: 1,
        })),
      };
    },
    async muxVideo(req: { segments: unknown[] }, opts: StreamOptions<unknown>) {
      signals.mux = opts.signal;
      log.push("mux start");
      opts.onProgress?.({ progress: 0.5, stage: "mux", done: false });
      await sleep(10, opts.signal);
      log.push("mux end");
      return {
        output: "out.mp4",
        duration: req.segments.length,
        video_duration: req.segments.length,
        audio_duration: req.segments.length,
        mode: "smart",
        reason: "",
        copied_seconds: 3,
        encoded_seconds: 1,
        segments: [],
      };
    },
  };
  return {
    log,
    signals,
    clients: { tts, media } as unknown as Clients,
    ttsAborted: () => ttsAborted,
  };
}

const script = (n: number) => ({
  segments: Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    start_time: i,
    end_time: i + 1,
    text: i === 1 ? "播放原片" : `narration ${i}`,
  })),
});

async function harness(n: number, onEvent?: Parameters<typeof makeHarness>[0]["onEvent"]) {
  const root = await Deno.makeTempDir();
  const h = makeHarness({
    stack: { mediaRoot: root, dataDir: root },
    scope: "generate_video",
    videoPath: "src.mp4",
    script: script(n),
    onEvent,
  });
  return { h, root };
}

Deno.test("generateVideo: the video starts with TTS; the audio waits for every narration", async () => {
  const { h, root } = await harness(4);
  try {
    const d = doubles({ tts: [300, 0, 20, 40], video: [10, 20, 30, 60] });
    const result = await generateVideo(h.ctx, d.clients);
    const at = (what: string) => d.log.indexOf(what);
    assert.ok(at("video start") < at("tts s0"), d.log.join(", "));
    assert.ok(at("video end") < at("tts s0"), "the video did not wait for TTS");
    assert.ok(at("tts s0") < at("audio start n-nn"), "audio after the last narration");
    assert.ok(at("audio end") < at("mux start") && at("video end") < at("mux start"));
    const phases = h.events.map((e) => e.phase);
    const first = (p: string) => phases.indexOf(p);
    const last = (p: string) => phases.lastIndexOf(p);
    assert.equal(phases.filter((p) => p === "cutting_segments_progress").length, 4);
    assert.ok(last("cutting_segments_progress") < first("tts_generate"));
    assert.ok(last("tts_generate_progress") < first("segment_processed"));
    assert.ok(last("segment_processed") < first("concat_start"));
    assert.equal(phases.at(-1), "concat_done");
    for (let i = 1; i < h.events.length; i++) {
      assert.ok(h.events[i].progress >= h.events[i - 1].progress, `progress went back at ${i}`);
    }
    const processed = h.events.filter((e) => e.phase === "segment_processed").map((e) => e.data);
    assert.deepEqual(processed.map((p) => [p!.output_start, p!.output_end]), [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    assert.equal(result.data.video_mode, "smart");
    assert.match(result.message!, /smart.*copied 3\.0 s, re-encoded 1\.0 s/);
    assert.deepEqual(await listFiles(`${root}/.work`), []);
    // The SRT beside the MP4: narrated slots only, in output time (segment 1 is original footage).
    const srtPath = result.data.srt_path as string;
    assert.match(srtPath, /^outputs\/.+\.srt$/);
    assert.equal(
      await Deno.readTextFile(`${root}/${srtPath}`),
      [
        "1\n00:00:00,000 --> 00:00:00,900\nnarration 0\n",
        "2\n00:00:02,000 --> 00:00:02,900\nnarration 2\n",
        "3\n00:00:03,000 --> 00:00:03,900\nnarration 3\n",
      ].join("\n"),
    );
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("generateVideo: TTS progress waits for the video phase, in order", async () => {
  const { h, root } = await harness(3);
  try {
    // Every narration is in long before the video is ready.
    const d = doubles({ tts: [1, 2, 3], video: [200, 220, 240] });
    await generateVideo(h.ctx, d.clients);
    const phases = h.events.map((e) => e.phase);
    assert.ok(phases.lastIndexOf("cutting_segments_progress") < phases.indexOf("tts_generate"));
    assert.ok(
      d.log.indexOf("audio start n-n") < d.log.indexOf("video end"),
      "audio overlapped video",
    );
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("generateVideo: an audio failure naming a segment is located there and stops the video", async () => {
  const { h, root } = await harness(4);
  try {
    const d = doubles({ tts: [1, 2, 3, 4], video: [100, 200, 5000, 5000], failAudio: 2 });
    const err = await generateVideo(h.ctx, d.clients).catch((e) => e);
    assert.ok(err instanceof PipelineError, String(err));
    assert.deepEqual(err.location, {
      stage: "align",
      segment_id: "s2",
      index: 2,
      code: "NO_AUDIO",
    });
    assert.equal(d.signals.video?.aborted, true, "the video build was cancelled");
    assert.ok(!d.log.includes("mux start"));
    assert.deepEqual(await listFiles(`${root}/.work`), []);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("generateVideo: a TTS item error is located and cancels the video build", async () => {
  const { h, root } = await harness(3);
  try {
    const d = doubles({ tts: [30, 60, 5000], video: [5000, 5000, 5000], failTts: "s2" });
    const err = await generateVideo(h.ctx, d.clients).catch((e) => e);
    assert.ok(err instanceof PipelineError, String(err));
    assert.deepEqual(err.location, {
      segment_id: "s2",
      index: 2,
      stage: "tts",
      provider: "fake",
      code: "RequestLimitExceeded",
    });
    assert.equal(d.signals.video?.aborted, true);
    assert.ok(!d.log.some((l) => l.startsWith("audio start")));
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("generateVideo: cancel during the video build aborts every call and cleans up", async () => {
  let cancelled = false;
  const { h, root } = await harness(3, (e, self) => {
    if (e.phase === "cutting_segments_progress" && !cancelled) {
      cancelled = true;
      self.controller.abort();
    }
  });
  try {
    const d = doubles({ tts: [5000, 5000, 5000], video: [10, 5000, 5000] });
    await assert.rejects(generateVideo(h.ctx, d.clients), CancelledError);
    assert.equal(d.signals.video?.aborted, true);
    assert.ok(d.ttsAborted());
    assert.deepEqual(await listFiles(`${root}/.work`), []);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});
