import assert from "node:assert/strict";
import { harness } from "./testing.ts";
import { createApp } from "./app.ts";
import { createOrchestratorApi } from "./orchestrator.ts";
import { createLogger } from "../services/common/log.ts";

// deno-lint-ignore no-explicit-any
type Msg = any;

function messages(ws: WebSocket): { next(pred: (m: Msg) => boolean): Promise<Msg> } {
  const seen: unknown[] = [];
  const waiters: { pred: (m: unknown) => boolean; resolve: (m: unknown) => void }[] = [];
  ws.onmessage = (e) => {
    const m = JSON.parse(e.data);
    seen.push(m);
    for (const w of [...waiters]) {
      if (w.pred(m)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  };
  return {
    next(pred) {
      const found = seen.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ pred, resolve }));
    },
  };
}

async function until(cond: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

Deno.test("ws relays filtered events with parsed data, heartbeats, and closes the stream", async () => {
  const h = await harness();
  try {
    const ws = new WebSocket(`${h.url.replace("http", "ws")}/ws?project_id=p1`);
    const inbox = messages(ws);
    await inbox.next((m) => m.type === "heartbeat" && m.message === "subscribed");
    await until(() => h.fake.watchers.size === 1, "the gRPC watch stream");
    h.fake.emit({ project_id: "p2", task_id: "other", phase: "start" });
    h.fake.emit({
      project_id: "p1",
      task_id: "t1",
      scope: "generate_video",
      phase: "tts_generate",
      progress: 30,
      data_json: JSON.stringify({ total: 3 }),
    });
    const ev = await inbox.next((m) => m.type === "progress");
    assert.equal(ev.task_id, "t1");
    assert.deepEqual(ev.data, { total: 3 });
    assert.equal(ev.progress, 30);
    // A second heartbeat arrives on the interval.
    await inbox.next((m) => m.type === "heartbeat" && m.message === "");
    ws.close();
    await until(() => h.fake.watchers.size === 0, "the gRPC stream to be cancelled");
  } finally {
    await h.close();
  }
});

Deno.test("bearer token guards the API and the socket; health probes stay open", async () => {
  const h = await harness({ token: "s3cret" });
  try {
    const none = await fetch(`${h.url}/api/projects`);
    assert.equal(none.status, 401);
    assert.equal((await none.json()).code, "UNAUTHENTICATED");
    const wrong = await fetch(`${h.url}/api/projects`, {
      headers: { authorization: "Bearer nope" },
    });
    assert.equal(wrong.status, 401);
    await wrong.body?.cancel();
    const right = await fetch(`${h.url}/api/projects`, {
      headers: { authorization: "Bearer s3cret" },
    });
    assert.equal(right.status, 200);
    await right.body?.cancel();
    assert.equal((await fetch(`${h.url}/healthz`).then((r) => r.json())).data.status, "ok");
    const noTokenWs = await fetch(`${h.url}/ws`, { headers: { upgrade: "websocket" } });
    assert.equal(noTokenWs.status, 401);
    await noTokenWs.body?.cancel();
    const ws = new WebSocket(`${h.url.replace("http", "ws")}/ws?token=s3cret`);
    const inbox = messages(ws);
    await inbox.next((m) => m.type === "heartbeat");
    ws.close();
    await until(() => h.fake.watchers.size === 0, "the stream to close");
  } finally {
    await h.close();
  }
});

Deno.test("readyz reports the orchestrator's dependencies and 503 when it is down", async () => {
  const h = await harness();
  try {
    const ready = await fetch(`${h.url}/readyz`);
    assert.equal(ready.status, 200);
    assert.equal((await ready.json()).data.ready, true);
    h.fake.ready = false;
    const notReady = await fetch(`${h.url}/readyz`);
    assert.equal(notReady.status, 503);
    assert.equal((await notReady.json()).data.dependencies[0].name, "tts");
  } finally {
    await h.close();
  }
});

Deno.test("readyz and the API answer 503 when the orchestrator cannot be reached", async () => {
  // A port nothing listens on. (Stopping a server under a live client session would send
  // GOAWAY, which crashes Deno 2.9.6's node:http2 layer: denoland/deno#36788.)
  const probe = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const addr = `127.0.0.1:${(probe.addr as Deno.NetAddr).port}`;
  probe.close();
  const orchestrator = createOrchestratorApi(addr);
  const { app } = createApp({ orchestrator, logger: createLogger("gw", { sink: () => {} }) });
  try {
    const down = await app.request("/readyz");
    assert.equal(down.status, 503);
    const body = await down.json();
    assert.equal(body.data.dependencies[0].name, "orchestrator");
    assert.equal(body.data.dependencies[0].ready, false);
    const api = await app.request("/api/projects");
    assert.equal(api.status, 503);
    assert.equal((await api.json()).code, "UNAVAILABLE");
  } finally {
    orchestrator.close();
  }
});
