import assert from "node:assert/strict";
import { call, harness } from "./testing.ts";

Deno.test("GET /metrics counts requests per route pattern (never per id), behind the token", async () => {
  const h = await harness({ token: "t0k" });
  const auth = { authorization: "Bearer t0k" };
  try {
    await call(h, "GET", "/api/projects/段1-🎬", undefined, auth);
    await call(h, "GET", "/api/projects/another-id", undefined, auth);
    const refused = await fetch(`${h.url}/metrics`);
    assert.equal(refused.status, 401);
    await refused.body?.cancel();
    const res = await fetch(`${h.url}/metrics`, { headers: auth });
    assert.equal(res.status, 200);
    const text = await res.text();
    const line = text.split("\n").find((l) =>
      l.startsWith("sacv_gateway_http_requests_total{") && l.includes('route="/api/projects/:id"')
    );
    assert.ok(line, text.slice(0, 2000));
    assert.ok(Number(line.split(" ").pop()) >= 2, line);
    assert.ok(!text.includes("段1"), "ids never become labels");
    assert.match(text, /sacv_gateway_http_request_duration_seconds_bucket\{/);
  } finally {
    await h.close();
  }
});
