// The superAIAutoCutVideo frontend's narration flow replayed against the real stack (TTS with
// the Tencent provider on our TC3-checking emulator, media, orchestrator, gateway), written from
// the upstream source (frontend/src/services/*.ts, App.tsx, hooks/useProjects.ts and the
// project-edit hooks): each call as the frontend makes it, from another origin, and each field
// it reads checked for presence and type. 27 checks; see docs/frontend.md for the list.
import assert from "node:assert/strict";
import { join } from "node:path";
import { spawnGateway, startGatewayStack } from "./support/gateway.ts";
import { makeVideo } from "./support/media_fixtures.ts";
import { startTencentEmulator } from "./tencent_emulator.ts";
import {
  upstreamSeesActive,
  upstreamSeesFinished,
  upstreamWsEnds,
} from "./support/upstream_task_state.ts";

const ORIGIN = "http://localhost:5173";
const ENV_ID = "AKIDenvironment";
const ENV_KEY = "env-secret";
const SAVED_ID = "AKIDsavedThroughTheApi";
const SAVED_KEY = "saved-secret-key";
const VOICE = "101002";

// deno-lint-ignore no-explicit-any
type Json = any;

/** A fetch as the frontend's ApiClient makes it (JSON content type, from its dev origin). */
async function api(base: string, method: string, path: string, body?: unknown): Promise<{
  status: number;
  json: Json;
  headers: Headers;
}> {
  const res = await fetch(base + path, {
    method,
    headers: { "Content-Type": "application/json", Origin: ORIGIN },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  // A browser only lets the page read a cross-origin answer that allows its origin.
  assert.ok(res.headers.get("access-control-allow-origin"), `${method} ${path}: no CORS header`);
  return { status: res.status, json: text ? JSON.parse(text) : null, headers: res.headers };
}

const isStr = (v: unknown) => typeof v === "string";
const isNum = (v: unknown) => typeof v === "number" && Number.isFinite(v);

/** The fields of a Project the upstream frontend reads, with their types. */
function assertProjectShape(p: Json): void {
  for (const k of ["id", "name", "narration_type", "status", "created_at", "updated_at"]) {
    assert.ok(isStr(p[k]), `project.${k} is a string`);
  }
  assert.ok(["subtitle", "visual"].includes(p.project_type), "project_type");
  assert.ok(["draft", "processing", "completed", "failed"].includes(p.status), "status");
  assert.ok(Array.isArray(p.video_paths), "video_paths");
  assert.equal(typeof p.video_names, "object", "video_names");
  assert.ok(Array.isArray(p.jianying_draft_dirs), "jianying_draft_dirs");
  for (
    const k of ["video_path", "merged_video_path", "output_video_path", "jianying_draft_last_dir"]
  ) {
    assert.ok(p[k] === null || isStr(p[k]), `project.${k} is a string or null`);
  }
  assert.ok("description" in p && "script" in p, "description and script present");
}

/** Collects `/ws` messages as the frontend's WebSocketClient does (no project filter). */
function socket(base: string) {
  const ws = new WebSocket(base.replace(/^http/, "ws") + "/ws");
  const seen: Json[] = [];
  let wake = () => {};
  ws.onmessage = (e) => {
    seen.push(JSON.parse(e.data));
    wake();
  };
  const opened = new Promise<void>((res, rej) => {
    ws.onopen = () => res();
    ws.onerror = () => rej(new Error("ws error"));
  });
  return {
    ws,
    seen,
    opened,
    async waitFor(pred: (m: Json) => boolean, what: string, ms = 60_000): Promise<Json> {
      const deadline = Date.now() + ms;
      for (;;) {
        const hit = seen.find(pred);
        if (hit) return hit;
        if (Date.now() > deadline) throw new Error(`no ws message: ${what}`);
        await new Promise<void>((r) => {
          const t = setTimeout(r, 200);
          wake = () => (clearTimeout(t), r());
        });
      }
    },
  };
}

Deno.test("superAIAutoCutVideo narration flow: 27 compatible calls", async (t) => {
  const emu = await startTencentEmulator({
    credentials: { [ENV_ID]: ENV_KEY, [SAVED_ID]: SAVED_KEY },
  });
  const s = await startGatewayStack({
    ttsEnv: {
      SACV_TTS_ENABLE_FAKE: "1",
      SACV_TENCENT_TTS_ENDPOINT: emu.endpoint,
      SACV_TENCENT_TTS_PROTOCOL: "http://",
      TENCENTCLOUD_SECRET_ID: ENV_ID,
      TENCENTCLOUD_SECRET_KEY: ENV_KEY,
    },
  });
  const base = s.gateway.url;
  const tmp = await Deno.makeTempDir({ prefix: "sacv-contract-" });
  const passed: string[] = [];
  const check = async (name: string, fn: () => Promise<void>) => {
    if (await t.step(name, fn)) passed.push(name);
  };
  const ws = socket(base);
  let id = "";
  let uploadedPath = "";
  const script = {
    version: "1.0",
    total_duration: 4,
    segments: [
      { id: "1", start_time: 0, end_time: 2, text: "这是第一段解说，声音来自腾讯。" },
      { id: "2", start_time: 2, end_time: 4, text: "播放原片", OST: 1 },
    ],
  };
  try {
    await check("01 CORS preflight from another origin (JSON POST)", async () => {
      const res = await fetch(`${base}/api/projects`, {
        method: "OPTIONS",
        headers: {
          Origin: ORIGIN,
          "Access-Control-Request-Method": "POST",
          "Access-Control-Request-Headers": "content-type",
        },
      });
      await res.body?.cancel();
      assert.equal(res.status, 204);
      assert.equal(res.headers.get("access-control-allow-origin"), "*");
      assert.match(res.headers.get("access-control-allow-methods") ?? "", /POST/);
      assert.match(res.headers.get("access-control-allow-headers") ?? "", /content-type/i);
    });

    await check("02 CORS answered before auth (token set, origin list)", async () => {
      const g = await spawnGateway(s.stack.orchestrator.addr, {
        SACV_API_TOKEN: "tok",
        SACV_CORS_ORIGINS: `${ORIGIN},http://127.0.0.1:1420`,
      });
      try {
        const pre = await fetch(`${g.url}/api/projects`, {
          method: "OPTIONS",
          headers: {
            Origin: ORIGIN,
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "authorization",
          },
        });
        await pre.body?.cancel();
        assert.equal(pre.status, 204);
        assert.equal(pre.headers.get("access-control-allow-origin"), ORIGIN);
        const denied = await fetch(`${g.url}/api/projects`, { headers: { Origin: ORIGIN } });
        assert.equal(denied.status, 401);
        assert.equal(denied.headers.get("access-control-allow-origin"), ORIGIN);
        await denied.body?.cancel();
        const other = await fetch(`${g.url}/api/projects`, {
          method: "OPTIONS",
          headers: { Origin: "http://evil.example", "Access-Control-Request-Method": "GET" },
        });
        await other.body?.cancel();
        assert.equal(other.headers.get("access-control-allow-origin"), null);
      } finally {
        await g.stop();
      }
    });

    await check("03 handshake: /api/server/info identifies the backend, /api/hello", async () => {
      const info = await api(base, "GET", "/api/server/info");
      assert.equal(info.status, 200);
      assert.equal(info.json.data.identifier, "super-auto-cut-video-backend");
      assert.ok(isStr(info.json.data.version) && isStr(info.json.data.host));
      assert.equal(info.json.data.port, Number(new URL(base).port));
      const hello = await api(base, "GET", "/api/hello");
      assert.equal(hello.status, 200);
      assert.ok(isStr(hello.json.message));
    });

    await check(
      "04 LLM copywriting, ASR and scene extraction answer 501 naming the feature",
      async () => {
        for (
          const [path, feature] of [
            ["/api/projects/generate-copywriting", "LLM copywriting"],
            ["/api/projects/generate-script", "LLM script generation"],
            ["/api/projects/x/extract-subtitle", "ASR subtitle extraction"],
            ["/api/projects/x/extract-scene", "scene extraction"],
          ]
        ) {
          const r = await api(base, "POST", path, {});
          assert.equal(r.status, 501, path);
          assert.match(r.json.detail, new RegExp(feature), path);
        }
      },
    );

    await check("05 WebSocket opens (no project filter) and answers ping with pong", async () => {
      await ws.opened;
      ws.ws.send(JSON.stringify({ type: "ping", timestamp: new Date().toISOString() }));
      const pong = await ws.waitFor((m) => m.type === "pong", "pong", 10_000);
      assert.ok(isStr(pong.timestamp));
    });

    await check("06 GET /api/projects lists projects as data[]", async () => {
      const r = await api(base, "GET", "/api/projects");
      assert.equal(r.status, 200);
      assert.ok(Array.isArray(r.json.data));
    });

    await check(
      "07 POST /api/projects {name, description, project_type, narration_type}",
      async () => {
        const r = await api(base, "POST", "/api/projects", {
          name: "契约测试 🎬",
          description: "上游前端创建",
          narration_type: "电影解说",
          project_type: "subtitle",
        });
        assert.equal(r.status, 200);
        assertProjectShape(r.json.data);
        assert.equal(r.json.data.narration_type, "电影解说");
        assert.equal(r.json.data.status, "draft");
        assert.deepEqual(r.json.data.video_paths, []);
        id = r.json.data.id;
      },
    );

    await check("08 GET /api/projects/:id has every field the frontend reads", async () => {
      const r = await api(base, "GET", `/api/projects/${id}`);
      assertProjectShape(r.json.data);
      assert.equal(r.json.data.description, "上游前端创建");
    });

    await check("09 POST /api/projects/:id updates fields partially", async () => {
      const r = await api(base, "POST", `/api/projects/${id}`, {
        narration_film_context: "人物：阿明",
        script_language: "中文",
        original_ratio: 30,
      });
      assert.equal(r.status, 200);
      assertProjectShape(r.json.data);
      const again = (await api(base, "GET", `/api/projects/${id}`)).json.data;
      assert.equal(again.narration_film_context, "人物：阿明");
      assert.equal(again.script_language, "zh");
      assert.equal(again.original_ratio, 30);
      assert.equal(again.name, "契约测试 🎬", "fields not given are unchanged");
    });

    const src = join(tmp, "源视频.mp4");
    await makeVideo(src, { duration: 4, width: 160, height: 120 });
    const bytes = await Deno.readFile(src);
    const half = Math.ceil(bytes.length / 2);
    await check("10 chunked upload: two multipart chunks bound to the project", async () => {
      for (const [i, part] of [[0, bytes.subarray(0, half)], [1, bytes.subarray(half)]] as const) {
        const form = new FormData();
        form.append("upload_id", "c0ffee-upload");
        form.append("chunk_index", String(i));
        form.append("total_chunks", "2");
        form.append("file_name", "源视频.mp4");
        form.append("file_size", String(bytes.length));
        form.append("chunk", new File([part], "源视频.mp4"));
        const res = await fetch(`${base}/api/projects/${id}/upload/video/chunk`, {
          method: "POST",
          headers: { Origin: ORIGIN },
          body: form,
        });
        const j = await res.json();
        assert.equal(res.status, 200, JSON.stringify(j));
        assert.equal(j.data.chunk_index, i);
        assert.equal(j.data.uploaded_chunks, i + 1);
      }
    });

    await check(
      "11 upload complete answers {file_path, file_name, file_size, upload_time}",
      async () => {
        const r = await api(base, "POST", `/api/projects/${id}/upload/video/complete`, {
          upload_id: "c0ffee-upload",
          file_name: "源视频.mp4",
          file_size: bytes.length,
          total_chunks: 2,
        });
        assert.equal(r.status, 200, JSON.stringify(r.json));
        const d = r.json.data;
        assert.ok(isStr(d.file_path) && isStr(d.upload_time));
        assert.equal(d.file_name, "源视频.mp4");
        assert.equal(d.file_size, bytes.length);
        const p = (await api(base, "GET", `/api/projects/${id}`)).json.data;
        assert.equal(p.video_path, d.file_path);
        assert.deepEqual(p.video_paths, [d.file_path]);
        assert.equal(p.video_names[d.file_path], "源视频.mp4");
        assert.equal(p.video_current_name, "源视频.mp4");
        uploadedPath = d.file_path;
      },
    );

    await check("12 GET /api/projects/:id/video/stream plays with Range", async () => {
      const res = await fetch(`${base}/api/projects/${id}/video/stream?v=1`, {
        headers: { Range: "bytes=0-99", Origin: ORIGIN },
      });
      assert.equal(res.status, 206);
      assert.equal(res.headers.get("content-range"), `bytes 0-99/${bytes.length}`);
      assert.deepEqual(new Uint8Array(await res.arrayBuffer()), bytes.subarray(0, 100));
      assert.ok(uploadedPath.endsWith(".mp4"));
    });

    await check("13 SRT upload marks the subtitle ready (the generate step's gate)", async () => {
      const form = new FormData();
      form.append("file", new File(["1\n00:00:00,000 --> 00:00:02,000\n你好\n"], "字幕.srt"));
      const res = await fetch(`${base}/api/projects/${id}/upload/subtitle`, {
        method: "POST",
        headers: { Origin: ORIGIN },
        body: form,
      });
      const j = await res.json();
      assert.equal(res.status, 200, JSON.stringify(j));
      assert.ok(isStr(j.data.file_path) && isStr(j.data.upload_time));
      const p = (await api(base, "GET", `/api/projects/${id}`)).json.data;
      assert.equal(p.subtitle_status, "ready");
      assert.ok(isStr(p.subtitle_path));
      const sub = await api(base, "GET", `/api/projects/${id}/subtitle`);
      assert.deepEqual(sub.json.data.segments, [{
        id: "1",
        start_time: 0,
        end_time: 2,
        text: "你好",
      }]);
      assert.equal(sub.json.data.subtitle_meta.status, "ready");
    });

    await check("14 POST /api/projects/:id/script answers the saved script as data", async () => {
      const r = await api(base, "POST", `/api/projects/${id}/script`, { script });
      assert.equal(r.status, 200, JSON.stringify(r.json));
      assert.equal(r.json.data.version, "1.0");
      assert.equal(r.json.data.segments.length, 2);
      assert.equal(r.json.data.segments[0].text, script.segments[0].text);
      assert.equal(r.json.data.id, undefined, "not the project");
      const p = (await api(base, "GET", `/api/projects/${id}`)).json.data;
      assert.equal(p.script.segments[1].OST, 1);
    });

    await check("15 GET /api/tts/engines lists engines with display names", async () => {
      const r = await api(base, "GET", "/api/tts/engines");
      assert.equal(r.json.success, true);
      const tencent = r.json.data.find((e: Json) => e.provider === "tencent_tts");
      assert.ok(tencent && isStr(tencent.display_name) && isStr(tencent.description));
    });

    await check("16 GET /api/tts/configs answers {configs, active_config_id}", async () => {
      const r = await api(base, "GET", "/api/tts/configs");
      assert.equal(r.json.success, true);
      assert.equal(typeof r.json.data.configs, "object");
      const active = r.json.data.active_config_id;
      assert.ok(isStr(active) && r.json.data.configs[active], "an active config the page can show");
      assert.ok(isNum(r.json.data.configs[active].speed_ratio));
    });

    await check("17 PATCH credentials: saved server-side (0600), read back masked", async () => {
      const r = await api(base, "PATCH", "/api/tts/configs/tencent_tts_default", {
        provider: "tencent_tts",
        secret_id: SAVED_ID,
        secret_key: SAVED_KEY,
        region: "ap-guangzhou",
      });
      assert.equal(r.json.success, true);
      assert.equal(r.json.data.secret_id, "***");
      assert.equal(r.json.data.secret_key, "***");
      const all = JSON.stringify((await api(base, "GET", "/api/tts/configs")).json);
      assert.ok(!all.includes(SAVED_ID) && !all.includes(SAVED_KEY), "secrets never echoed");
      const file = join(s.stack.dataDir, "tts_configs.json");
      assert.equal((await Deno.stat(file)).mode! & 0o777, 0o600);
      const logs = s.gateway.stderr() + s.stack.orchestrator.stderr();
      assert.ok(!logs.includes(SAVED_KEY), "secrets never logged");
    });

    await check("18 POST /api/tts/configs/:id/activate makes it the active config", async () => {
      const r = await api(base, "POST", "/api/tts/configs/tencent_tts_default/activate");
      assert.equal(r.json.success, true);
      const c = await api(base, "GET", "/api/tts/configs");
      assert.equal(c.json.data.active_config_id, "tencent_tts_default");
      assert.equal(c.json.data.configs.tencent_tts_default.enabled, true);
    });

    await check("19 voices of the engine; choose a voice and a speed", async () => {
      const v = await api(base, "GET", "/api/tts/voices?provider=tencent_tts");
      assert.equal(v.json.success, true);
      const voice = v.json.data.find((x: Json) => x.id === VOICE);
      assert.ok(voice && isStr(voice.name) && isStr(voice.language));
      const r = await api(base, "PATCH", "/api/tts/configs/tencent_tts_default", {
        active_voice_id: VOICE,
        speed_ratio: 1.2,
      });
      assert.equal(r.json.data.active_voice_id, VOICE);
      assert.equal(r.json.data.speed_ratio, 1.2);
      assert.equal(r.json.data.secret_key, "***", "credentials kept");
    });

    await check("20 POST /api/tts/configs/:id/test reports success", async () => {
      const r = await api(base, "POST", "/api/tts/configs/tencent_tts_default/test");
      assert.equal(r.json.success, true, JSON.stringify(r.json));
      assert.equal(r.json.data.success, true);
      assert.equal(r.json.data.provider, "tencent_tts");
      assert.ok(isStr(r.json.data.message));
    });

    await check("21 voice preview: POST answers audio_url, GET plays WAV", async () => {
      const r = await api(base, "POST", `/api/tts/voices/${VOICE}/preview`, {
        config_id: "tencent_tts_default",
        provider: "tencent_tts",
        text: "您好，欢迎使用智能配音。",
      });
      assert.equal(r.json.success, true, JSON.stringify(r.json));
      assert.ok(isStr(r.json.data.audio_url) && r.json.data.audio_url.startsWith("/"));
      const audio = await fetch(base + r.json.data.audio_url, { headers: { Origin: ORIGIN } });
      assert.equal(audio.status, 200);
      assert.equal(audio.headers.get("content-type"), "audio/wav");
      const wav = new Uint8Array(await audio.arrayBuffer());
      assert.equal(new TextDecoder().decode(wav.subarray(0, 4)), "RIFF");
    });

    await check("22 PUT /api/generate/concurrency with max_workers keeps override", async () => {
      const before = (await api(base, "GET", "/api/generate/concurrency")).json.data;
      const r = await api(base, "PUT", "/api/generate/concurrency", {
        generate_video: { max_workers: 2 },
      });
      assert.equal(r.status, 200);
      assert.equal(r.json.data.config.generate_video.max_workers, 2);
      assert.equal(
        r.json.data.config.generate_video.override,
        before.config.generate_video.override,
      );
    });

    let videoTask = "";
    await check(
      "23 generate-video: task_id, WS progress to completed, the active config's voice",
      async () => {
        emu.reset();
        const r = await api(base, "POST", `/api/projects/${id}/generate-video`);
        assert.equal(r.status, 200, JSON.stringify(r.json));
        assert.equal(r.json.data.scope, "generate_video");
        videoTask = r.json.data.task_id;
        const mine = (m: Json) =>
          m.scope === "generate_video" && m.project_id === id && m.task_id === videoTask;
        const done = await ws.waitFor(
          (m) => mine(m) && m.type !== "progress",
          "terminal event",
          120_000,
        );
        assert.equal(done.type, "completed", JSON.stringify(done));
        const progress = ws.seen.filter((m) => mine(m) && m.type === "progress").map((m) =>
          m.progress
        );
        assert.ok(progress.length >= 2, "progress events");
        assert.ok(
          progress.every((p, i) => isNum(p) && (i === 0 || p >= progress[i - 1])),
          "never backwards",
        );
        const tts = emu.requests.filter((q) => q.action === "TextToVoice" && q.outcome === "OK");
        assert.ok(tts.length >= 1, "the narration went to Tencent (the active config's provider)");
        assert.ok(
          tts.every((q) => q.body.VoiceType === Number(VOICE)),
          "the active config's voice",
        );
        assert.ok(tts.every((q) => q.body.Speed === 1), "speed 1.2 is Tencent level 1");
        assert.ok(
          tts.every((q) => q.secretId === SAVED_ID),
          "signed with the credentials saved through the API, not the environment's",
        );
      },
    );

    await check(
      "24 tasks/running and tasks/latest carry status, type, progress, timestamp",
      async () => {
        const latest = (await api(base, "GET", `/api/projects/${id}/tasks/latest`)).json.data;
        const t = latest.generate_video;
        assert.equal(t.task_id, videoTask);
        assert.equal(t.status, "completed");
        assert.equal(t.type, "completed");
        assert.ok(isNum(t.progress) && isStr(t.timestamp) && isStr(t.message));
        const running = (await api(base, "GET", `/api/projects/${id}/tasks/running`)).json.data;
        for (
          const scope of [
            "generate_video",
            "generate_jianying_draft",
            "generate_copywriting",
            "generate_script",
            "extract_scene",
          ]
        ) {
          assert.equal(running[scope], null, scope);
        }
        const p = (await api(base, "GET", `/api/projects/${id}`)).json.data;
        assert.equal(p.status, "completed");
        assert.ok(isStr(p.output_video_path));
      },
    );

    await check("25 output-video/download serves the MP4 as an attachment", async () => {
      const res = await fetch(`${base}/api/projects/${id}/output-video/download?v=2`, {
        headers: { Origin: ORIGIN },
      });
      assert.equal(res.status, 200);
      assert.match(res.headers.get("content-disposition") ?? "", /^attachment; filename=/);
      const mp4 = new Uint8Array(await res.arrayBuffer());
      assert.equal(new TextDecoder().decode(mp4.subarray(4, 8)), "ftyp");
    });

    await check(
      "26 Jianying draft path (get, set, detect); draft sets jianying_draft_last_dir",
      async () => {
        const got = await api(base, "GET", "/api/jianying/draft-path");
        assert.equal(got.json.success, true);
        assert.ok("path" in got.json.data && typeof got.json.data.exists === "boolean");
        const set = await api(base, "PATCH", "/api/jianying/draft-path", { path: "我的草稿" });
        assert.equal(set.json.success, true, JSON.stringify(set.json));
        assert.equal(set.json.data.path, join(s.stack.dataDir, "我的草稿"));
        const outside = await api(base, "PATCH", "/api/jianying/draft-path", { path: "/etc" });
        assert.equal(outside.status, 422);
        assert.equal(outside.json.field, "path");
        const det = await api(base, "POST", "/api/jianying/detect-draft-path");
        assert.ok(Array.isArray(det.json.data.candidates));
        const r = await api(base, "POST", `/api/projects/${id}/generate-jianying-draft`);
        const task = r.json.data.task_id;
        const done = await ws.waitFor(
          (m) => m.task_id === task && m.type !== "progress",
          "draft terminal event",
          120_000,
        );
        assert.equal(done.type, "completed", JSON.stringify(done));
        const p = (await api(base, "GET", `/api/projects/${id}`)).json.data;
        // Draft folders are reported relative to the data dir, like jianying_draft_dirs.
        const last = join(s.stack.dataDir, p.jianying_draft_last_dir);
        assert.ok(last.startsWith(join(s.stack.dataDir, "我的草稿")), p.jianying_draft_last_dir);
        assert.equal(p.jianying_draft_last_dir, p.jianying_draft_dirs.at(-1));
        await Deno.stat(join(last, "draft_info.json"));
      },
    );

    await check("27 POST /api/projects/:id/delete answers {success}", async () => {
      const r = await api(base, "POST", `/api/projects/${id}/delete`);
      assert.equal(r.json.success, true);
      assert.equal((await api(base, "GET", `/api/projects/${id}`)).status, 404);
    });
  } finally {
    ws.ws.close();
    await s.stop();
    await emu.close();
    await Deno.remove(tmp, { recursive: true }).catch(() => {});
  }
  console.log(`superAIAutoCutVideo narration flow: ${passed.length}/27 compatible`);
  assert.equal(passed.length, 27);
});

Deno.test("superAIAutoCutVideo task polling: a queued task is active, an interrupted one finished", async (t) => {
  // One generate_video worker: the second project's task really waits in the queue while the
  // first one is held in TTS (the fake provider's latency), until the orchestrator stops.
  // No drain on SIGTERM: the running task is interrupted at once; not resumed, so it stays the
  // project's latest task (a resumed one would be a new, active task).
  const s = await startGatewayStack({
    orchestratorEnv: {
      SACV_GENERATE_VIDEO_MAX_WORKERS: "1",
      SACV_DRAIN_MS: "0",
      SACV_RESUME_INTERRUPTED: "0",
    },
  });
  const base = s.gateway.url;
  const tmp = await Deno.makeTempDir({ prefix: "sacv-contract-queue-" });
  const ws = socket(base);
  try {
    await ws.opened;
    const src = join(tmp, "源.mp4");
    await makeVideo(src, { duration: 1, width: 160, height: 120 });
    const { video_path } = await s.api.uploadFile(src);
    const script = { segments: [{ id: "1", start_time: 0, end_time: 1, text: "排队的解说。" }] };
    const slow = { tts: { provider: "fake", options: { latency_ms: "60000" } } };
    const ids: string[] = [];
    const tasks: string[] = [];
    for (const name of ["先到的项目", "排队的项目 🎬"]) {
      const p = await s.api.post<{ id: string }>("/api/projects", { name, video_path, script });
      ids.push(p.id);
      const r = await api(base, "POST", `/api/projects/${p.id}/generate-video`, slow);
      assert.equal(r.status, 200, JSON.stringify(r.json));
      tasks.push(r.json.data.task_id);
    }
    const [first, second] = ids;

    await t.step("tasks/running shows the queued task as active (type progress)", async () => {
      const running = (await api(base, "GET", `/api/projects/${second}/tasks/running`)).json.data;
      const q = running.generate_video;
      assert.equal(q.task_id, tasks[1]);
      assert.equal(q.status, "queued", "really queued behind the one worker");
      assert.equal(q.type, "progress");
      assert.ok(isNum(q.progress) && isStr(q.timestamp) && isStr(q.message));
      assert.ok(upstreamSeesActive(q), "the frontend shows it as generating");
      const latest = (await api(base, "GET", `/api/projects/${second}/tasks/latest`)).json.data;
      assert.equal(latest.generate_video.status, "queued");
      assert.ok(!upstreamSeesFinished(latest.generate_video), "its polling goes on");
      const one = (await api(base, "GET", `/api/tasks/${tasks[1]}`)).json.data;
      assert.deepEqual([one.status, one.type], ["queued", "progress"]);
      const hello = await ws.waitFor((m) => m.task_id === tasks[1], "the queued task's event");
      assert.equal(hello.type, "progress", JSON.stringify(hello));
      assert.ok(!upstreamWsEnds(hello));
    });

    await t.step(
      "after an orchestrator stop, tasks/latest shows the interrupted task finished",
      async () => {
        await s.stack.restartOrchestrator();
        // The gateway reconnects on its own; poll until it answers from the new process.
        const deadline = Date.now() + 30_000;
        let latest: Json = null;
        for (;;) {
          const r = await api(base, "GET", `/api/projects/${first}/tasks/latest`);
          latest = r.json?.data?.generate_video;
          if (r.status === 200 && latest?.status !== "processing") break;
          assert.ok(
            Date.now() < deadline,
            `no answer after the restart: ${JSON.stringify(r.json)}`,
          );
          await new Promise((r) => setTimeout(r, 200));
        }
        assert.equal(latest.task_id, tasks[0]);
        assert.equal(latest.status, "interrupted");
        assert.equal(latest.type, "error");
        assert.ok(isStr(latest.timestamp) && isStr(latest.message));
        assert.ok(upstreamSeesFinished(latest), "the frontend stops polling it");
        assert.ok(!upstreamSeesActive(latest));
        const running = (await api(base, "GET", `/api/projects/${first}/tasks/running`)).json.data;
        assert.equal(running.generate_video, null, "nothing left running for the frontend");
      },
    );
  } finally {
    ws.ws.close();
    await s.stop();
    await Deno.remove(tmp, { recursive: true }).catch(() => {});
  }
});
