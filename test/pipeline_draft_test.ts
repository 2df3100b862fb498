// generate_jianying_draft in-process against real TTS (fake provider) and media (ffmpeg) processes.
import assert from "node:assert/strict";
import { join } from "node:path";
import { makeVideo } from "./support/media_fixtures.ts";
import {
  assertContiguous,
  assertIntegerTimes,
  assertMaterialsResolve,
  type J,
  readDraft,
  segmentsOf,
  target,
} from "./support/draft_checks.ts";
import { CancelledError } from "../services/common/errors.ts";
import { PipelineError, type TaskOptions } from "../services/orchestrator/pipeline.ts";
import { generateJianyingDraft } from "../services/orchestrator/pipelines/jianying_draft.ts";
import { displayWidth } from "../services/orchestrator/subtitles.ts";
import {
  listFiles,
  makeHarness,
  type Stack,
  startStack,
  waitFor,
} from "../services/orchestrator/pipelines/testing.ts";

const EDITOR_ROOT = "C:/Users/测试/AppData/Local/JianyingPro/User Data/Projects/com.lveditor.draft";

const script = {
  segments: [
    { id: "n1", start_time: 0.5, end_time: 2, text: "字".repeat(18), subtitle: "第一句字幕😀" },
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

async function draft(stack: Stack, s: unknown, options: Partial<TaskOptions>, name?: string) {
  const h = makeHarness({
    stack,
    scope: "generate_jianying_draft",
    videoPath: "src.mp4",
    script: s,
    name,
    options: { tts: {}, ...options },
  });
  const result = await generateJianyingDraft(h.ctx, stack.clients);
  const dir = join(stack.dataDir, result.filePath);
  return { h, result, dir, ...(await readDraft(dir)) };
}

async function imageWidth(path: string): Promise<number> {
  const out = await new Deno.Command("ffprobe", {
    args: ["-v", "error", "-show_entries", "stream=width", "-of", "csv=p=0", path],
    stdout: "piped",
  }).output();
  return Number(new TextDecoder().decode(out.stdout).trim());
}

Deno.test("generate_jianying_draft: a portable draft, registered with the editor's own paths", async () => {
  await withStack(async (stack, _video, drafts) => {
    await Deno.writeTextFile(
      join(drafts, "root_meta_info.json"),
      JSON.stringify({
        root_path: EDITOR_ROOT,
        all_draft_store: [{ draft_id: "OTHER", draft_fold_path: `${EDITOR_ROOT}/other` }],
      }),
    );
    const { h, result, dir, content, meta, identical } = await draft(stack, script, {
      draftDir: drafts,
    }, "我的/项目");
    assert.equal(result.filePath, result.data.draft_dir);
    assert.ok(String(result.filePath).startsWith("my_drafts/我的_项目_"), result.filePath);
    assert.ok(identical, "draft_info.json and draft_content.json differ");

    const files = await listFiles(dir);
    assert.deepEqual(files.filter((f) => !f.startsWith("assets/")), [
      "draft_content.json",
      "draft_cover.jpg",
      "draft_info.json",
      "draft_meta_info.json",
    ]);
    assert.equal(files.filter((f) => f.startsWith("assets/")).length, 3); // video + 2 narrations
    assert.equal(await imageWidth(join(dir, "draft_cover.jpg")), 320);

    // No path of this server anywhere: media through the placeholder, meta in the editor's terms.
    const all = JSON.stringify([content, meta]);
    assert.ok(!all.includes(stack.dataDir) && !all.includes(stack.mediaRoot), "server path leaked");
    await assertMaterialsResolve(content, dir);
    const name = String(result.data.draft_name);
    assert.equal(meta.draft_fold_path, `${EDITOR_ROOT}/${name}`);
    assert.equal(meta.draft_root_path, EDITOR_ROOT);
    assert.equal(meta.draft_cover, "draft_cover.jpg");
    assert.equal(meta.draft_id, content.id);
    assert.equal(meta.tm_duration, 3_700_000);
    const library = (meta.draft_materials as { type: number; value: J[] }[])[0];
    assert.equal(library.type, 0);
    assert.deepEqual(library.value.map((v) => v.metetype).sort(), ["music", "music", "video"]);
    for (const v of library.value) assert.match(String(v.file_Path), /^##_draftpath_placeholder_/);

    const root = JSON.parse(await Deno.readTextFile(join(drafts, "root_meta_info.json")));
    assert.deepEqual(root.all_draft_store.map((e: J) => e.draft_id), [content.id, "OTHER"]);
    assert.equal(root.all_draft_store[0].draft_json_file, `${EDITOR_ROOT}/${name}/draft_info.json`);
    assert.equal(root.all_draft_store[0].draft_fold_path, `${EDITOR_ROOT}/${name}`);
    assert.equal(root.root_path, EDITOR_ROOT);

    assertIntegerTimes(content.tracks);
    assertContiguous(content);
    const video = segmentsOf(content, "video");
    assert.deepEqual(video.map((s) => (s.source_timerange as J).start), [500_000, 2e6, 3e6]);
    assert.deepEqual(video.map((s) => s.volume), [0, 1, 0.2]);
    assert.deepEqual(segmentsOf(content, "audio").map((s) => target(s).start), [0, 2_500_000]);
    const texts = (content.materials as Record<string, J[]>).texts.map((t) =>
      JSON.parse(String(t.content))
    );
    assert.deepEqual(texts.map((t) => t.text), ["第一句字幕😀", "混混混混"]);
    // Style ranges count UTF-16 units: the emoji is 2 of them.
    assert.deepEqual(texts[0].styles[0].range, [0, 7]);
    assert.equal((content.platform as J).app_source, "lv");

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

const LONG = {
  segments: [
    // 35 characters × 80 ms = 2.8 s of speech on a 2 s slot: 40 % too long.
    {
      id: "long",
      start_time: 0.5,
      end_time: 2.5,
      text: "这段解说比它的画面长很多，" + "字".repeat(22),
    },
    { id: "orig", start_time: 2.5, end_time: 3.5, text: "播放原片" },
    { id: "fits", start_time: 3.5, end_time: 4.5, text: "刚好合适的一句话解说在这" },
  ],
};

Deno.test("generate_jianying_draft: narration 40 % longer than its slot keeps all its speech", async () => {
  await withStack(async (stack) => {
    for (const overflow of ["slow", "freeze", "extend", undefined] as const) {
      const { content, dir } = await draft(stack, LONG, overflow ? { overflow } : {});
      assertIntegerTimes(content.tracks);
      assertContiguous(content);
      await assertMaterialsResolve(content, dir);
      const m = content.materials as Record<string, J[]>;
      const [longAudio, fitsAudio] = segmentsOf(content, "audio");
      const material = m.audios.find((a) => a.id === longAudio.material_id)!;
      const spoken = Number(material.duration);
      assert.ok(Math.abs(spoken - 2_800_000) < 60_000, `narration lasts ${spoken} µs`);
      // All of the file plays, at normal speed, for exactly its length.
      assert.equal((longAudio.source_timerange as J).duration, spoken);
      assert.equal(longAudio.speed, 1);
      assert.equal(target(longAudio).duration, spoken);
      // The slot grew to the speech and everything after it moved by the same amount.
      const video = segmentsOf(content, "video");
      const slot = video.filter((s) => target(s).start < spoken).reduce(
        (n, s) => n + target(s).duration,
        0,
      );
      assert.equal(slot, spoken, `${overflow}: slot ${slot}`);
      const orig = video.find((s) => target(s).start === spoken)!;
      assert.equal((orig.source_timerange as J).start, 2_500_000);
      assert.equal(target(fitsAudio).start, spoken + 1_000_000);
      assert.ok(target(fitsAudio).duration <= 1_000_000);
      // Subtitle lines of the long narration: readable, back to back, spanning exactly the speech.
      const lines = segmentsOf(content, "text").filter((s) => target(s).start < spoken);
      assert.ok(lines.length >= 3, `${lines.length} lines`);
      assert.equal(target(lines[0]).start, 0);
      const last = lines.at(-1)!;
      assert.equal(target(last).start + target(last).duration, spoken);
      for (let i = 1; i < lines.length; i++) {
        assert.equal(
          target(lines[i]).start,
          target(lines[i - 1]).start + target(lines[i - 1]).duration,
        );
      }
      for (const t of m.texts) {
        assert.ok(displayWidth(JSON.parse(String(t.content)).text) <= 16);
      }
      const first = video[0];
      if (overflow === "slow" || overflow === undefined) {
        assert.equal(video.length, 3);
        assert.equal((first.source_timerange as J).duration, 2_000_000);
        assert.ok(Math.abs(Number(first.speed) - 2 / 2.8) < 0.02, `speed ${first.speed}`);
      } else if (overflow === "freeze") {
        assert.equal((first.source_timerange as J).duration, 2_000_000);
        const still = m.videos.find((v) => v.id === video[1].material_id)!;
        assert.equal(still.type, "photo");
        assert.equal(target(video[1]).duration, spoken - 2_000_000);
      } else {
        assert.equal((first.source_timerange as J).duration, spoken);
        assert.equal(first.speed, 1);
      }
    }
    // A higher speed-up ceiling fits the same narration into its slot instead.
    const { content } = await draft(stack, LONG, { maxTempo: 1.5 });
    const [longAudio] = segmentsOf(content, "audio");
    assert.equal(target(longAudio).duration, 2_000_000);
    assert.ok(Math.abs(Number(longAudio.speed) - 1.4) < 0.03, `speed ${longAudio.speed}`);
    assert.equal(content.duration, 4_000_000);
  });
});

Deno.test("generate_jianying_draft: CapCut drafts, Chinese/emoji/very long names and draft dirs", async () => {
  await withStack(async (stack) => {
    const name = "🎬剪映/CapCut:测试*" + "很长的项目名称".repeat(60) + "\u0007";
    const draftDir = "草稿 🎞️/" + "目录".repeat(40);
    const macRoot = "/Users/我/Movies/CapCut/User Data/Projects/com.lveditor.draft";
    const { result, content, meta, dir } = await draft(stack, script, {
      draftDir,
      editor: "capcut",
      editorDraftsRoot: macRoot,
    }, name);
    const folder = String(result.data.draft_name);
    assert.ok(new TextEncoder().encode(folder).length <= 200, `${folder.length} chars`);
    assert.ok(folder.startsWith("🎬剪映_CapCut_测试_很长的项目名称"), folder);
    assert.ok(![...folder].some((c) => c < " " || '/\\:*?"<>|'.includes(c)), folder);
    assert.equal(result.filePath, `${draftDir}/${folder}`);
    await assertMaterialsResolve(content, dir);
    assertContiguous(content);
    for (const p of [content.platform, content.last_modified_platform] as J[]) {
      assert.equal(p.app_source, "cc");
      assert.equal(p.app_id, 359289);
      assert.equal(p.app_version, "6.5.0");
      assert.equal(p.os, "mac");
    }
    assert.equal(content.new_version, "138.0.0");
    assert.equal((content.canvas_config as J).background, null);
    const m = content.materials as Record<string, J[]>;
    assert.ok(m.placeholder_infos.length > 0 && !("masks" in m));
    assert.equal(meta.draft_fold_path, `${macRoot}/${folder}`);
    assert.equal(meta.cloud_draft_cover, false);
    assert.equal(result.data.editor, "capcut");
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
