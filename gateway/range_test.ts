import assert from "node:assert/strict";
import { parseRange, resolveRange } from "./range.ts";

Deno.test("parseRange reads single byte ranges and ignores the rest", () => {
  assert.deepEqual(parseRange("bytes=0-99"), { kind: "from", start: 0, end: 99 });
  assert.deepEqual(parseRange("bytes=100-"), { kind: "from", start: 100 });
  assert.deepEqual(parseRange("bytes=-500"), { kind: "suffix", length: 500 });
  assert.equal(parseRange(undefined), undefined);
  assert.equal(parseRange("bytes=0-1,5-9"), undefined);
  assert.equal(parseRange("items=0-1"), undefined);
  assert.equal(parseRange("bytes=9-3"), undefined);
  assert.equal(parseRange("bytes=-"), undefined);
});

Deno.test("resolveRange clamps to the file and flags unsatisfiable ranges", () => {
  assert.deepEqual(resolveRange({ kind: "from", start: 0, end: 99 }, 1000), { start: 0, end: 99 });
  assert.deepEqual(resolveRange({ kind: "from", start: 900, end: 5000 }, 1000), {
    start: 900,
    end: 999,
  });
  assert.deepEqual(resolveRange({ kind: "from", start: 10 }, 1000), { start: 10, end: 999 });
  assert.deepEqual(resolveRange({ kind: "suffix", length: 100 }, 1000), { start: 900, end: 999 });
  assert.deepEqual(resolveRange({ kind: "suffix", length: 5000 }, 1000), { start: 0, end: 999 });
  assert.equal(resolveRange({ kind: "from", start: 1000 }, 1000), "unsatisfiable");
  assert.equal(resolveRange({ kind: "suffix", length: 0 }, 1000), "unsatisfiable");
});
