import assert from "node:assert/strict";
import { buildDraftMeta, draftMaterials, editorFolder, rootEntry } from "./meta.ts";
import { editorProfile } from "./editor.ts";
import { assetPath } from "./paths.ts";

const media = [
  {
    id: "V",
    path: assetPath("src.mp4"),
    name: "src.mp4",
    durationUs: 9e6,
    width: 1280,
    height: 720,
    metetype: "video" as const,
  },
  {
    id: "A",
    path: assetPath("n.wav"),
    name: "n.wav",
    durationUs: 2e6,
    width: 0,
    height: 0,
    metetype: "music" as const,
  },
];

Deno.test("buildDraftMeta: editor paths, cover beside it, media library filled", () => {
  const meta = buildDraftMeta({
    draftId: "ABC",
    name: "演示_1",
    editor: editorProfile("jianying"),
    editorRoot: "C:\\drafts\\",
    durationUs: 5_500_000,
    media,
    materialsSize: 1234,
    nowUs: 1_700_000_000_000_000,
  });
  assert.equal(meta.draft_id, "ABC");
  assert.equal(meta.draft_fold_path, "C:/drafts/演示_1");
  assert.equal(meta.draft_root_path, "C:/drafts");
  assert.equal(meta.draft_cover, "draft_cover.jpg");
  assert.equal(meta.tm_duration, 5_500_000);
  assert.equal(meta.tm_draft_create, 1_700_000_000_000_000);
  assert.equal(meta.draft_timeline_materials_size_, 1234);
  const lib = meta.draft_materials as { type: number; value: Record<string, unknown>[] }[];
  assert.deepEqual(lib.map((g) => g.type), [0, 1, 2, 3, 6, 7, 8]);
  assert.deepEqual(lib[0].value.map((v) => [v.file_Path, v.metetype, v.duration]), [
    [assetPath("src.mp4"), "video", 9e6],
    [assetPath("n.wav"), "music", 2e6],
  ]);
  const entry = rootEntry(meta, { editorRoot: "C:\\drafts", jsonFile: "draft_info.json" });
  assert.equal(entry.draft_json_file, "C:/drafts/演示_1/draft_info.json");
  assert.equal(entry.draft_cover, "C:/drafts/演示_1/draft_cover.jpg");
  assert.equal(entry.draft_id, "ABC");
  assert.equal(entry.tm_duration, 5_500_000);
});

Deno.test("buildDraftMeta: unknown editor root leaves the folder paths to the editor", () => {
  const meta = buildDraftMeta({
    draftId: "X",
    name: "d",
    editor: editorProfile("capcut"),
    editorRoot: "",
    durationUs: 1,
    media: [],
    materialsSize: 0,
  });
  assert.equal(meta.draft_fold_path, "");
  assert.equal(meta.draft_root_path, "");
  assert.equal(meta.draft_is_cloud_temp_draft, false, "CapCut's own meta keys");
  assert.equal(editorFolder("", "d"), "");
  assert.equal(draftMaterials([], 0).length, 7);
});
