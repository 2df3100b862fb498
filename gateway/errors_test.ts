import assert from "node:assert/strict";
import { httpStatusFor, scrubAddresses, toHttpError } from "./errors.ts";
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

Deno.test("details keep the types events use: index and attempts numbers, bad_segments a number list", () => {
  const e = toHttpError(
    new SacvError("INVALID_ARGUMENT", "script has 2 bad segments", {
      reason: "INVALID_SCRIPT",
      details: {
        field: "segments[1].end_time",
        segment_id: "段2",
        index: "1",
        bad_segments: "1,3",
      },
    }),
  );
  assert.equal(e.status, 422);
  assert.equal(e.extras.index, 1);
  assert.deepEqual(e.extras.bad_segments, [1, 3]);
  assert.equal(e.extras.segment_id, "段2", "ids stay strings even when numeric-looking");
  assert.equal(
    toHttpError(new SacvError("UNAVAILABLE", "x", { details: { attempts: "4" } })).extras.attempts,
    4,
  );
});

Deno.test("503s name the service, never an address", () => {
  const transport = toHttpError(
    new SacvError(
      "UNAVAILABLE",
      "No connection established. Last error: connect ECONNREFUSED 127.0.0.1:50051",
    ),
  );
  assert.equal(transport.status, 503);
  assert.equal(transport.message, "orchestrator unavailable");
  const tts = toHttpError(
    new SacvError("UNAVAILABLE", "tts unavailable", {
      reason: "TTS_UNAVAILABLE",
      details: { service: "tts" },
    }),
  );
  assert.equal(tts.message, "tts unavailable");
  assert.equal(tts.extras.service, undefined);
  assert.doesNotMatch(
    scrubAddresses("dial tts:50052 failed; [::1]:8080 and 10.0.0.7 ECONNRESET"),
    /\d+\.\d+|:\d{4}|ECONN/,
  );
  assert.equal(httpStatusFor("RESOURCE_EXHAUSTED", "DISK_FULL"), 507);
  assert.equal(httpStatusFor("RESOURCE_EXHAUSTED", "PAYLOAD_TOO_LARGE"), 413);
});
