import assert from "node:assert/strict";
import { call, harness } from "./testing.ts";

Deno.test("projects: envelope, create/list/get/delete, unknown ids 404", async () => {
  const h = await harness();
  try {
    const script = { segments: [{ id: "1", start_time: 0, end_time: 2, text: "你好" }], extra: 1 };
    const created = await call(h, "POST", "/api/projects", {
      name: "demo",
      video_path: "in.mp4",
      script,
      unknown_field: "ignored",
    });
    assert.equal(created.status, 200);
    assert.equal(typeof created.json.message, "string");
    assert.ok(!Number.isNaN(Date.parse(created.json.timestamp)));
    const p = created.json.data;
    assert.deepEqual(p.script, script);
    assert.equal(p.output_video_path, null);
    assert.deepEqual(
      (await call(h, "GET", "/api/projects")).json.data.map((x: { id: string }) => x.id),
      [
        p.id,
      ],
    );
    assert.equal((await call(h, "GET", `/api/projects/${p.id}`)).json.data.name, "demo");
    const missing = await call(h, "GET", "/api/projects/nope");
    assert.equal(missing.status, 404);
    assert.equal(missing.json.code, "PROJECT_NOT_FOUND");
    assert.match(missing.json.detail, /nope/);
    assert.equal((await call(h, "GET", "/api/tasks/nope")).status, 404);
    assert.equal((await call(h, "GET", "/api/nothing-here")).status, 404);
    assert.deepEqual((await call(h, "DELETE", `/api/projects/${p.id}`)).json.data, {
      deleted: true,
    });
    assert.equal((await call(h, "DELETE", `/api/projects/${p.id}`)).status, 404);
  } finally {
    await h.close();
  }
});

Deno.test("bad bodies: malformed JSON 400, wrong types 422 naming the field, paths 400", async () => {
  const h = await harness();
  try {
    const bad = await call(h, "POST", "/api/projects", '{"name": "x",');
    assert.equal(bad.status, 400);
    assert.equal(bad.json.code, "MALFORMED_JSON");
    assert.equal(Object.keys(bad.json).sort().join(), "code,detail");
    const wrongType = await call(h, "POST", "/api/projects", { name: 5, video_path: "a.mp4" });
    assert.equal(wrongType.status, 422);
    assert.equal(wrongType.json.field, "name");
    assert.match(wrongType.json.detail, /'name' must be a string, got number/);
    // video_path is optional (a project may get its video by upload); name is not.
    const missing = await call(h, "POST", "/api/projects", { video_path: "a.mp4" });
    assert.equal(missing.status, 422);
    assert.equal(missing.json.code, "MISSING_FIELD");
    assert.equal(missing.json.field, "name");
    const badType = await call(h, "POST", "/api/projects", { name: "x", project_type: "audio" });
    assert.equal(badType.status, 422);
    assert.equal(badType.json.field, "project_type");
    const seg = await call(h, "POST", "/api/projects", {
      name: "x",
      video_path: "a.mp4",
      script: { segments: [{ id: "1" }, 7] },
    });
    assert.equal(seg.status, 422);
    assert.equal(seg.json.field, "script.segments[1]");
    const outside = await call(h, "POST", "/api/projects", {
      name: "x",
      video_path: "../etc/passwd",
    });
    assert.equal(outside.status, 400);
    assert.equal(outside.json.code, "PATH_OUTSIDE_ROOT");
    assert.equal((await call(h, "POST", "/api/projects", [1, 2])).status, 422);
    assert.equal(h.fake.projects.size, 0);
  } finally {
    await h.close();
  }
});

Deno.test("tasks: submit, dedup returns the same task, running/latest, cancel scopes", async () => {
  const h = await harness();
  try {
    const p =
      (await call(h, "POST", "/api/projects", { name: "x", video_path: "a.mp4" })).json.data;
    const first = await call(h, "POST", `/api/projects/${p.id}/generate-video`, {
      tts: { provider: "fake", speed: 1.2, options: { latency_ms: 5 } },
    });
    assert.equal(first.status, 200);
    assert.equal(first.json.data.scope, "generate_video");
    assert.deepEqual(h.fake.lastSubmit?.tts, {
      provider: "fake",
      voice: "",
      speed: 1.2,
      options: { latency_ms: "5" },
    });
    const again = await call(h, "POST", `/api/projects/${p.id}/generate-video`);
    assert.equal(again.status, 200);
    assert.equal(again.json.data.task_id, first.json.data.task_id);
    assert.match(again.json.message, /already exists/);
    const badTts = await call(h, "POST", `/api/projects/${p.id}/generate-video`, {
      tts: { speed: "fast" },
    });
    assert.equal(badTts.status, 422);
    assert.equal(badTts.json.field, "tts.speed");
    const draft = await call(h, "POST", `/api/projects/${p.id}/generate-jianying-draft`, {
      draft_dir: "/tmp/drafts",
    });
    assert.equal(draft.json.data.scope, "generate_jianying_draft");
    assert.equal(h.fake.lastSubmit?.draft_dir, "/tmp/drafts");

    const running = await call(h, "GET", `/api/projects/${p.id}/tasks/running`);
    assert.equal(running.json.data.generate_video.task_id, first.json.data.task_id);
    assert.equal(running.json.data.generate_jianying_draft.task_id, draft.json.data.task_id);
    assert.equal((await call(h, "GET", "/api/projects/nope/tasks/running")).status, 404);

    const unknownScope = await call(h, "POST", `/api/projects/${p.id}/tasks/cancel`, {
      scope: "x",
    });
    assert.equal(unknownScope.status, 400);
    assert.equal(unknownScope.json.code, "UNKNOWN_SCOPE");
    const cancelled = await call(h, "POST", `/api/projects/${p.id}/tasks/cancel`, {
      scope: "generate_video",
    });
    assert.deepEqual(cancelled.json.data, {
      scope: "generate_video",
      task_id: first.json.data.task_id,
      cancelled: true,
    });
    const after = await call(h, "GET", `/api/projects/${p.id}/tasks/running`);
    assert.equal(after.json.data.generate_video, null);
    const latest = await call(h, "GET", `/api/projects/${p.id}/tasks/latest`);
    assert.equal(latest.json.data.generate_video.status, "cancelled");
    const task = await call(h, "GET", `/api/tasks/${first.json.data.task_id}`);
    assert.equal(task.json.data.project_id, p.id);
  } finally {
    await h.close();
  }
});

Deno.test("concurrency: PUT validates scopes and types, resize refuses unknown scopes", async () => {
  const h = await harness();
  try {
    const got = await call(h, "GET", "/api/generate/concurrency");
    assert.equal(got.json.data.config.tts.max_workers, 4);
    const put = await call(h, "PUT", "/api/generate/concurrency", {
      tts: { max_workers: 7, override: true },
      allow_same_project_parallel: true,
    });
    assert.equal(put.status, 200);
    assert.deepEqual(put.json.data.config.tts, { max_workers: 7, override: true });
    const wrong = await call(h, "PUT", "/api/generate/concurrency", {
      tts: { max_workers: "many" },
    });
    assert.equal(wrong.status, 422);
    assert.equal(wrong.json.field, "tts.max_workers");
    assert.equal(
      (await call(h, "PUT", "/api/generate/concurrency", { tts: { max_workers: 0 } })).status,
      422,
    );
    const unknown = await call(h, "PUT", "/api/generate/concurrency", {
      render: { max_workers: 2 },
    });
    assert.equal(unknown.status, 400);
    const resize = await call(h, "POST", "/api/generate/concurrency/resize", { scopes: ["tts"] });
    assert.deepEqual(resize.json.data, { scopes: ["tts"] });
    const badResize = await call(h, "POST", "/api/generate/concurrency/resize", {
      scopes: ["nope"],
    });
    assert.equal(badResize.status, 400);
    assert.equal(badResize.json.code, "UNKNOWN_SCOPE");
    assert.equal(h.fake.concurrency.config.tts.max_workers, 7);
  } finally {
    await h.close();
  }
});

Deno.test("tasks: subtitles and output options reach SubmitTask; bad ones are a 422 naming the field", async () => {
  const h = await harness();
  try {
    const p =
      (await call(h, "POST", "/api/projects", { name: "x", video_path: "a.mp4" })).json.data;
    const path = `/api/projects/${p.id}/generate-video`;
    for (
      const [body, field] of [
        [{ output: { aspect: "4:3" } }, "output.aspect"],
        [{ output: { width: 641 } }, "output.width"],
        [{ output: { height: 8 } }, "output.height"],
        [{ output: { fit: "stretch" } }, "output.fit"],
        [{ output: { fps: 0 } }, "output.fps"],
        [{ subtitles: { burn: "yes" } }, "subtitles.burn"],
        [{ subtitles: { burn: true, position: "左下" } }, "subtitles.position"],
        [{ subtitles: { burn: true, font_size: 1000 } }, "subtitles.font_size"],
        [{ subtitles: { burn: true, outline: -1 } }, "subtitles.outline"],
      ] as const
    ) {
      const res = await call(h, "POST", path, body);
      assert.equal(res.status, 422, JSON.stringify(body));
      assert.equal(res.json.field, field, JSON.stringify(res.json));
    }
    assert.equal(h.fake.lastSubmit as unknown, undefined);
    const ok = await call(h, "POST", path, {
      subtitles: { burn: true, font_size: 30, position: "top", outline: 0 },
      output: { aspect: "9:16", fit: "fill", fps: 30 },
    });
    assert.equal(ok.status, 200);
    const sent = h.fake.lastSubmit as unknown as Record<string, unknown>;
    const { _outline: _, ...style } = sent.subtitles as Record<string, unknown>;
    assert.deepEqual(style, {
      burn: true,
      font_size: 30,
      position: "top",
      outline: 0,
    });
    assert.deepEqual(sent.output, {
      aspect: "9:16",
      width: 0,
      height: 0,
      fit: "fill",
      fps: 30,
    });
  } finally {
    await h.close();
  }
});
