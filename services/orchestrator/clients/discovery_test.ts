import assert from "node:assert/strict";
import { Discovery, parseTargets, resolveTargets } from "./discovery.ts";
import { EndpointPool } from "./endpoints.ts";

Deno.test("parseTargets: host:port, dns names, ipv4 lists and comma-separated mixes", () => {
  assert.deepEqual(parseTargets("127.0.0.1:50052"), [
    { host: "127.0.0.1", port: 50052, lookup: false },
  ]);
  assert.deepEqual(parseTargets("dns:///tts:50052"), [{ host: "tts", port: 50052, lookup: true }]);
  assert.deepEqual(parseTargets("dns:tts:1"), [{ host: "tts", port: 1, lookup: true }]);
  assert.deepEqual(parseTargets("ipv4:10.0.0.1:5,10.0.0.2:6"), [
    { host: "10.0.0.1", port: 5, lookup: false },
    { host: "10.0.0.2", port: 6, lookup: false },
  ]);
  assert.deepEqual(parseTargets(" a:1 , dns:///b:2 , c:3 , [::1]:4"), [
    { host: "a", port: 1, lookup: false },
    { host: "b", port: 2, lookup: true },
    { host: "c", port: 3, lookup: false },
    { host: "::1", port: 4, lookup: false },
  ]);
  for (const bad of ["", "tts", "tts:0", "tts:70000", "a:1,b", "dns:///tts"]) {
    assert.throws(() => parseTargets(bad), RangeError, bad);
  }
});

Deno.test("resolveTargets: every address of every name; all lookups failing is 'unknown'", async () => {
  const table: Record<string, string[]> = { tts: ["10.0.0.3", "10.0.0.1"], v6: ["fd00::1"] };
  const lookup = (h: string) =>
    h in table ? Promise.resolve(table[h]) : Promise.reject(new Error("NXDOMAIN"));
  assert.deepEqual(await resolveTargets(parseTargets("dns:///tts:50052,extra:1"), lookup), [
    "10.0.0.1:50052",
    "10.0.0.3:50052",
    "extra:1",
  ]);
  assert.deepEqual(await resolveTargets(parseTargets("dns:///v6:7"), lookup), ["[fd00::1]:7"]);
  assert.equal(await resolveTargets(parseTargets("dns:///gone:1"), lookup), undefined);
  assert.deepEqual(await resolveTargets(parseTargets("dns:///gone:1,dns:///tts:2"), lookup), [
    "10.0.0.1:2",
    "10.0.0.3:2",
  ]);
});

Deno.test("Discovery: re-resolves on its interval, adds new replicas, drains removed ones", async () => {
  let answer = ["127.0.0.1"];
  let lookups = 0;
  const pool = new EndpointPool("sacv.tts.v1.TtsService", []);
  const d = new Discovery(pool, "dns:///tts.internal:50052", {
    intervalMs: 100,
    lookup: () => (lookups++, Promise.resolve(answer)),
  });
  const until = async (cond: () => boolean, what: string) => {
    const deadline = Date.now() + 10_000;
    while (!cond()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await pool.changed(undefined, 50);
    }
  };
  try {
    await until(() => pool.endpoints.length === 1, "first lookup");
    assert.deepEqual(pool.endpoints.map((e) => e.addr), ["127.0.0.1:50052"]);
    answer = ["127.0.0.1", "127.0.0.2"];
    await until(() => pool.endpoints.length === 2, "a new replica");
    // A replica with a call in flight drains: it leaves the pool but its channel stays open.
    const busy = pool.endpoints[0];
    const done = pool.begin(busy);
    answer = ["127.0.0.2"];
    await until(() => pool.endpoints.length === 1, "a removed replica");
    assert.deepEqual(pool.addresses, [
      { addr: "127.0.0.2:50052", draining: false, inFlight: 0 },
      { addr: "127.0.0.1:50052", draining: true, inFlight: 1 },
    ]);
    assert.ok(!pool.isReady(busy), "a draining replica gets nothing new");
    done();
    assert.deepEqual(pool.addresses.map((a) => a.addr), ["127.0.0.2:50052"], "closed once idle");
    // A failed lookup keeps what is known.
    const before = lookups;
    answer = [];
    await until(() => lookups > before + 1, "more lookups");
    assert.deepEqual(pool.endpoints.map((e) => e.addr), ["127.0.0.2:50052"]);
  } finally {
    d.close();
    pool.close();
  }
});
