import assert from "node:assert/strict";
import { join } from "node:path";
import { SacvError } from "../common/errors.ts";
import { openDatabase } from "./db.ts";
import { normaliseMediaPath } from "./media_path.ts";
import { ProjectStore } from "./projects.ts";
import { TaskStore } from "./tasks.ts";

const isErr = (status: string, field: RegExp) => (e: unknown) =>
  e instanceof SacvError && e.status === status && field.test(e.message);

Deno.test("normaliseMediaPath keeps paths inside the media root and refuses the rest", async () => {
  const root = await Deno.makeTempDir();
  const outside = await Deno.makeTempDir();
  try {
    await Deno.mkdir(join(root, "sub"));
    await Deno.writeTextFile(join(root, "sub", "v.mp4"), "x");
    await Deno.writeTextFile(join(outside, "o.mp4"), "x");
    assert.equal(normaliseMediaPath(root, "sub/v.mp4"), "sub/v.mp4");
    assert.equal(normaliseMediaPath(root, join(root, "sub", "v.mp4")), "sub/v.mp4");
    assert.throws(
      () => normaliseMediaPath(root, "../x.mp4"),
      isErr("INVALID_ARGUMENT", /video_path/),
    );
    assert.throws(
      () => normaliseMediaPath(root, "sub/../sub/v.mp4"),
      isErr("INVALID_ARGUMENT", /'\.\.'/),
    );
    assert.throws(
      () => normaliseMediaPath(root, join(outside, "o.mp4")),
      isErr("INVALID_ARGUMENT", /outside/),
    );
    assert.throws(
      () => normaliseMediaPath(root, "missing.mp4"),
      isErr("NOT_FOUND", /video_path.*missing/),
    );
    assert.throws(
      () => normaliseMediaPath(root, ""),
      isErr("INVALID_ARGUMENT", /video_path is required/),
    );
    await Deno.symlink(join(outside, "o.mp4"), join(root, "link.mp4"));
    assert.throws(() => normaliseMediaPath(root, "link.mp4"), isErr("INVALID_ARGUMENT", /outside/));
  } finally {
    await Deno.remove(root, { recursive: true });
    await Deno.remove(outside, { recursive: true });
  }
});

Deno.test("projects and tasks persist across a reopen of the database", async () => {
  const dir = await Deno.makeTempDir();
  try {
    let db = openDatabase(dir);
    const projects = new ProjectStore(db);
    const tasks = new TaskStore(db);
    const script = JSON.stringify({ version: 2, extra: { keep: true }, segments: [] });
    const p = projects.create({ name: "demo", videoPath: "v.mp4", scriptJson: script });
    const t = tasks.insert(p.id, "generate_video", { tts: { provider: "fake", speed: 1.2 } });
    tasks.markProcessing(t.task_id);
    tasks.updateProgress(t.task_id, "tts_generate", 40, "tts");
    tasks.upsertSegment(t.task_id, {
      segment_id: "s1",
      index: 1,
      kind: "narration",
      status: "tts",
    });
    tasks.upsertSegment(t.task_id, { segment_id: "s0", index: 0, kind: "original" });
    tasks.upsertSegment(t.task_id, {
      segment_id: "s1",
      index: 1,
      status: "done",
      attempts: 2,
      tts_duration: 1.5,
    });
    projects.addDraftDir(p.id, "/drafts/a");
    projects.addDraftDir(p.id, "/drafts/a");
    db.close();

    db = openDatabase(dir);
    const again = new TaskStore(db).get(t.task_id);
    assert.equal(again.status, "processing");
    assert.equal(again.phase, "tts_generate");
    assert.equal(again.progress, 40);
    assert.deepEqual(again.segments.map((s) => [s.segment_id, s.kind, s.status, s.attempts]), [
      ["s0", "original", "", 0],
      ["s1", "narration", "done", 2],
    ]);
    assert.deepEqual(new TaskStore(db).options(t.task_id), {
      tts: { provider: "fake", speed: 1.2 },
    });
    const proj = new ProjectStore(db).get(p.id);
    assert.deepEqual(JSON.parse(proj.script_json).extra, { keep: true }, "unknown keys kept");
    assert.deepEqual(proj.jianying_draft_dirs, ["/drafts/a"]);
    const finished = new TaskStore(db).finish(t.task_id, "failed", {
      phase: "error",
      message: "boom",
      error: {
        code: "X",
        reason: "X",
        message: "boom",
        segment_id: "s1",
        index: 1,
        stage: "tts",
        provider: "fake",
      },
    });
    assert.equal(finished.error?.segment_id, "s1");
    const latest = new TaskStore(db).list({ projectId: p.id, filter: "latest" });
    assert.deepEqual(latest.map((x) => x.task_id), [t.task_id]);
    assert.deepEqual(new TaskStore(db).list({ filter: "running" }), []);
    assert.equal(new ProjectStore(db).delete(p.id), true);
    assert.throws(() => new TaskStore(db).get(t.task_id), isErr("NOT_FOUND", /task/));
    assert.throws(() => new ProjectStore(db).get(p.id), isErr("NOT_FOUND", /project/));
    db.close();
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
