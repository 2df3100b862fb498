// Hostile input through every HTTP route, ours and the superAIAutoCutVideo surface, against the
// real four-process stack: Chinese, emoji, control characters, NUL, lone surrogates, path tricks
// and 10 KB strings in every path parameter, query parameter and body field the OpenAPI
// document declares, plus multipart names and fields. No answer may be a 5xx other than the
// intended 501s; afterwards every service is ready and none has exited.
import assert from "node:assert/strict";
import { join } from "node:path";
import { startGatewayStack } from "./support/gateway.ts";
import { makeVideo } from "./support/media_fixtures.ts";

const HOSTILE: readonly string[] = [
  "段1-中文",
  "😀🎬👩‍👩‍👧",
  "\u0001\u0007\u001b[31m\u007f",
  "a\u0000b",
  "\ud800",
  "../../../etc/passwd",
  "%2e%2e%2f%00",
  "x".repeat(10 * 1024),
];

/** A path segment for a hostile value; lone surrogates cannot be encoded, so send raw bytes. */
function segment(v: string): string {
  try {
    return encodeURIComponent(v);
  } catch {
    return "%ED%A0%80";
  }
}

// deno-lint-ignore no-explicit-any
type Json = any;

function alive(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(Deno.readTextFileSync(`/proc/${pid}/status`));
  } catch {
    return false;
  }
}

Deno.test("hostile input through every HTTP route: no unintended 5xx, every service still up", async () => {
  const s = await startGatewayStack({ ttsEnv: { SACV_TTS_ENABLE_FAKE: "1" } });
  const base = s.gateway.url;
  const pids = {
    gateway: s.gateway.pid,
    orchestrator: s.stack.orchestrator.pid,
    tts: s.stack.tts.pid,
    media: s.stack.media.pid,
  };
  const bad: string[] = [];
  let sent = 0;
  const send = async (method: string, path: string, init: RequestInit = {}) => {
    sent++;
    let res: Response;
    try {
      res = await fetch(base + path, { method, ...init });
    } catch (err) {
      bad.push(`${method} ${path.slice(0, 80)}: transport ${err}`);
      return;
    }
    const text = await res.text();
    const intended = res.status === 501 && /not supported/.test(text);
    if (res.status >= 500 && !intended) {
      bad.push(`${method} ${path.slice(0, 80)} → ${res.status} ${text.slice(0, 160)}`);
    }
  };
  try {
    await makeVideo(join(s.stack.mediaRoot, "v.mp4"), { duration: 2, width: 160, height: 120 });
    const created = await (await fetch(`${base}/api/projects`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        name: "hostile",
        video_path: "v.mp4",
        script: { segments: [{ id: "1", start_time: 0, end_time: 1, text: "你好" }] },
      }),
    })).json();
    const id: string = created.data.id;
    const doc = await (await fetch(`${base}/openapi.json`)).json();
    const json = (body: unknown) => ({
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const valid: Record<string, string> = {
      id,
      task_id: "t",
      config_id: "local_tts_default",
      voice_id: "cmn",
      preview_id: "eyJ2IjoiY21uIiwicCI6ImxvY2FsIn0",
      file: "swagger-ui.css",
    };
    const schemaOf = (op: Json) => {
      const sch = op.requestBody?.content?.["application/json"]?.schema;
      if (!sch) return undefined;
      return sch.$ref ? doc.components.schemas[sch.$ref.split("/").pop()] : sch;
    };

    for (const [rawPath, ops] of Object.entries(doc.paths as Record<string, Json>)) {
      if (rawPath === "/ws") continue;
      for (const [method, op] of Object.entries(ops as Record<string, Json>)) {
        const M = method.toUpperCase();
        const params = [...rawPath.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const fill = (over: Record<string, string> = {}) =>
          rawPath.replace(/\{(\w+)\}/g, (_, p) => over[p] ?? segment(valid[p] ?? "x"));
        const schema = schemaOf(op);
        const jsonBody = schema ? json({}) : {};
        // Path parameters, one at a time.
        for (const p of params) {
          for (const v of HOSTILE) await send(M, fill({ [p]: segment(v) }), jsonBody);
        }
        // Query parameters the document declares.
        for (const q of (op.parameters ?? []).filter((x: Json) => x.in === "query")) {
          for (const v of HOSTILE) {
            await send(M, `${fill()}?${q.name}=${segment(v)}`, jsonBody);
          }
        }
        // Body fields, one at a time, as strings, objects and arrays.
        if (schema) {
          for (const field of Object.keys(schema.properties ?? {})) {
            for (const v of HOSTILE) {
              await send(M, fill(), json({ [field]: v }));
              await send(M, fill(), json({ [field]: { [v]: v } }));
            }
            await send(M, fill(), json({ [field]: [HOSTILE] }));
            await send(M, fill(), json({ [field]: -1e308 }));
          }
          for (const body of ['"中文"', "[]", "null", '{"a":', "\u0000", "{".repeat(5000)]) {
            await send(M, fill(), { headers: { "content-type": "application/json" }, body });
          }
        }
      }
    }

    // Multipart: hostile file names and chunk fields; hostile Range and Origin headers.
    for (const v of HOSTILE) {
      const up = new FormData();
      up.append("file", new File(["x"], `${v}.mp4`));
      await send("POST", "/api/uploads/video", { body: up });
      const sub = new FormData();
      sub.append("file", new File([v], `${v}.srt`));
      await send("POST", `/api/projects/${id}/upload/subtitle`, { body: sub });
      for (const field of ["upload_id", "chunk_index", "total_chunks", "file_name", "file_size"]) {
        const form = new FormData();
        const fields: Record<string, string> = {
          upload_id: "u1",
          chunk_index: "0",
          total_chunks: "1",
          file_name: "a.mp4",
          file_size: "1",
          [field]: v,
        };
        for (const [k, val] of Object.entries(fields)) form.append(k, val);
        form.append("chunk", new File(["x"], "a.mp4"));
        await send("POST", `/api/projects/${id}/upload/video/chunk`, { body: form });
      }
      // fetch sends only byte strings; raw UTF-8 and control bytes go over TCP below.
      const printable = (x: string) => x.replace(/[^\x20-\x7e]/g, "?");
      await send("GET", `/api/projects/${id}/video/stream`, {
        headers: { range: printable(`bytes=${v}`) },
      });
      await send("GET", "/api/projects", { headers: { origin: printable(`http://${v}`) } });
      const conn = await Deno.connect({ hostname: "127.0.0.1", port: Number(new URL(base).port) });
      const head = new TextEncoder().encode(
        `GET /api/projects/${id}/video/stream HTTP/1.1\r\nHost: x\r\nRange: bytes=${v}\r\n` +
          `Origin: http://${v.replace(/[\r\n]/g, "")}\r\nConnection: close\r\n\r\n`,
      );
      for (let at = 0; at < head.length;) at += await conn.write(head.subarray(at));
      const buf = new Uint8Array(64);
      const n = await conn.read(buf).catch(() => null);
      conn.close();
      sent++;
      const status = n ? new TextDecoder().decode(buf.subarray(0, n)).split(" ")[1] : "closed";
      if (status.startsWith("5")) {
        bad.push(`raw Range/Origin ${JSON.stringify(v.slice(0, 20))} → ${status}`);
      }
      await new Promise<void>((done) => {
        const ws = new WebSocket(`${base.replace("http", "ws")}/ws?project_id=${segment(v)}`);
        ws.onopen = () => ws.close();
        ws.onclose = () => done();
        ws.onerror = () => {};
      });
    }

    console.log(`  ${sent} hostile requests, ${bad.length} unintended 5xx`);
    assert.deepEqual(bad, [], bad.slice(0, 20).join("\n"));
    const ready = await fetch(`${base}/readyz`);
    const r = await ready.json();
    assert.equal(ready.status, 200, JSON.stringify(r));
    assert.deepEqual(r.data.dependencies.map((d: Json) => d.ready), [true, true, true]);
    for (const [name, pid] of Object.entries(pids)) assert.ok(alive(pid), `${name} still running`);
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
  } finally {
    await s.stop();
  }
});
