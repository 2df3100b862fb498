import assert from "node:assert/strict";
import * as grpc from "@grpc/grpc-js";
import { fromGrpcError, SacvError } from "../../common/errors.ts";
import { isTransient, retryTransient } from "./call_policy.ts";

function grpcError(code: grpc.status, details: string, md: Record<string, string> = {}) {
  const metadata = new grpc.Metadata();
  for (const [k, v] of Object.entries(md)) metadata.set(k, v);
  return fromGrpcError(Object.assign(new Error(details), { code, details, metadata }));
}

Deno.test("isTransient: UNAVAILABLE and broken connections, not server errors or bad input", () => {
  assert.ok(isTransient(grpcError(grpc.status.UNAVAILABLE, "Connection dropped")));
  assert.ok(
    isTransient(grpcError(
      grpc.status.INTERNAL,
      "Received RST_STREAM with code 2 triggered by internal client error: write EPIPE",
    )),
  );
  // The same words from a server (it sends sacv-* metadata) are its own failure.
  assert.ok(!isTransient(grpcError(grpc.status.INTERNAL, "socket EPIPE", { "sacv-reason": "X" })));
  assert.ok(!isTransient(grpcError(grpc.status.INTERNAL, "ffmpeg exited with 1")));
  assert.ok(!isTransient(grpcError(grpc.status.INVALID_ARGUMENT, "bad path")));
  assert.ok(!isTransient(grpcError(grpc.status.DEADLINE_EXCEEDED, "Deadline exceeded")));
  assert.ok(!isTransient(new Error("UNAVAILABLE")));
});

Deno.test("retryTransient: retries transient failures only, within the attempts", async () => {
  let calls = 0;
  const flaky = () => {
    calls++;
    return calls < 3 ? Promise.reject(new SacvError("UNAVAILABLE", "down")) : Promise.resolve("ok");
  };
  assert.equal(await retryTransient(flaky, { attempts: 3 }), "ok");
  assert.equal(calls, 3);
  calls = 0;
  await assert.rejects(retryTransient(flaky, { attempts: 2 }), /down/);
  assert.equal(calls, 2);
  calls = 0;
  const bad = () => (calls++, Promise.reject(new SacvError("NOT_FOUND", "gone")));
  await assert.rejects(retryTransient(bad), /gone/);
  assert.equal(calls, 1);
  await assert.rejects(retryTransient(flaky, { attempts: 0 }), /.attempts. must be a positive/);
});

Deno.test("retryTransient: an abort stops the retries with CancelledError", async () => {
  const ac = new AbortController();
  let calls = 0;
  const p = retryTransient(() => {
    if (++calls === 2) ac.abort();
    return Promise.reject(new SacvError("UNAVAILABLE", "down"));
  }, { signal: ac.signal });
  await assert.rejects(p, (e: unknown) => e instanceof SacvError && e.status === "CANCELLED");
  assert.equal(calls, 2);
});
