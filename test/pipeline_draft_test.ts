// generate_jianying_draft in-process against real TTS (fake provider) and media (ffmpeg) processes.
import assert from "node:assert/strict";
import { join } from "node:path";
import { makeVideo } from "./support/media_fixtures.ts";
import { CancelledError } from "../services/common/errors.ts";
import { PipelineError } from "../services/orchestrator/pipeline.ts";
import { generateJianyingDraft } from "../services/orchestrator/pipelines/jianying_draft.ts";
import {
  listFiles,
  makeHarness,
  type Stack,
  startStack,
  waitFor,
} from "../services/orchestrator/pipelines/testing.ts";

type J = Record<string, unknown>;

const script = {
  segments: [
    { id: "n1", start_time: 0.5, end_time: 2, text: "字".repeat(18), subtitle: "第一句字幕" },
    { id: "o1", start_time: 2, end_time: 3, text: "播放原片" },
    // 4 characters = 0.32 s of fake speech: too short for loudness measurement, kept as is.
    { id: "m1", start_time: 3, end_time: 4.2, text: "混".repeat(4), OST: 2 },
  ],
};

async function withStack(fn: (stack: Stack, video: string, drafts: string) => Promise<void>) {
  const stack = await startStack();
  try {
    await makeVideo(join(stack.mediaRoot, "src.mp4"), { duration: 5, fps: 25 });
    const drafts = join(stack.dataDir, "my_drafts");
    await Deno.mkdir(drafts);
    await fn(stack, "src.mp4", drafts);
  } finally {
    await stack.stop();
  }
}

function walkTimes(v: unknown, key = ""): void {
  if (Array.isArray(v)) v.forEach((x) => walkTimes(x, key));
  else if (v && typeof v === "object") { for (const [k, x] of Object.entries(v)) walkTimes(x, k); }
  else if (key === "start" || key === "duration") {
    assert.ok(Number.isInteger(v) && (v as number) >= 0, `${key}=${v} is not integer µs`);
  }
}

Deno.test("generate_jianying_draft: writes a complete draft folder and registers it", async () => {
  await withStack(async (stack, video, drafts) => {
    await Deno.writeTextFile(
      join(drafts, "root_meta_info.json"),
      JSON.stringify({ all_draft_store: [{ draft_id: "OTHER", draft_fold_path: "x/other" }] }),
    );
    const h = makeHarness({
      stack,
      scope: "generate_jianying_draft",
      videoPath: video,
      script,
      name: "我的/项目",
      options: { tts: {}, draftDir: drafts },
    });
    const result = await generateJianyingDraft(h.ctx, stack.clients);
    const dir = String(result.data.draft_dir);
    assert.equal(result.filePath, dir);
    assert.ok(dir.startsWith(drafts + "/我的_项目_"), dir);

    const files = await listFiles(dir);
    for (const f of ["draft_content.json", "draft_info.json", "draft_meta_info.json"]) {
      assert.ok(files.includes(f), `${f} missing in ${files}`);
    }
    assert.equal(files.filter((f) => f.startsWith("assets/")).length, 3); // video + 2 narrations
    const info = await Deno.readTextFile(join(dir, "draft_info.json"));
    assert.equal(info, await Deno.readTextFile(join(dir, "draft_content.json")));
    const draft = JSON.parse(info) as J;

    const tracks = draft.tracks as J[];
    assert.deepEqual(tracks.map((t) => t.type), ["video", "audio", "text"]);
    walkTimes(tracks);
    const [videoSegs, audioSegs, textSegs] = tracks.map((t) => t.segments as J[]);
    assert.deepEqual(videoSegs.map((s) => s.target_timerange), [
      { start: 0, duration: 1_500_000 },
      { start: 1_500_000, duration: 1_000_000 },
      { start: 2_500_000, duration: 1_200_000 },
    ]);
    assert.deepEqual(videoSegs.map((s) => (s.source_timerange as J).start), [
      500_000,
      2_000_000,
      3_000_000,
    ]);
    assert.deepEqual(videoSegs.map((s) => s.volume), [0, 1, 0.2]);
    assert.deepEqual(audioSegs.map((s) => (s.target_timerange as J).start), [0, 2_500_000]);
    const texts = (draft.materials as Record<string, J[]>).texts.map((t) =>
      JSON.parse(String(t.content)).text
    );
    assert.deepEqual(texts, ["第一句字幕", "混".repeat(4)]);
    assert.equal(textSegs.length, 2);
    assert.equal(draft.duration, 3_700_000);

    const m = draft.materials as Record<string, J[]>;
    for (const mat of [...m.videos, ...m.audios]) {
      const p = String(mat.path);
      assert.ok(p.startsWith(join(dir, "assets")), p);
      assert.ok((await Deno.stat(p)).size > 0, `${p} exists`);
    }
    const meta = JSON.parse(await Deno.readTextFile(join(dir, "draft_meta_info.json")));
    assert.equal(meta.draft_id, draft.id);
    assert.equal(meta.tm_duration, 3_700_000);
    const root = JSON.parse(await Deno.readTextFile(join(drafts, "root_meta_info.json")));
    assert.deepEqual(root.all_draft_store.map((e: J) => e.draft_id), [draft.id, "OTHER"]);
    assert.deepEqual(
      (await listFiles(drafts)).filter((f) => !f.startsWith(dir.slice(drafts.length + 1))),
      [
        "root_meta_info.json",
      ],
    );

    const phases = [...new Set(h.events.map((e) => e.phase))];
    assert.deepEqual(phases, [
      "prepare",
      "copy_materials",
      "tts_generate",
      "tts_generate_progress",
      "write_json",
    ]);
    for (let i = 1; i < h.events.length; i++) {
      assert.ok(h.events[i].progress >= h.events[i - 1].progress, `progress went back at ${i}`);
    }
    assert.deepEqual(await listFiles(join(stack.mediaRoot, ".work")), []);
  });
});

Deno.test("generate_jianying_draft: a failure or a cancel leaves no draft and no temp folder", async () => {
  await withStack(async (stack, video, drafts) => {
    const failing = {
      segments: script.segments.map((s) =>
        s.id === "m1" ? { ...s, tts_options: { fail: "InvalidParameter.Text" } } : s
      ),
    };
    const h = makeHarness({
      stack,
      scope: "generate_jianying_draft",
      videoPath: video,
      script: failing,
      options: { tts: {}, draftDir: drafts },
    });
    const err = await generateJianyingDraft(h.ctx, stack.clients).catch((e) => e);
    assert.ok(err instanceof PipelineError, String(err));
    assert.equal(err.location.segment_id, "m1");
    assert.equal(err.location.index, 2);
    assert.equal(err.location.stage, "tts");
    assert.deepEqual(await listFiles(drafts), []);

    const c = makeHarness({
      stack,
      scope: "generate_jianying_draft",
      videoPath: video,
      script,
      options: { tts: { options: { latency_ms: "60000" } }, draftDir: drafts },
      onEvent: (e, self) => {
        if (e.phase === "tts_generate") self.controller.abort();
      },
    });
    await assert.rejects(generateJianyingDraft(c.ctx, stack.clients), CancelledError);
    await waitFor(async () => (await stack.clients.tts.getLimits()).global_in_flight === 0);
    assert.deepEqual(await listFiles(drafts), []);
    assert.deepEqual(await listFiles(join(stack.mediaRoot, ".work")), []);
  });
});
