// A TTS config saved through the gateway drives what the orchestrator sends to the TTS service:
// provider, voice, speed and the saved credentials on every synthesis (tasks, connection test,
// preview), and a changed key reaches the next task without a restart. The TTS service here is
// an in-process gRPC server that records what arrives; media, orchestrator and gateway are real.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import type * as grpc from "@grpc/grpc-js";
import { join } from "node:path";
import { serve } from "../services/common/server.ts";
import { createLogger } from "../services/common/log.ts";
import { encodeWav } from "../services/tts/wav.ts";
import { spawnService } from "./support/spawn_service.ts";
import { spawnGateway } from "./support/gateway.ts";
import { makeVideo } from "./support/media_fixtures.ts";

// deno-lint-ignore no-explicit-any
type Req = any;

/** A TTS service that answers with 1 s of silence and records every request. */
async function recordingTts() {
  const seen: Req[] = [];
  const wav = (ms: number) =>
    Buffer.from(encodeWav({
      sampleRate: 16000,
      channels: 1,
      samples: new Int16Array(16 * ms),
    }));
  const result = (r: Req) => ({
    request_id: r.request_id,
    audio: wav(1000),
    codec: "wav",
    sample_rate: 16000,
    duration_ms: 1000,
    provider: r.provider || "fake",
    attempts: 1,
    cached: false,
    voice: r.voice,
  });
  const limits = { global_limit: 4, global_in_flight: 0, global_queued: 0, providers: [] };
  const server = await serve("127.0.0.1:0", {
    logger: createLogger("recording-tts", { sink: () => {} }),
    internalToken: "",
    services: [{
      name: "sacv.tts.v1.TtsService",
      impl: {
        Synthesize(call: grpc.ServerUnaryCall<Req, unknown>, cb: grpc.sendUnaryData<unknown>) {
          seen.push({ rpc: "Synthesize", ...call.request });
          cb(null, result(call.request));
        },
        SynthesizeStream(call: grpc.ServerDuplexStream<Req, unknown>) {
          call.on("data", (r: Req) => {
            seen.push({ rpc: "SynthesizeStream", ...r });
            call.write({ result: result(r) });
          });
          call.on("end", () => call.end());
        },
        PreviewVoice(call: grpc.ServerUnaryCall<Req, unknown>, cb: grpc.sendUnaryData<unknown>) {
          seen.push({ rpc: "PreviewVoice", ...call.request });
          cb(null, result({ ...call.request, request_id: "" }));
        },
        ListVoices(call: grpc.ServerUnaryCall<Req, unknown>, cb: grpc.sendUnaryData<unknown>) {
          seen.push({ rpc: "ListVoices", ...call.request });
          cb(null, { provider: call.request.provider, voices: [], source: "builtin" });
        },
        GetLimits: (_c: unknown, cb: grpc.sendUnaryData<unknown>) => cb(null, limits),
        SetLimits: (_c: unknown, cb: grpc.sendUnaryData<unknown>) => cb(null, limits),
        ListProviders: (_c: unknown, cb: grpc.sendUnaryData<unknown>) =>
          cb(null, {
            default_provider: "fake",
            providers: [{ name: "tencent", available: true, voices: [] }, {
              name: "fake",
              available: true,
            }],
          }),
      },
    }],
  });
  return { addr: `127.0.0.1:${server.port}`, seen, stop: () => server.shutdown(500) };
}

async function call(base: string, method: string, path: string, body?: unknown) {
  const res = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

async function until(pred: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await pred())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

Deno.test("saved TTS config: provider, voice, speed and credentials reach the TTS service per request", async () => {
  const dataDir = await Deno.realPath(await Deno.makeTempDir({ prefix: "sacv-creds-" }));
  const mediaRoot = join(dataDir, "uploads");
  await Deno.mkdir(mediaRoot);
  const tts = await recordingTts();
  const media = await spawnService("media", { SACV_UPLOADS_DIR: mediaRoot });
  const orch = await spawnService("orchestrator", {
    SACV_TTS_ADDR: tts.addr,
    SACV_MEDIA_ADDR: media.addr,
    SACV_DATA_DIR: dataDir,
    SACV_UPLOADS_DIR: mediaRoot,
  });
  const gw = await spawnGateway(orch.addr);
  try {
    const base = gw.url;
    await makeVideo(join(mediaRoot, "v.mp4"), { duration: 2, width: 160, height: 120 });
    const project = (await call(base, "POST", "/api/projects", {
      name: "creds",
      video_path: "v.mp4",
      script: { segments: [{ id: "a", start_time: 0, end_time: 1.5, text: "你好" }] },
    })).json.data;
    const saved = await call(base, "PATCH", "/api/tts/configs/tencent_tts_default", {
      provider: "tencent_tts",
      secret_id: "AKID-one",
      secret_key: "key-one",
      region: "ap-shanghai",
      active_voice_id: "101004",
      speed_ratio: 1.5,
    });
    assert.equal(saved.status, 200);
    await call(base, "POST", "/api/tts/configs/tencent_tts_default/activate");

    const runTask = async () => {
      const before = tts.seen.length;
      const t = (await call(base, "POST", `/api/projects/${project.id}/generate-video`)).json.data;
      await until(async () => {
        const task = (await call(base, "GET", `/api/tasks/${t.task_id}`)).json.data;
        return ["completed", "failed"].includes(task.status);
      }, "the task to end");
      const task = (await call(base, "GET", `/api/tasks/${t.task_id}`)).json.data;
      assert.equal(task.status, "completed", JSON.stringify(task));
      return tts.seen.slice(before).filter((r) => r.rpc === "SynthesizeStream");
    };

    const first = await runTask();
    assert.equal(first.length, 1);
    assert.equal(first[0].provider, "tencent");
    assert.equal(first[0].voice, "101004");
    assert.equal(first[0].speed, 1.5);
    assert.equal(first[0].credentials?.secret_id, "AKID-one");
    assert.equal(first[0].credentials?.secret_key, "key-one");
    assert.equal(first[0].credentials?.region, "ap-shanghai");

    // A new key is used by the next task, without restarting anything.
    await call(base, "PATCH", "/api/tts/configs/tencent_tts_default", { secret_key: "key-two" });
    const second = await runTask();
    assert.equal(second[0].credentials?.secret_key, "key-two");
    assert.equal(second[0].credentials?.secret_id, "AKID-one", "'***'-free patch kept the id");

    // The connection test and the preview use the same credentials.
    const test = await call(base, "POST", "/api/tts/configs/tencent_tts_default/test");
    assert.equal(test.json.data.success, true);
    const preview = await call(base, "POST", "/api/tts/voices/101001/preview", {
      config_id: "tencent_tts_default",
    });
    assert.equal(preview.json.success, true);
    const test2 = tts.seen.filter((r) => r.rpc === "Synthesize");
    assert.equal(test2.length, 1);
    assert.equal(test2[0].credentials?.secret_key, "key-two");
    const previews = tts.seen.filter((r) => r.rpc === "PreviewVoice");
    assert.equal(previews.length, 1);
    assert.equal(previews[0].credentials?.secret_key, "key-two");
    assert.equal(previews[0].provider, "tencent");
    assert.equal(previews[0].voice, "101001");
    const voices = await call(base, "GET", "/api/tts/voices?provider=tencent_tts");
    assert.equal(voices.json.success, true);
    const listed = tts.seen.filter((r) => r.rpc === "ListVoices");
    assert.equal(
      listed[0].credentials?.secret_id,
      "AKID-one",
      "voices asked with the saved account",
    );

    // A request naming its own provider gets no stored defaults; another provider no secrets.
    const named = tts.seen.length;
    const t = (await call(base, "POST", `/api/projects/${project.id}/generate-video`, {
      tts: { provider: "fake" },
    })).json.data;
    await until(
      async () =>
        (await call(base, "GET", `/api/tasks/${t.task_id}`)).json.data.status === "completed",
      "task",
    );
    const fake = tts.seen.slice(named).filter((r) => r.rpc === "SynthesizeStream");
    assert.equal(fake[0].provider, "fake");
    assert.equal(fake[0].credentials, null);
    assert.ok(
      !gw.stderr().includes("key-two") && !orch.stderr().includes("key-two"),
      "never logged",
    );
  } finally {
    await gw.stop();
    await orch.stop();
    await media.stop();
    await tts.stop();
    await Deno.remove(dataDir, { recursive: true }).catch(() => {});
  }
});
