import assert from "node:assert/strict";
import { envAddr, envInt, listenAddr } from "./env.ts";

Deno.test("envInt parses integers in range and names the variable otherwise", () => {
  assert.equal(envInt({}, "X", 3), 3);
  assert.equal(envInt({ X: " 7 " }, "X", 3, { min: 1 }), 7);
  assert.throws(() => envInt({ X: "0" }, "X", 3, { min: 1 }), /'X'.*current value is 0/);
  assert.throws(() => envInt({ X: "2.5" }, "X", 3), /'X'/);
});

Deno.test("envAddr accepts host:port and dns targets, refuses junk", () => {
  assert.equal(envAddr({}, "A", "127.0.0.1:1"), "127.0.0.1:1");
  assert.equal(envAddr({ A: "dns:///tts:50052" }, "A", "x:1"), "dns:///tts:50052");
  assert.throws(() => envAddr({ A: "nohost" }, "A", "x:1"), /'A'.*nohost/);
  assert.throws(() => envAddr({ A: "h:99999" }, "A", "x:1"), /'A'/);
});

Deno.test("listenAddr binds loopback for service names unless 0.0.0.0 is asked for", () => {
  assert.equal(listenAddr("127.0.0.1:50052"), "127.0.0.1:50052");
  assert.equal(listenAddr("dns:///tts:50052"), "127.0.0.1:50052");
  assert.equal(listenAddr("orchestrator:50051"), "127.0.0.1:50051");
  assert.equal(listenAddr("0.0.0.0:50051"), "0.0.0.0:50051");
});
