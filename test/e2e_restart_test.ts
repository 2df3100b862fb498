// A service restart does not take its callers down: the gateway keeps serving across an
// orchestrator restart (shutdown drains without HTTP/2 GOAWAY, which crashes Deno clients).
import assert from "node:assert/strict";
import { join } from "node:path";
import { startGatewayStack } from "./support/gateway.ts";
import { makeVideo } from "./support/media_fixtures.ts";

Deno.test("the gateway survives an orchestrator restart and serves the same data after it", async () => {
  const s = await startGatewayStack();
  try {
    await makeVideo(join(s.stack.mediaRoot, "src.mp4"), { duration: 1 });
    const created = await fetch(`${s.gateway.url}/api/projects`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "restart", video_path: "src.mp4" }),
    });
    assert.equal(created.status, 200);
    const project = (await created.json()).data as { id: string };

    await s.stack.restartOrchestrator();

    // The gateway's channel reconnects on its own; poll until it answers (bounded).
    const deadline = Date.now() + 20_000;
    let res: Response | undefined;
    for (;;) {
      res = await fetch(`${s.gateway.url}/api/projects/${project.id}`);
      if (res.status === 200 || Date.now() > deadline) break;
      await res.body?.cancel();
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(res.status, 200, `gateway answered ${res.status}: ${s.gateway.stderr()}`);
    assert.equal((await res.json()).data.name, "restart");
    const health = await fetch(`${s.gateway.url}/healthz`);
    await health.body?.cancel();
    assert.equal(health.status, 200, "the gateway process is still up");
  } finally {
    await s.stop();
  }
});
