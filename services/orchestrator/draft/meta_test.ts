import assert from "node:assert/strict";
import { buildDraftMeta, rootEntry } from "./meta.ts";

Deno.test("buildDraftMeta: ids, forward-slash paths, µs times; rootEntry points at the JSON", () => {
  const meta = buildDraftMeta({
    draftId: "ABC",
    name: "demo",
    folder: "C:\\drafts\\demo_1",
    root: "C:\\drafts",
    durationUs: 5_500_000,
    nowUs: 1_700_000_000_000_000,
  });
  assert.equal(meta.draft_id, "ABC");
  assert.equal(meta.draft_fold_path, "C:/drafts/demo_1");
  assert.equal(meta.draft_root_path, "C:/drafts");
  assert.equal(meta.tm_duration, 5_500_000);
  assert.equal(meta.tm_draft_create, 1_700_000_000_000_000);
  const entry = rootEntry(meta);
  assert.equal(entry.draft_json_file, "C:/drafts/demo_1/draft_content.json");
  assert.equal(entry.draft_id, "ABC");
  assert.equal(entry.tm_duration, 5_500_000);
});
