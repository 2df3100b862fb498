import assert from "node:assert/strict";
import { join } from "node:path";
import {
  draftJsonFileOf,
  editorRootOf,
  mergeRootMeta,
  readRootMeta,
  registerDraft,
  ROOT_META_FILE,
} from "./root_meta.ts";

Deno.test("mergeRootMeta: keeps other drafts and keys, replaces our own, newest first", () => {
  const merged = mergeRootMeta({
    root_path: "C:/drafts",
    draft_ids: 7,
    all_draft_store: [
      { draft_id: "OTHER", draft_fold_path: "C:/drafts/other" },
      { draft_id: "OLD", draft_fold_path: "C:/drafts/mine" },
    ],
  }, { draft_id: "NEW", draft_fold_path: "C:/drafts/mine" });
  assert.equal(merged.root_path, "C:/drafts");
  assert.deepEqual((merged.all_draft_store as { draft_id: string }[]).map((e) => e.draft_id), [
    "NEW",
    "OTHER",
  ]);
  assert.equal(merged.draft_ids, 8);
});

Deno.test("registerDraft: merges into an existing file atomically, never creates one", async () => {
  const dir = await Deno.makeTempDir();
  try {
    assert.deepEqual(await registerDraft(dir, { draft_id: "A" }), {
      registered: false,
      reason: "absent",
    });
    await assert.rejects(Deno.stat(join(dir, ROOT_META_FILE)));
    await Deno.writeTextFile(
      join(dir, ROOT_META_FILE),
      JSON.stringify({
        all_draft_store: [{ draft_id: "KEEP", draft_fold_path: "x" }],
        root_path: dir,
      }),
    );
    const outcomes = await Promise.all(
      ["A", "B", "C"].map((id) => registerDraft(dir, { draft_id: id, draft_fold_path: id })),
    );
    assert.ok(outcomes.every((o) => o.registered));
    const after = JSON.parse(await Deno.readTextFile(join(dir, ROOT_META_FILE)));
    const ids = after.all_draft_store.map((e: { draft_id: string }) => e.draft_id).sort();
    assert.deepEqual(ids, ["A", "B", "C", "KEEP"]);
    assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), [ROOT_META_FILE]);
    await Deno.writeTextFile(join(dir, ROOT_META_FILE), "\x00encrypted");
    const bad = await registerDraft(dir, { draft_id: "Z" });
    assert.equal(bad.registered, false);
    assert.equal(await Deno.readTextFile(join(dir, ROOT_META_FILE)), "\x00encrypted");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("readRootMeta: the editor's own root path and draft file name are taken from it", async () => {
  const dir = await Deno.makeTempDir();
  try {
    assert.deepEqual(await readRootMeta(dir), { state: "absent" });
    assert.equal(editorRootOf({ state: "absent" }), "");
    assert.equal(draftJsonFileOf({ state: "absent" }), "draft_info.json");
    await Deno.writeTextFile(
      join(dir, ROOT_META_FILE),
      "\uFEFF" + JSON.stringify({
        root_path: "D:/剪映草稿",
        all_draft_store: [{ draft_json_file: "D:/剪映草稿/旧/draft_content.json" }],
      }),
    );
    const meta = await readRootMeta(dir);
    assert.equal(meta.state, "present");
    assert.equal(editorRootOf(meta), "D:/剪映草稿");
    // An editor that lists its drafts by draft_content.json (5.x) gets that name.
    assert.equal(draftJsonFileOf(meta), "draft_content.json");
    assert.equal(
      draftJsonFileOf({
        state: "present",
        json: { all_draft_store: [{ draft_json_file: "x/draft_info.json" }, null, 3] },
      }),
      "draft_info.json",
    );
    await Deno.writeTextFile(join(dir, ROOT_META_FILE), "[1,2]");
    assert.equal((await readRootMeta(dir)).state, "unreadable");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
