import assert from "node:assert/strict";
import { Validator } from "@seriousme/openapi-schema-validator";
import { harness } from "./testing.ts";
import { createApp } from "./app.ts";
import { createOrchestratorApi } from "./orchestrator.ts";
import { createLogger } from "../services/common/log.ts";

Deno.test("/openapi.json validates as OpenAPI 3.0 and lists every route the app serves", async () => {
  const h = await harness();
  try {
    const res = await fetch(`${h.url}/openapi.json`);
    assert.equal(res.status, 200);
    const doc = await res.json();
    const result = await new Validator().validate(doc);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 1)?.slice(0, 2000));

    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, object>)) {
      for (const method of Object.keys(ops)) documented.add(`${method.toUpperCase()} ${path}`);
    }
    const orchestrator = createOrchestratorApi("127.0.0.1:1");
    const { app } = createApp({ orchestrator, logger: createLogger("t", { sink: () => {} }) });
    const served = new Set(
      app.routes
        .filter((r) => r.method !== "ALL")
        .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z_]+)/g, "{$1}")}`),
    );
    orchestrator.close();
    const missing = [...served].filter((r) => !documented.has(r));
    assert.deepEqual(missing, [], "every served route is in /openapi.json");
    const extra = [...documented].filter((r) => !served.has(r));
    assert.deepEqual(extra, [], "nothing documented that is not served");
    assert.ok(served.size > 60, `${served.size} routes`);
    // Both surfaces are there and tell apart.
    assert.equal(doc.paths["/api/server/info"].get.tags[0], "superAIAutoCutVideo");
    assert.equal(doc.paths["/api/projects"].post.tags[0], "projects");
    // The schemas that validate requests are the ones documented.
    const ref: string = doc.paths["/api/projects"].post.requestBody.content["application/json"]
      .schema.$ref;
    const create = doc.components.schemas[ref.split("/").pop()!];
    assert.deepEqual(create.required, ["name"]);
    assert.deepEqual(create.properties.narration_type.enum, ["短剧解说", "电影解说"]);

    const page = await fetch(`${h.url}/docs`);
    assert.match(await page.text(), /swagger-ui-bundle\.js/);
    const js = await fetch(`${h.url}/docs/assets/swagger-ui-bundle.js`);
    assert.equal(js.status, 200);
    assert.ok((await js.arrayBuffer()).byteLength > 100_000, "served from the npm package");
    const nope = await fetch(`${h.url}/docs/assets/..%2f..%2fdeno.json`);
    assert.equal(nope.status, 404);
    await nope.body?.cancel();
  } finally {
    await h.close();
  }
});
