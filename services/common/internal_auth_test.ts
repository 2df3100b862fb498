import assert from "node:assert/strict";
import { serve } from "./server.ts";
import { createClient, unary } from "./client.ts";
import { createLogger } from "./log.ts";
import { SacvError } from "./errors.ts";

const quiet = createLogger("test", { sink: () => {} });
const impl = {
  Probe(_call: unknown, cb: (err: null, res: unknown) => void) {
    cb(null, { duration: 1 });
  },
};

Deno.test("with an internal token, calls without it or with a wrong one are refused; health stays open", async () => {
  const running = await serve("127.0.0.1:0", {
    services: [{ name: "sacv.media.v1.MediaService", impl }],
    logger: quiet,
    internalToken: "s3cret-令牌",
  });
  const addr = `127.0.0.1:${running.port}`;
  const clients = {
    none: createClient("sacv.media.v1.MediaService", addr, {}, { internalToken: "" }),
    wrong: createClient("sacv.media.v1.MediaService", addr, {}, { internalToken: "s3cret-令" }),
    right: createClient("sacv.media.v1.MediaService", addr, {}, { internalToken: "s3cret-令牌" }),
    health: createClient("grpc.health.v1.Health", addr, {}, { internalToken: "" }),
  };
  try {
    for (const c of [clients.none, clients.wrong]) {
      await assert.rejects(
        unary(c, "Probe", { path: "a.mp4" }, { timeoutMs: 5_000 }),
        (err: unknown) =>
          err instanceof SacvError && err.status === "UNAUTHENTICATED" &&
          err.reason === "INTERNAL_TOKEN",
      );
    }
    const res = await unary<unknown, { duration: number }>(clients.right, "Probe", {
      path: "a.mp4",
    });
    assert.equal(res.duration, 1);
    const health = await unary<unknown, { status: string }>(clients.health, "Check", {
      service: "",
    });
    assert.equal(health.status, "SERVING");
  } finally {
    for (const c of Object.values(clients)) c.close();
    await running.shutdown(1000);
  }
});
