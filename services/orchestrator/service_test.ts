import assert from "node:assert/strict";
import { join } from "node:path";
import { createClient, unary } from "../common/client.ts";
import { SacvError } from "../common/errors.ts";
import { createLogger } from "../common/log.ts";
import { readOutputVideo, uploadVideo, watchEvents } from "../../test/support/stack.ts";
import { type Orchestrator, startOrchestrator } from "./app.ts";
import type { Clients } from "./clients.ts";
import { loadConfig } from "./config.ts";
import type { Pipeline } from "./pipeline.ts";
import { parseScript } from "./script.ts";

const quiet = createLogger("test", { sink: () => {} });
const SCRIPT = { segments: [{ id: "s1", start_time: 0, end_time: 1, text: "hello", extra: 7 }] };

/** An orchestrator in this process with a fake TTS control plane and a file-writing pipeline. */
async function setup() {
  const dir = await Deno.realPath(await Deno.makeTempDir());
  const limits: number[] = [];
  let release: () => void = () => {};
  const gate = () => new Promise<void>((r) => (release = r));
  let wait = gate();
  const pipeline: Pipeline = async (ctx) => {
    ctx.emit("prepare_output", 10, "preparing");
    await new Promise<void>((resolve, reject) => {
      wait.then(resolve);
      ctx.signal.addEventListener("abort", () => reject(ctx.signal.reason), { once: true });
    });
    const rel = `out_${ctx.project.id}.mp4`;
    await Deno.writeFile(join(ctx.mediaRoot, rel), new Uint8Array(300_000).map((_, i) => i % 251));
    return { filePath: rel, data: { output_path: rel } };
  };
  const clients = {
    tts: {
      setGlobalLimit: (n: number) => (limits.push(n), Promise.resolve({})),
      listProviders: () =>
        Promise.resolve({ providers: [{ name: "fake" }], default_provider: "fake" }),
    },
    checkReady: () => Promise.resolve([{ name: "tts", ready: true, detail: "SERVING" }]),
    close() {},
  } as unknown as Clients;
  const config = loadConfig({
    SACV_ORCHESTRATOR_ADDR: "127.0.0.1:0",
    SACV_DATA_DIR: dir,
    SACV_TTS_MAX_WORKERS: "6",
    SACV_EVENTS_HEARTBEAT_MS: "50",
    SACV_DRAIN_MS: "0",
  });
  const orch: Orchestrator = await startOrchestrator(config, {
    clients,
    pipelines: { generate_video: pipeline, generate_jianying_draft: pipeline },
    parseScript,
    logger: quiet,
  });
  const client = createClient("sacv.orchestrator.v1.OrchestratorService", `127.0.0.1:${orch.port}`);
  const call = <T = Record<string, unknown>>(m: string, req: unknown) =>
    unary<unknown, T>(client, m, req);
  await Deno.writeFile(join(config.uploadsDir, "v.mp4"), new Uint8Array([1, 2, 3]));
  return {
    dir,
    config,
    client,
    call,
    limits,
    release: () => {
      release();
      wait = gate();
    },
    async cleanup() {
      client.close();
      await orch.stop();
      await Deno.remove(dir, { recursive: true });
    },
  };
}

const rejectsWith = (status: string, text: RegExp) => (e: unknown) =>
  e instanceof SacvError && e.status === status && text.test(e.message);

Deno.test("projects: paths and scripts are validated, unknown script keys kept", async () => {
  const s = await setup();
  try {
    await assert.rejects(
      s.call("CreateProject", { name: "p", video_path: "../etc/passwd" }),
      rejectsWith("INVALID_ARGUMENT", /video_path/),
    );
    await assert.rejects(
      s.call("CreateProject", { name: "p", video_path: "nope.mp4" }),
      rejectsWith("NOT_FOUND", /video_path.*nope\.mp4/),
    );
    await assert.rejects(
      s.call("CreateProject", { name: "", video_path: "v.mp4" }),
      rejectsWith("INVALID_ARGUMENT", /name/),
    );
    const bad = {
      segments: [{ id: "a", start_time: 0, end_time: 1, text: "x" }, {
        id: "b",
        start_time: 5,
        end_time: 2,
        text: "y",
      }],
    };
    await assert.rejects(
      s.call("CreateProject", { name: "p", video_path: "v.mp4", script_json: JSON.stringify(bad) }),
      rejectsWith("INVALID_ARGUMENT", /\bb\b.*end_time|end_time.*\bb\b/s),
    );
    await assert.rejects(
      s.call("CreateProject", { name: "p", video_path: "v.mp4", script_json: "{oops" }),
      rejectsWith("INVALID_ARGUMENT", /script_json/),
    );
    const p = await s.call<{ id: string; video_path: string }>("CreateProject", {
      name: "demo",
      video_path: join(s.config.uploadsDir, "v.mp4"),
    });
    assert.equal(p.video_path, "v.mp4");
    await assert.rejects(
      s.call("SubmitTask", { project_id: p.id, scope: "generate_video" }),
      rejectsWith("FAILED_PRECONDITION", /no script/),
    );
    const updated = await s.call<{ script_json: string }>("UpdateScript", {
      project_id: p.id,
      script_json: JSON.stringify(SCRIPT),
    });
    assert.equal(JSON.parse(updated.script_json).segments[0].extra, 7);
    const list = await s.call<{ projects: unknown[] }>("ListProjects", {});
    assert.equal(list.projects.length, 1);
    await assert.rejects(
      s.call("GetProject", { project_id: "missing" }),
      rejectsWith("NOT_FOUND", /missing/),
    );
  } finally {
    await s.cleanup();
  }
});

Deno.test("tasks over gRPC: dedup, events, output download, delete refused while active", async () => {
  const s = await setup();
  const watch = watchEvents(s.client);
  try {
    // One heartbeat when the stream opens, then one every SACV_EVENTS_HEARTBEAT_MS (50 ms here).
    await watch.waitFor(() => watch.events.filter((e) => e.type === "heartbeat").length >= 3, 5000);
    const p = await s.call<{ id: string }>("CreateProject", {
      name: "demo",
      video_path: "v.mp4",
      script_json: JSON.stringify(SCRIPT),
    });
    const req = {
      project_id: p.id,
      scope: "generate_video",
      tts: { provider: "fake", options: { latency_ms: "5" } },
    };
    const first = await s.call<{ task: { task_id: string }; existing: boolean }>("SubmitTask", req);
    const again = await s.call<{ task: { task_id: string }; existing: boolean }>("SubmitTask", req);
    assert.equal(first.existing, false);
    assert.equal(again.existing, true);
    assert.equal(again.task.task_id, first.task.task_id);
    await watch.waitFor((e) => e.task_id === first.task.task_id && e.phase === "prepare_output");
    await assert.rejects(
      s.call("DeleteProject", { project_id: p.id }),
      rejectsWith("FAILED_PRECONDITION", /cancel it first/),
    );
    const running = await s.call<{ tasks: { task_id: string }[] }>("ListTasks", {
      project_id: p.id,
      filter: "running",
    });
    assert.deepEqual(running.tasks.map((t) => t.task_id), [first.task.task_id]);
    await assert.rejects(
      s.call("ListTasks", { filter: "weird" }),
      rejectsWith("INVALID_ARGUMENT", /filter/),
    );
    await assert.rejects(
      s.call("SubmitTask", { project_id: p.id, scope: "render" }),
      rejectsWith("INVALID_ARGUMENT", /scope/),
    );
    s.release();
    const done = await watch.waitFor((e) =>
      e.task_id === first.task.task_id && e.type === "completed"
    );
    assert.equal(JSON.parse(done.data_json).output_path, `out_${p.id}.mp4`);
    const task = await s.call<{ status: string; progress: number }>("GetTask", {
      task_id: first.task.task_id,
    });
    assert.deepEqual([task.status, task.progress], ["completed", 100]);
    const whole = await readOutputVideo(s.client, p.id);
    assert.equal(whole.totalSize, 300_000);
    assert.equal(whole.bytes.length, 300_000);
    const part = await readOutputVideo(s.client, p.id, 1000, 10);
    assert.deepEqual([...part.bytes], [...whole.bytes.subarray(1000, 1010)]);
    await assert.rejects(
      readOutputVideo(s.client, p.id, 400_000),
      rejectsWith("INVALID_ARGUMENT", /offset/),
    );
    assert.deepEqual(await s.call("DeleteProject", { project_id: p.id }), { deleted: true });
  } finally {
    watch.close();
    await s.cleanup();
  }
});

Deno.test("uploads land in the media root under a unique name; bad uploads leave nothing", async () => {
  const s = await setup();
  try {
    const bytes = new Uint8Array(200_000).fill(7);
    const res = await uploadVideo(s.client, "../我的 视频.MP4", bytes, 50_000);
    assert.equal(res.size, 200_000);
    assert.match(res.video_path, /^[0-9a-f-]{36}_我的_视频\.MP4$/);
    assert.deepEqual(await Deno.readFile(join(s.config.uploadsDir, res.video_path)), bytes);
    await assert.rejects(
      uploadVideo(s.client, "notes.txt", bytes),
      rejectsWith("INVALID_ARGUMENT", /filename/),
    );
    await assert.rejects(
      uploadVideo(s.client, "empty.mp4", new Uint8Array(0)),
      rejectsWith("INVALID_ARGUMENT", /empty/),
    );
    // A client that gives up mid-upload leaves nothing behind either.
    const parts = () =>
      [...Deno.readDirSync(s.config.uploadsDir)].filter((e) => e.name.endsWith(".part")).length;
    const waitParts = async (n: number) => {
      const deadline = Date.now() + 5000;
      while (parts() !== n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} partial uploads`);
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    const partial = (s.client.UploadVideo as (cb: () => void) => {
      write(m: unknown): void;
      cancel(): void;
    })(() => {});
    partial.write({ filename: "half.mp4", data: bytes.subarray(0, 1000) });
    await waitParts(1);
    partial.cancel();
    await waitParts(0);
    const names = [...Deno.readDirSync(s.config.uploadsDir)].map((e) => e.name).sort();
    assert.deepEqual(names, [res.video_path, "v.mp4"].sort(), "no temp files left");
  } finally {
    await s.cleanup();
  }
});

Deno.test("concurrency over gRPC: precedence, live push of the tts limit, unknown scopes refused", async () => {
  const s = await setup();
  try {
    type State = {
      config: Record<string, { max_workers: number; override: boolean }>;
      effective: Record<string, { max_workers: number; source: string }>;
    };
    const st = await s.call<State>("GetConcurrency", {});
    assert.deepEqual(st.effective.tts, { max_workers: 6, source: "env" });
    assert.equal(st.config.tts.override, false);
    const deadline = Date.now() + 5000;
    while (!s.limits.includes(6) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10));
    }
    assert.ok(s.limits.includes(6), "the env value is pushed at start-up");
    const up = await s.call<State>("UpdateConcurrency", {
      scopes: { tts: { max_workers: 3 }, generate_video: { max_workers: 2, override: true } },
    });
    assert.deepEqual(up.effective.tts, { max_workers: 3, source: "user" });
    assert.deepEqual(up.effective.generate_video, { max_workers: 2, source: "user" });
    while (s.limits.at(-1) !== 3 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10));
    }
    assert.equal(s.limits.at(-1), 3);
    await assert.rejects(
      s.call("UpdateConcurrency", { scopes: { tts: { max_workers: 0 } } }),
      rejectsWith("INVALID_ARGUMENT", /tts\.max_workers/),
    );
    await assert.rejects(
      s.call("ResizeConcurrency", { scopes: ["gpu"] }),
      (e: unknown) => e instanceof SacvError && e.reason === "UNKNOWN_SCOPE",
    );
    assert.deepEqual(await s.call("ResizeConcurrency", { scopes: [] }), {
      scopes: ["generate_video", "generate_jianying_draft", "tts"],
    });
    const ready = await s.call<{ ready: boolean; dependencies: { name: string }[] }>(
      "CheckReady",
      {},
    );
    assert.equal(ready.ready, true);
    assert.deepEqual(ready.dependencies.map((d) => d.name), ["orchestrator", "tts"]);
    const providers = await s.call<{ default_provider: string }>("ListTtsProviders", {});
    assert.equal(providers.default_provider, "fake");
  } finally {
    await s.cleanup();
  }
});
