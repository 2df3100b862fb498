import assert from "node:assert/strict";
import { httpStatusFor, toHttpError } from "./errors.ts";
import { SacvError } from "../services/common/errors.ts";

Deno.test("gRPC status names map to HTTP statuses in one place", () => {
  assert.equal(httpStatusFor("INVALID_ARGUMENT"), 422);
  assert.equal(httpStatusFor("INVALID_ARGUMENT", "UNKNOWN_SCOPE"), 400);
  assert.equal(httpStatusFor("NOT_FOUND"), 404);
  assert.equal(httpStatusFor("ALREADY_EXISTS"), 409);
  assert.equal(httpStatusFor("FAILED_PRECONDITION"), 409);
  assert.equal(httpStatusFor("RESOURCE_EXHAUSTED"), 429);
  assert.equal(httpStatusFor("UNAVAILABLE"), 503);
  assert.equal(httpStatusFor("DEADLINE_EXCEEDED"), 504);
  assert.equal(httpStatusFor("UNAUTHENTICATED"), 401);
  assert.equal(httpStatusFor("INTERNAL"), 500);
  assert.equal(httpStatusFor("UNKNOWN"), 500);
});

Deno.test("toHttpError keeps reasons and details but hides internal messages", () => {
  const bad = toHttpError(
    new SacvError("INVALID_ARGUMENT", "segment 3: end_time before start_time", {
      reason: "INVALID_SCRIPT",
      details: { segment_id: "3" },
    }),
  );
  assert.equal(bad.status, 422);
  assert.equal(bad.code, "INVALID_SCRIPT");
  assert.equal(bad.extras.segment_id, "3");
  assert.match(bad.message, /segment 3/);
  const internal = toHttpError(new Error("at /secret/path.ts:12 TypeError"));
  assert.equal(internal.status, 500);
  assert.equal(internal.message, "internal error");
  assert.equal(
    toHttpError(new SacvError("INTERNAL", "db at /x exploded")).message,
    "internal error",
  );
});
