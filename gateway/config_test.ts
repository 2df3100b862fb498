import assert from "node:assert/strict";
import { DEFAULT_UPLOAD_MAX_BYTES, loadConfig } from "./config.ts";

Deno.test("loadConfig has embedded defaults", () => {
  const c = loadConfig({});
  assert.equal(c.port, 8000);
  assert.equal(c.orchestratorAddr, "127.0.0.1:50051");
  assert.equal(c.apiToken, undefined);
  assert.equal(c.uploadMaxBytes, DEFAULT_UPLOAD_MAX_BYTES);
  assert.equal(c.logLevel, "info");
});

Deno.test("loadConfig reads values and names the variable when one is bad", () => {
  const c = loadConfig({
    SACV_GATEWAY_PORT: "9001",
    SACV_API_TOKEN: "s3cret",
    SACV_UPLOAD_MAX_BYTES: "1024",
    SACV_ORCHESTRATOR_ADDR: "orchestrator:50051",
  });
  assert.equal(c.port, 9001);
  assert.equal(c.apiToken, "s3cret");
  assert.equal(c.uploadMaxBytes, 1024);
  assert.equal(c.orchestratorAddr, "orchestrator:50051");
  assert.throws(() => loadConfig({ SACV_GATEWAY_PORT: "http" }), /SACV_GATEWAY_PORT.*http/);
  assert.throws(() => loadConfig({ SACV_UPLOAD_MAX_BYTES: "0" }), /SACV_UPLOAD_MAX_BYTES/);
  assert.throws(() => loadConfig({ SACV_ORCHESTRATOR_ADDR: "nohost" }), /SACV_ORCHESTRATOR_ADDR/);
  assert.throws(() => loadConfig({ SACV_LOG_LEVEL: "loud" }), /SACV_LOG_LEVEL/);
});
