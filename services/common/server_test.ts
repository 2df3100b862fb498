import assert from "node:assert/strict";
import { serve } from "./server.ts";
import { createClient, unary } from "./client.ts";
import { createLogger } from "./log.ts";
import type * as grpc from "@grpc/grpc-js";
import { SacvError, toGrpcError } from "./errors.ts";

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

Deno.test("a handler that throws, rejects or fails with hostile text is answered and the server stays up", async () => {
  const escaped: string[] = [];
  const logger = createLogger("test", {
    sink: (line) => escaped.push(JSON.parse(line).msg),
  });
  const hostile = "段1 🎬 \u0001\0 \ud800" + "长".repeat(10_000);
  const impl = {
    // Throws synchronously: a bug, but not a crash.
    Probe() {
      throw new Error(`sync ${hostile}`);
    },
    // Rejects without ever answering.
    CutClip() {
      return Promise.reject(new Error(`async ${hostile}`));
    },
    // Answers with a domain error whose every field is hostile.
    AlignNarration(_call: unknown, cb: grpc.sendUnaryData<unknown>) {
      cb(toGrpcError(
        new SacvError("INVALID_ARGUMENT", hostile, {
          reason: hostile,
          details: { segment_id: hostile, index: 7 },
        }),
      ) as grpc.ServiceError);
    },
  };
  const running = await serve("127.0.0.1:0", {
    services: [{ name: "sacv.media.v1.MediaService", impl }],
    logger,
  });
  const client = createClient("sacv.media.v1.MediaService", `127.0.0.1:${running.port}`);
  const health = createClient("grpc.health.v1.Health", `127.0.0.1:${running.port}`);
  try {
    for (const method of ["Probe", "CutClip"]) {
      await assert.rejects(
        unary(client, method, { path: hostile }, { timeoutMs: 5_000 }),
        (err: unknown) => err instanceof SacvError && err.status === "INTERNAL",
        method,
      );
    }
    await assert.rejects(
      unary(client, "AlignNarration", {}, { timeoutMs: 5_000 }),
      (err: unknown) =>
        err instanceof SacvError && err.status === "INVALID_ARGUMENT" &&
        String(err.details.segment_id).startsWith("段1 🎬") && err.details.index === "7",
    );
    assert.equal(escaped.filter((m) => m.includes("answered INTERNAL")).length, 2);
    const res = await unary<{ service: string }, { status: string }>(health, "Check", {
      service: "",
    });
    assert.equal(res.status, "SERVING");
  } finally {
    client.close();
    health.close();
    await running.shutdown(1000);
  }
});
