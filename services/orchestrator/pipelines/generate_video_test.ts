// generate_video's flow against in-memory TTS and media doubles: overlap, serial media, failure, cancel.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { CancelledError, SacvError } from "../../common/errors.ts";
import { PipelineError } from "../pipeline.ts";
import type { Clients, SynthesizeManyOptions, TtsItem } from "../clients.ts";
import { generateVideo } from "./generate_video.ts";
import { listFiles, makeHarness } from "./testing.ts";

interface Log {
  t: number;
  what: string;
}

/** Doubles: TTS answers item i after `delays[i]` ms (or fails it); media calls take `mediaMs`. */
function doubles(o: { delays: number[]; failIndex?: number; alignFail?: string; mediaMs: number }) {
  const log: Log[] = [];
  const t0 = performance.now();
  const note = (what: string) => log.push({ t: performance.now() - t0, what });
  let active = 0;
  let peak = 0;
  let ttsAborted = false;
  const media = <T>(what: string, result: T, signal?: AbortSignal) => {
    active++;
    peak = Math.max(peak, active);
    note(`start ${what}`);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        active--;
        note(`end ${what}`);
        if (o.alignFail && what === `align ${o.alignFail}`) {
          reject(new SacvError("INTERNAL", "ffmpeg exploded", { reason: "FFMPEG_FAILED" }));
        } else resolve(result);
      }, o.mediaMs);
      signal?.addEventListener("abort", () => {
        clearTimeout(timer);
        active--;
        reject(new CancelledError());
      }, { once: true });
    });
  };
  const clients = {
    tts: {
      synthesizeMany(items: readonly TtsItem[], { signal, onResult }: SynthesizeManyOptions) {
        note("tts open");
        return new Promise<void>((resolve, reject) => {
          let left = items.length;
          const timers = items.map((item, i) =>
            setTimeout(() => {
              try {
                if (i === o.failIndex) {
                  onResult({
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
                } else {
                  note(`tts ${item.request_id}`);
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
                }
              } catch (err) {
                timers.forEach(clearTimeout);
                reject(err);
                return;
              }
              if (--left === 0) resolve();
            }, o.delays[i])
          );
          signal?.addEventListener("abort", () => {
            ttsAborted = true;
            timers.forEach(clearTimeout);
            reject(new CancelledError());
          }, { once: true });
        });
      },
    },
    media: {
      probe: () =>
        Promise.resolve({ duration: 20, fps: 25, has_video: true, has_audio: true, width: 2 }),
      cutClip: (r: { output: string }, s?: AbortSignal) =>
        media(`cut ${r.output.split("clip_")[1]}`, { duration: 1 }, s),
      alignNarration: (r: { clip: string }, s?: AbortSignal) =>
        media(`align ${r.clip.split("clip_")[1].replace(".mp4", "")}`, {
          strategy: "exact",
          duration: 1,
        }, s),
      concat: (r: { inputs: string[] }, opts: { signal?: AbortSignal }) => {
        note(`concat ${r.inputs.map((p) => p.split("/").pop()).join(",")}`);
        return media("concat", { duration: r.inputs.length }, opts.signal);
      },
    },
  } as unknown as Clients;
  return { clients, log, peak: () => peak, ttsAborted: () => ttsAborted };
}

const script = (n: number) => ({
  segments: Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    start_time: i,
    end_time: i + 1,
    text: `narration ${i}`,
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

Deno.test("generateVideo: alignment overlaps TTS, media stays serial, concat in script order", async () => {
  const { h, root } = await harness(4);
  try {
    const d = doubles({ delays: [1500, 40, 250, 120], mediaMs: 15 });
    const result = await generateVideo(h.ctx, d.clients);
    assert.equal(d.peak(), 1);
    const at = (what: string) => d.log.findIndex((l) => l.what === what);
    // s1 arrives first; its alignment runs before the last TTS result (s0) arrives.
    assert.ok(at("start align 1") < at("tts s0"), JSON.stringify(d.log));
    const aligns = d.log.filter((l) => l.what.startsWith("start align")).map((l) => l.what);
    assert.deepEqual(aligns, ["start align 1", "start align 3", "start align 2", "start align 0"]);
    assert.ok(at("tts open") < at("start cut 0.mp4"), "TTS opens before cutting");
    assert.ok(d.log.some((l) => l.what === "concat seg_0.mp4,seg_1.mp4,seg_2.mp4,seg_3.mp4"));
    assert.equal(result.data.segments_count, 4);
    assert.deepEqual(await listFiles(`${root}/.work`), []);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("generateVideo: a failed alignment is located and stops TTS and queued media", async () => {
  const { h, root } = await harness(4);
  try {
    const d = doubles({ delays: [10, 20, 30, 5000], alignFail: "0", mediaMs: 10 });
    const err = await generateVideo(h.ctx, d.clients).catch((e) => e);
    assert.ok(err instanceof PipelineError, String(err));
    assert.deepEqual(err.location, {
      stage: "align",
      segment_id: "s0",
      index: 0,
      code: "FFMPEG_FAILED",
    });
    assert.ok(d.ttsAborted());
    assert.ok(!d.log.some((l) => l.what.startsWith("concat")));
    assert.deepEqual(await listFiles(`${root}/.work`), []);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("generateVideo: cancel during alignment skips queued media and cleans up", async () => {
  let aborted = false;
  const { h, root } = await harness(5, (e, self) => {
    if (e.phase === "segment_processed" && !aborted) {
      aborted = true;
      self.controller.abort();
    }
  });
  try {
    const d = doubles({ delays: [5, 6, 7, 8, 9], mediaMs: 20 });
    await assert.rejects(generateVideo(h.ctx, d.clients), CancelledError);
    const aligns = d.log.filter((l) => l.what.startsWith("start align")).length;
    assert.ok(aligns < 5, `aligned ${aligns} of 5 after cancel`);
    assert.deepEqual(await listFiles(`${root}/.work`), []);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("generateVideo: a TTS item error is located; no alignment for later items", async () => {
  const { h, root } = await harness(3);
  try {
    const d = doubles({ delays: [30, 60, 5000], failIndex: 1, mediaMs: 5 });
    const err = await generateVideo(h.ctx, d.clients).catch((e) => e);
    assert.ok(err instanceof PipelineError);
    assert.deepEqual(err.location, {
      segment_id: "s1",
      index: 1,
      stage: "tts",
      provider: "fake",
      code: "RequestLimitExceeded",
    });
    assert.equal(err.retryable, true);
    assert.ok(d.ttsAborted() || !d.log.some((l) => l.what === "tts s2"));
    assert.ok(!d.log.some((l) => l.what === "start align 2"));
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});
