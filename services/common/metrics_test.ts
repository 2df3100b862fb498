import assert from "node:assert/strict";
import { Counter } from "prom-client";
import { metricsRegistry, serveMetrics } from "./metrics.ts";
import { createLogger } from "./log.ts";

const quiet = createLogger("test", { sink: () => {} });

Deno.test("serveMetrics exposes the process registry with default and custom series", async () => {
  const reg = metricsRegistry("test");
  const hits = new Counter({
    name: "sacv_test_hits_total",
    help: "hits",
    labelNames: ["id"],
    registers: [reg],
  });
  hits.inc({ id: "段1 🎬" }, 2);
  const server = await serveMetrics("127.0.0.1:0", quiet);
  assert.ok(server);
  try {
    const res = await fetch(`http://127.0.0.1:${server.port}/metrics`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /text\/plain/);
    const text = await res.text();
    assert.match(text, /sacv_test_hits_total\{id="段1 🎬",service="test"\} 2/);
    assert.match(text, /sacv_process_resident_memory_bytes\{service="test"\} \d+/);
    const missing = await fetch(`http://127.0.0.1:${server.port}/other`);
    assert.equal(missing.status, 404);
    await missing.body?.cancel();
  } finally {
    await server.close();
  }
});

Deno.test("serveMetrics skips a port it cannot bind instead of failing", async () => {
  const first = await serveMetrics("127.0.0.1:0", quiet);
  assert.ok(first);
  try {
    assert.equal(await serveMetrics(`127.0.0.1:${first.port}`, quiet), undefined);
    assert.equal(await serveMetrics("off", quiet), undefined);
  } finally {
    await first.close();
  }
});
