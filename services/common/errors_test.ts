import assert from "node:assert/strict";
import * as grpc from "@grpc/grpc-js";
import { fromGrpcError, SacvError, toGrpcError, truncateText } from "./errors.ts";

const HOSTILE = [
  "段1",
  "emoji 🎬🙂",
  "ctl \u0001\u001b[31m\r\n",
  "nul \0 byte",
  "lone \ud800 surrogate",
  "x".repeat(10_000),
  "中".repeat(5_000),
];

Deno.test("toGrpcError never throws and round-trips any Unicode in reason and details", () => {
  for (const value of HOSTILE) {
    const err = new SacvError("INVALID_ARGUMENT", `bad segment ${value}`, {
      reason: value,
      details: { segment_id: value, index: 3, "weird key 中": value },
    });
    const wire = toGrpcError(err);
    assert.equal(wire.code, grpc.status.INVALID_ARGUMENT);
    // What grpc-js would send must be printable ASCII: Metadata.set already refused otherwise.
    for (const [k, v] of Object.entries(wire.metadata!.getMap())) {
      assert.match(String(v), /^[\x20-\x7e]*$/, `metadata ${k} is printable ASCII`);
    }
    assert.ok(wire.details!.length <= 1_001, "status message is cut short");
    const back = fromGrpcError({ ...wire, message: wire.details });
    assert.equal(back.status, "INVALID_ARGUMENT");
    const expected = truncateText(value, 200).toWellFormed();
    assert.equal(back.reason, expected);
    assert.equal(back.details.segment_id, expected);
    assert.equal(back.details.index, "3");
  }
});

Deno.test("toGrpcError turns plain errors and odd throwables into INTERNAL", () => {
  for (const thrown of [new Error("boom 💥"), "string", null, undefined, { toString: 1 }]) {
    const wire = toGrpcError(thrown);
    assert.equal(wire.code, grpc.status.INTERNAL);
    assert.equal(wire.metadata!.get("sacv-reason")[0], "INTERNAL");
  }
});

Deno.test("truncateText keeps surrogate pairs whole", () => {
  const cut = truncateText("ab🎬cd", 4);
  assert.equal(cut, "ab…");
  assert.equal(truncateText("short", 10), "short");
});
