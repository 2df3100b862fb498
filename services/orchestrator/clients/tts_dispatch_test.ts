import assert from "node:assert/strict";
import * as grpc from "@grpc/grpc-js";
import { CancelledError } from "../../common/errors.ts";
import { EndpointPool } from "./endpoints.ts";
import { fakeTts, unusedAddr } from "./testing.ts";
import { dispatchSynthesis, type TtsOutcome } from "./tts_dispatch.ts";

const { TRANSIENT_FAILURE } = grpc.connectivityState;

const items = (n: number, text = "30") =>
  Array.from({ length: n }, (_, i) => ({ request_id: `段${i}`, text }));

function idsOf(outcomes: TtsOutcome[]): string[] {
  return outcomes.map((o) => (o.ok ? o.result.request_id : o.error.request_id));
}

Deno.test("dispatchSynthesis: a dropped stream's unanswered items are sent again and complete", async () => {
  // The first stream dies when its 4th item arrives, with 3 items taken and unanswered.
  const tts = await fakeTts({ dropOn: (stream, nth) => stream === 1 && nth === 4 });
  const pool = new EndpointPool("sacv.tts.v1.TtsService", [tts.addr]);
  try {
    const seen: TtsOutcome[] = [];
    await dispatchSynthesis(pool, items(6), { onResult: (o) => seen.push(o) });
    assert.equal(seen.length, 6);
    assert.ok(seen.every((o) => o.ok), JSON.stringify(seen.filter((o) => !o.ok)));
    assert.deepEqual(idsOf(seen).sort(), items(6).map((i) => i.request_id).sort());
    assert.equal(tts.state.streams, 2, "one new stream after the drop");
    // Every item reached the server; the ones on the dead stream twice, the others once.
    assert.deepEqual([...new Set(tts.state.received)].sort(), idsOf(seen).sort());
    assert.equal(new Set(tts.state.answered).size, tts.state.answered.length, "each answered once");
    assert.equal(pool.endpoints[0].inFlight, 0, "in-flight count back to 0");
  } finally {
    pool.close();
    await tts.server.shutdown(1000);
  }
});

Deno.test("dispatchSynthesis: an item lost on every stream fails located to it after 5 attempts", async () => {
  const tts = await fakeTts({ dropOn: () => true });
  const pool = new EndpointPool("sacv.tts.v1.TtsService", [tts.addr]);
  try {
    const seen: TtsOutcome[] = [];
    await dispatchSynthesis(pool, items(1), { onResult: (o) => seen.push(o) });
    assert.equal(seen.length, 1);
    const o = seen[0];
    assert.ok(!o.ok);
    assert.equal(o.error.request_id, "段0");
    assert.equal(o.error.code, "UNAVAILABLE");
    assert.equal(o.error.reason, "TTS_STREAM_LOST");
    assert.equal(o.error.attempts, 5);
    assert.match(o.error.message, /lost 5 times .*replica went away/);
    assert.equal(tts.state.streams, 5);
  } finally {
    pool.close();
    await tts.server.shutdown(1000);
  }
});

Deno.test("dispatchSynthesis: with no replica ready the first item fails UNAVAILABLE after the wait", async () => {
  const addr = unusedAddr();
  const pool = new EndpointPool("sacv.tts.v1.TtsService", [addr]);
  try {
    const seen: TtsOutcome[] = [];
    const t0 = Date.now();
    await assert.rejects(
      dispatchSynthesis(pool, items(2), {
        readyWaitMs: 400,
        onResult: (o) => {
          seen.push(o);
          if (!o.ok) throw new Error(`failed: ${o.error.reason}`);
        },
      }),
      /failed: TTS_UNAVAILABLE/,
    );
    assert.ok(Date.now() - t0 >= 400);
    const o = seen[0];
    assert.ok(!o.ok && o.error.code === "UNAVAILABLE" && o.error.request_id === "段0");
    assert.ok(o.error.message.includes(addr), o.error.message);
  } finally {
    pool.close();
  }
});

Deno.test("dispatchSynthesis: waits for a replica that starts late (first job after a restart)", async () => {
  const addr = unusedAddr();
  const pool = new EndpointPool("sacv.tts.v1.TtsService", [addr]);
  let tts: Awaited<ReturnType<typeof fakeTts>> | undefined;
  try {
    const seen: TtsOutcome[] = [];
    const job = dispatchSynthesis(pool, items(3), { onResult: (o) => seen.push(o) });
    // The channel has failed to connect at least once before the server is there.
    const channel = pool.endpoints[0].client.getChannel();
    const deadline = Date.now() + 10_000;
    while (channel.getConnectivityState(false) !== TRANSIENT_FAILURE && Date.now() < deadline) {
      await pool.changed(undefined, 50);
    }
    assert.equal(channel.getConnectivityState(false), TRANSIENT_FAILURE);
    tts = await fakeTts({ port: Number(addr.split(":")[1]) });
    await job;
    assert.equal(seen.length, 3);
    assert.ok(seen.every((o) => o.ok));
  } finally {
    pool.close();
    await tts?.server.shutdown(1000);
  }
});

Deno.test("dispatchSynthesis: the window holds items back; cancel frees everything", async () => {
  const tts = await fakeTts();
  const pool = new EndpointPool("sacv.tts.v1.TtsService", [tts.addr]);
  try {
    const ac = new AbortController();
    const job = dispatchSynthesis(pool, items(5, "60000"), {
      signal: ac.signal,
      window: 2,
      onResult: () => {},
    });
    const deadline = Date.now() + 10_000;
    while (tts.state.received.length < 2 && Date.now() < deadline) {
      await pool.changed(undefined, 20);
    }
    assert.equal(tts.state.received.length, 2);
    assert.equal(pool.endpoints[0].inFlight, 2);
    ac.abort();
    await assert.rejects(job, CancelledError);
    assert.equal(pool.endpoints[0].inFlight, 0);
    while (tts.state.cancelled === 0 && Date.now() < deadline) await pool.changed(undefined, 20);
    assert.equal(tts.state.cancelled, 1);
    assert.equal(tts.state.received.length, 2, "held items were never sent");
  } finally {
    pool.close();
    await tts.server.shutdown(1000);
  }
});

Deno.test("dispatchSynthesis: one job's items spread over every replica, least in flight first", async () => {
  const servers = await Promise.all([fakeTts(), fakeTts(), fakeTts()]);
  const pool = new EndpointPool("sacv.tts.v1.TtsService", servers.map((s) => s.addr));
  try {
    const seen: TtsOutcome[] = [];
    await dispatchSynthesis(pool, items(30, "40"), { window: 3, onResult: (o) => seen.push(o) });
    assert.equal(seen.length, 30);
    const per = servers.map((s) => s.state.answered.length);
    assert.deepEqual(per.reduce((a, b) => a + b), 30);
    for (const n of per) assert.ok(n >= 5, `every replica took a share: ${per}`);
    assert.deepEqual(
      new Set(seen.map((o) => o.replica)),
      new Set(servers.map((s) => s.addr)),
      "outcomes name their replica",
    );
  } finally {
    pool.close();
    await Promise.all(servers.map((s) => s.server.shutdown(1000)));
  }
});

Deno.test("dispatchSynthesis: a replica added mid-job gets items; a dropped one's go elsewhere", async () => {
  // Replica A drops its first stream on the 2nd item; B is fine; C appears mid-job.
  const a = await fakeTts({ dropOn: (stream, nth) => stream === 1 && nth === 2 });
  const b = await fakeTts();
  const pool = new EndpointPool("sacv.tts.v1.TtsService", [a.addr, b.addr]);
  let c: Awaited<ReturnType<typeof fakeTts>> | undefined;
  try {
    const seen: TtsOutcome[] = [];
    const job = dispatchSynthesis(pool, items(40, "60"), {
      window: 2,
      onResult: (o) => {
        seen.push(o);
        if (seen.length === 6) {
          // Discovery finds a new replica (here: added by hand once it listens).
          void fakeTts().then((s) => (c = s, pool.set([a.addr, b.addr, s.addr])));
        }
      },
    });
    await job;
    assert.equal(seen.length, 40);
    assert.ok(seen.every((o) => o.ok));
    assert.equal(new Set(seen.map((o) => (o.ok ? o.result.request_id : ""))).size, 40);
    assert.ok(c && c.state.answered.length > 0, "the new replica took items");
    assert.equal(a.state.streams >= 2, true, "A's lost items were sent again");
    assert.equal(
      a.state.answered.length + b.state.answered.length + c!.state.answered.length,
      40,
      "each item answered once",
    );
  } finally {
    pool.close();
    await Promise.all([a, b, c].map((s) => s?.server.shutdown(1000)));
  }
});
