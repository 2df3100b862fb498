import assert from "node:assert/strict";
import { serve } from "./server.ts";
import { createClient, unary } from "./client.ts";
import { createLogger } from "./log.ts";
import { SacvError } from "./errors.ts";

const quiet = createLogger("test", { sink: () => {} });

Deno.test("serve answers health checks and reports NOT_SERVING once shut down", async () => {
  const running = await serve("127.0.0.1:0", { services: [], logger: quiet });
  const client = createClient("grpc.health.v1.Health", `127.0.0.1:${running.port}`);
  try {
    const res = await unary<{ service: string }, { status: string }>(client, "Check", {
      service: "",
    });
    assert.equal(res.status, "SERVING");
    running.setHealth("NOT_SERVING");
    const after = await unary<{ service: string }, { status: string }>(client, "Check", {
      service: "",
    });
    assert.equal(after.status, "NOT_SERVING");
    await assert.rejects(
      unary(client, "Check", { service: "nope.Service" }),
      (err: unknown) => err instanceof SacvError && err.status === "NOT_FOUND",
    );
  } finally {
    client.close();
    await running.shutdown(1000);
  }
});

Deno.test("shutdown completes within its deadline", async () => {
  const running = await serve("127.0.0.1:0", { services: [], logger: quiet });
  const t0 = performance.now();
  await running.shutdown(500);
  assert.ok(performance.now() - t0 < 2000);
});
