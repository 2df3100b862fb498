import assert from "node:assert/strict";
import { join } from "node:path";
import { Buffer } from "node:buffer";
import { SacvError } from "../../common/errors.ts";
import { PipelineError } from "../pipeline.ts";
import type { Clients, SynthesizeManyOptions, TtsItem } from "../clients.ts";
import { draftsDirOf, generateJianyingDraft } from "./jianying_draft.ts";
import { listFiles, makeHarness } from "./testing.ts";

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
  return { clients, normalized: () => normalized };
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
    const result = await generateJianyingDraft(h.ctx, d.clients);
    assert.equal(d.normalized(), 2);
    const draft = JSON.parse(await Deno.readTextFile(join(result.filePath, "draft_info.json")));
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
    const err = await generateJianyingDraft(h.ctx, doubles(root, "2").clients).catch((e) => e);
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
    const result = await generateJianyingDraft(h.ctx, d.clients);
    assert.equal(d.normalized(), 1);
    const draft = JSON.parse(await Deno.readTextFile(join(result.filePath, "draft_info.json")));
    const audios = draft.materials.audios as { duration: number; path: string }[];
    assert.deepEqual(audios.map((a) => a.duration), [1_000_000, 1_250_000]);
    for (const a of audios) assert.ok((await Deno.stat(a.path)).isFile);
    const raw = h.segments.find((u) => u.segment_id === "a" && u.status === "processed");
    assert.equal(raw?.strategy, "raw");
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});
