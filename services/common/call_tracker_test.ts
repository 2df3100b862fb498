import assert from "node:assert/strict";
import type * as grpc from "@grpc/grpc-js";
import { serve } from "./server.ts";
import { createClient, unary } from "./client.ts";
import { createLogger } from "./log.ts";
import { SacvError } from "./errors.ts";

const quiet = createLogger("test", { sink: () => {} });

Deno.test("shutdown waits for in-flight calls, and calls arriving meanwhile get UNAVAILABLE", async () => {
  let release!: () => void;
  const held = new Promise<void>((r) => release = r);
  let started!: () => void;
  const running = new Promise<void>((r) => started = r);
  // Any service works: TTS GetLimits is unary and takes an empty request.
  const impl: grpc.UntypedServiceImplementation = {
    GetLimits: (_call: unknown, cb: grpc.sendUnaryData<unknown>) => {
      started();
      held.then(() => cb(null, { global_limit: 7 }));
    },
  };
  const server = await serve("127.0.0.1:0", {
    services: [{ name: "sacv.tts.v1.TtsService", impl }],
    logger: quiet,
  });
  const client = createClient("sacv.tts.v1.TtsService", `127.0.0.1:${server.port}`);
  try {
    const first = unary<unknown, { global_limit: number }>(client, "GetLimits", {});
    await running;
    let closed = false;
    const closing = server.shutdown(10_000).then(() => closed = true);
    await assert.rejects(
      unary(client, "GetLimits", {}),
      (e) => e instanceof SacvError && e.status === "UNAVAILABLE",
    );
    assert.equal(closed, false, "shutdown waits for the call in flight");
    release();
    assert.equal((await first).global_limit, 7);
    await closing;
  } finally {
    client.close();
  }
});
