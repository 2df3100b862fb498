import assert from "node:assert/strict";
import { join } from "node:path";
import { Buffer } from "node:buffer";
import { CancelledError, SacvError } from "../../common/errors.ts";
import { PipelineError } from "../pipeline.ts";
import type { Clients, SynthesizeManyOptions, TtsItem } from "../clients.ts";
import { draftsDirOf, generateJianyingDraft } from "./jianying_draft.ts";
import { draftFolderName } from "../draft/paths.ts";
import { draftPolicy } from "../draft/timeline.ts";
import { listFiles, makeHarness } from "./testing.ts";
import { resolveDraftPath } from "../draft/paths.ts";

function ctxWith(draftDir?: string) {
  return makeHarness({
    stack: { mediaRoot: "/srv/media", dataDir: "/srv/data" },
    scope: "generate_jianying_draft",
    videoPath: "v.mp4",
    script: [],
    options: { tts: {}, draftDir },
  }).ctx;
}

Deno.test("draftsDirOf: default, relative and absolute dirs inside the data dir or media root", () => {
  assert.equal(draftsDirOf(ctxWith()), "/srv/data/jianying_drafts");
  assert.equal(draftsDirOf(ctxWith("  ")), "/srv/data/jianying_drafts");
  assert.equal(draftsDirOf(ctxWith("mine")), "/srv/data/mine");
  assert.equal(draftsDirOf(ctxWith("/srv/media/drafts")), "/srv/media/drafts");
  assert.equal(draftsDirOf(ctxWith("/srv/data")), "/srv/data");
});

Deno.test("draftsDirOf: anything outside is refused with the value named", () => {
  for (const bad of ["/etc", "../elsewhere", "/srv/data/../media2", "/srv/database"]) {
    assert.throws(() => draftsDirOf(ctxWith(bad)), (err: unknown) => {
      assert.ok(err instanceof PipelineError);
      assert.equal(err.status, "INVALID_ARGUMENT");
      assert.equal(err.location.code, "DRAFT_DIR_OUTSIDE");
      assert.ok(err.message.includes(bad));
      return true;
    });
  }
});

/** Media and TTS doubles: normalisation writes a small file, fails for `failId`, finds `silentId` silent. */
function doubles(root: string, failId?: string, silentId?: string) {
  let normalized = 0;
  const clients = {
    tts: {
      synthesizeMany(items: readonly TtsItem[], { onResult }: SynthesizeManyOptions) {
        for (const item of items) {
          onResult({
            ok: true,
            result: {
              request_id: item.request_id,
              audio: Buffer.alloc(16),
              codec: "wav",
              sample_rate: 16000,
              duration_ms: 1000,
              provider: "fake",
              attempts: 1,
              cached: false,
              voice: "v",
              chunks: 1,
              words: [],
            },
          });
        }
        return Promise.resolve();
      },
    },
    media: {
      probe: () =>
        Promise.resolve({
          duration: 10,
          fps: 25,
          has_video: true,
          has_audio: true,
          width: 4,
          height: 2,
        }),
      async normalizeLoudness(r: { input: string; output: string }) {
        if (failId && r.input.includes(`tts_${failId}.`)) {
          throw new SacvError("INTERNAL", "loudnorm failed", { reason: "FFMPEG_FAILED" });
        }
        if (silentId && r.input.includes(`tts_${silentId}.`)) {
          throw new SacvError("FAILED_PRECONDITION", "silent", { reason: "SILENT_AUDIO" });
        }
        await Deno.writeFile(join(root, r.output), new Uint8Array(4));
        normalized++;
        return { output: r.output, duration: 1.25, trimmed_seconds: 0.1 };
      },
    },
  } as unknown as Clients;
  const extractFrame = async (r: { output: string }) => {
    await Deno.writeFile(join(root, r.output), new Uint8Array(8));
    return { output: r.output, time: 0, width: 4, height: 2 };
  };
  return { clients, normalized: () => normalized, options: { extractFrame, mediaWorkers: 2 } };
}

async function draftHarness() {
  const root = await Deno.makeTempDir();
  await Deno.writeFile(join(root, "v.mp4"), new Uint8Array(1000));
  const h = makeHarness({
    stack: { mediaRoot: root, dataDir: root },
    scope: "generate_jianying_draft",
    videoPath: "v.mp4",
    script: {
      segments: [
        { id: "a", start_time: 0, end_time: 2, text: "一" },
        { id: "b", start_time: 2, end_time: 3, text: "播放原片" },
        { id: "c", start_time: 3, end_time: 4.5, text: "三" },
      ],
    },
  });
  return { h, root };
}

Deno.test("generateJianyingDraft: narration durations come from the normalised audio", async () => {
  const { h, root } = await draftHarness();
  try {
    const d = doubles(root);
    const result = await generateJianyingDraft(h.ctx, d.clients, d.options);
    assert.equal(d.normalized(), 2);
    const dir = join(root, result.filePath);
    const draft = JSON.parse(await Deno.readTextFile(join(dir, "draft_info.json")));
    assert.deepEqual(draft.materials.audios.map((a: { duration: number }) => a.duration), [
      1_250_000,
      1_250_000,
    ]);
    const audio = draft.tracks[1].segments;
    assert.deepEqual(audio.map((s: { target_timerange: unknown }) => s.target_timerange), [
      { start: 0, duration: 1_250_000 },
      { start: 3_000_000, duration: 1_250_000 }, // 1.25 s on 1.5 s: beyond the tempo window, padded
    ]);
    assert.deepEqual(await listFiles(join(root, ".work")), []);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("generateJianyingDraft: a loudness failure is located and leaves no draft", async () => {
  const { h, root } = await draftHarness();
  try {
    const d = doubles(root, "2");
    const err = await generateJianyingDraft(h.ctx, d.clients, d.options).catch((e) => e);
    assert.ok(err instanceof PipelineError, String(err));
    assert.deepEqual(err.location, {
      stage: "loudness",
      segment_id: "c",
      index: 2,
      code: "FFMPEG_FAILED",
    });
    assert.deepEqual(await listFiles(join(root, "jianying_drafts")), []);
    assert.deepEqual(await listFiles(join(root, ".work")), []);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("generateJianyingDraft: a narration too short to measure goes in unnormalised", async () => {
  const { h, root } = await draftHarness();
  try {
    const d = doubles(root, undefined, "0");
    const result = await generateJianyingDraft(h.ctx, d.clients, d.options);
    assert.equal(d.normalized(), 1);
    const dir = join(root, result.filePath);
    const draft = JSON.parse(await Deno.readTextFile(join(dir, "draft_info.json")));
    const audios = draft.materials.audios as { duration: number; path: string }[];
    assert.deepEqual(audios.map((a) => a.duration), [1_000_000, 1_250_000]);
    for (const a of audios) assert.ok((await Deno.stat(resolveDraftPath(a.path, dir))).isFile);
    const raw = h.segments.find((u) => u.segment_id === "a" && u.status === "normalized");
    assert.equal(raw?.strategy, "raw");
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("draftFolderName: portable on every OS, at most 200 bytes, whatever the project name", () => {
  const id = "0123abcd-0000-0000-0000-000000000000";
  assert.equal(draftFolderName("我的/项目", id), "我的_项目_0123abcd");
  assert.equal(draftFolderName("...", id), "project_0123abcd");
  assert.equal(draftFolderName("CON", id), "_CON_0123abcd");
  const long = draftFolderName("🎬".repeat(100) + "中".repeat(100), id);
  assert.ok(new TextEncoder().encode(long).length <= 200, long);
  assert.ok(long.endsWith("🎬_0123abcd"), "cut between characters, never inside one");
  assert.equal(draftFolderName("a\u0000b\nc. ", id), "a_b_c_0123abcd");
});

Deno.test("draftPolicy: drafts never trim speech", () => {
  assert.equal(draftPolicy(undefined), "slow");
  assert.equal(draftPolicy("trim"), "slow");
  assert.equal(draftPolicy("freeze"), "freeze");
  assert.equal(draftPolicy("extend"), "extend");
});

Deno.test("generateJianyingDraft: a cancel reaches running media work at once and leaves nothing", async () => {
  const { h, root } = await draftHarness();
  try {
    const d = doubles(root);
    let started = 0;
    let aborted = 0;
    // Loudness runs until its call is cancelled, as an ffmpeg child would.
    (d.clients.media as unknown as Record<string, unknown>).normalizeLoudness = (
      _r: unknown,
      signal: AbortSignal,
    ) =>
      new Promise((_, reject) => {
        started++;
        const stop = () => {
          aborted++;
          reject(new CancelledError());
        };
        signal.addEventListener("abort", stop, { once: true });
        if (started === 2) h.controller.abort();
      });
    const t0 = performance.now();
    await assert.rejects(generateJianyingDraft(h.ctx, d.clients, d.options), CancelledError);
    assert.ok(performance.now() - t0 < 5_000);
    assert.equal(started, 2, "both narrations were normalised in parallel");
    assert.equal(aborted, 2, "both running media calls were cancelled");
    assert.deepEqual(await listFiles(join(root, "jianying_drafts")), []);
    assert.deepEqual(await listFiles(join(root, ".work")), []);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});
