// SharedGates against a real redis-server: limits held across replicas, limits and adaptive
// limits shared, leases expiring, fallback to local gates and recovery.
import assert from "node:assert/strict";
import { Redis } from "ioredis";
import { SacvError } from "../common/errors.ts";
import { createLogger } from "../common/log.ts";
import { startRedis } from "../../test/support/redis_server.ts";
import { AdaptiveLimit } from "./adaptive_limit.ts";
import { SharedGates } from "./shared_gates.ts";

const quiet = createLogger("test", { sink: () => {} });
const never = new AbortController().signal;
const throttle = () =>
  new SacvError("RESOURCE_EXHAUSTED", "slow down", {
    reason: "RequestLimitExceeded",
    retryable: true,
  });

function replica(url: string, providerLimits: Record<string, number> = { a: 3 }, leaseMs = 2_000) {
  return SharedGates.start({
    url,
    leaseMs,
    syncMs: 50,
    globalLimit: 16,
    providerLimits,
    logger: quiet,
  });
}

async function until(what: string, predicate: () => boolean, timeoutMs = 5_000): Promise<number> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return Date.now() - started;
}

/** Work that counts how many run at once across every replica. */
function meter() {
  let active = 0;
  let peak = 0;
  return {
    get peak() {
      return peak;
    },
    task: (ms: number) => async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((resolve) => setTimeout(resolve, ms));
      active--;
    },
  };
}

Deno.test("shared gates: two replicas hold one limit together, share SetLimits and the adaptive limit", async (t) => {
  const redis = await startRedis();
  const r1 = await replica(redis.url);
  const r2 = await replica(redis.url);
  try {
    assert.equal(r1.snapshot().mode, "shared");
    await t.step("20 calls over two replicas run exactly 3 at a time", async () => {
      const m = meter();
      await Promise.all([
        ...Array.from({ length: 10 }, () => r1.run("a", never, m.task(40))),
        ...Array.from({ length: 10 }, () => r2.run("a", never, m.task(40))),
      ]);
      assert.equal(m.peak, 3);
      await until("both replicas seen", () => r1.snapshot().replicas === 2);
    });

    await t.step("SetLimits on one replica reaches the other within 1 s", async () => {
      await r1.resize(0, { a: 5 });
      const ms = await until(
        "r2 sees a=5",
        () => r2.snapshot().providers.a.configured === 5,
        1_000,
      );
      assert.ok(ms <= 1_000, `${ms} ms`);
      const m = meter();
      await Promise.all([
        ...Array.from({ length: 8 }, () => r1.run("a", never, m.task(40))),
        ...Array.from({ length: 8 }, () => r2.run("a", never, m.task(40))),
      ]);
      assert.equal(m.peak, 5);
    });

    await t.step(
      "a throttle on one replica lowers the limit for both; successes restore it",
      async () => {
        await assert.rejects(r1.run("a", never, () => Promise.reject(throttle())));
        assert.equal(r1.snapshot().providers.a.limit, 2);
        await until("r2 sees effective 2", () => r2.snapshot().providers.a.limit === 2, 1_000);
        assert.equal(r1.snapshot().providers.a.throttles, 1);
        for (let i = 0; i < 20; i++) await r2.run("a", never, () => Promise.resolve());
        await until("r1 sees effective 5", () => r1.snapshot().providers.a.limit === 5, 1_000);
      },
    );

    await t.step("cancel while queued leaves at once without a slot", async () => {
      const hold = Promise.withResolvers<void>();
      const running = Array.from({ length: 5 }, () => r1.run("a", never, () => hold.promise));
      await until("5 held", () => r1.snapshot().providers.a.inFlight === 5);
      const ac = new AbortController();
      const queued = r2.run("a", ac.signal, () => Promise.resolve("never"));
      await until("queued on r2", () => r2.snapshot().providers.a.queued === 1);
      ac.abort();
      await assert.rejects(queued, (e) => e instanceof SacvError && e.status === "CANCELLED");
      assert.equal(r2.snapshot().providers.a.queued, 0);
      hold.resolve();
      await Promise.all(running);
      await until("cluster idle", () => r2.snapshot().providers.a.clusterInFlight === 0, 1_000);
    });
  } finally {
    await r1.close();
    await r2.close();
    await redis.stop();
  }
});

Deno.test("shared gates: the Redis adaptive limit follows AdaptiveLimit step for step", async () => {
  const redis = await startRedis();
  const r = await replica(redis.url, { a: 12 });
  try {
    const ref = new AdaptiveLimit(12);
    const events = "tsssttssssssssssssssssssttsssssssssssssssssssssssssss".split("");
    for (const [i, e] of events.entries()) {
      // Every third throttle comes from a call started before the last drop (a stale epoch).
      const stale = e === "t" && i % 3 === 0;
      const epoch = ref.epoch - (stale ? 1 : 0);
      const local = e === "t" ? ref.throttled(epoch) : ref.succeeded();
      const shared = e === "t"
        ? await r.store.throttled("a", epoch, 0.5)
        : await r.store.succeeded("a");
      assert.ok(shared, "redis answered");
      assert.equal(shared.effective, ref.effective, `step ${i} (${e}, changed ${local})`);
      assert.equal(shared.epoch, ref.epoch, `epoch at step ${i}`);
    }
  } finally {
    await r.close();
    await redis.stop();
  }
});

Deno.test("shared gates: a dead replica's slot returns after the lease", async () => {
  const redis = await startRedis();
  const r = await replica(redis.url, { a: 2 }, 1_500);
  const raw = new Redis(redis.url);
  try {
    // A replica that died holding one slot: its lease is never refreshed again.
    const [sec, usec] = await raw.time();
    const now = Number(sec) * 1000 + Math.floor(Number(usec) / 1000);
    await raw.zadd("sacv:tts:slots:a", now, "dead-replica:1");
    const started = Date.now();
    const m = meter();
    const first = Promise.all(Array.from({ length: 3 }, () => r.run("a", never, m.task(100))));
    await first;
    assert.equal(m.peak, 1, "only one slot while the dead lease lasts");
    await until(
      "the dead lease expired",
      () => r.snapshot().providers.a.clusterInFlight === 0,
      5_000,
    );
    assert.ok(Date.now() - started < 1_500 + 2_000, "freed within the lease (and a sync)");
    const m2 = meter();
    await Promise.all(Array.from({ length: 4 }, () => r.run("a", never, m2.task(50))));
    assert.equal(m2.peak, 2, "both slots usable again");
  } finally {
    raw.disconnect();
    await r.close();
    await redis.stop();
  }
});

Deno.test("shared gates: Redis away → local gates at limit ÷ replicas; back → shared again, counting slots taken meanwhile", async () => {
  const redis = await startRedis();
  const r1 = await replica(redis.url, { a: 4 });
  const r2 = await replica(redis.url, { a: 4 });
  try {
    await until("both replicas seen", () => r1.snapshot().replicas === 2);
    // Two calls hold shared slots when Redis goes away: they count toward r1's share of 2.
    const holders = Promise.withResolvers<void>();
    const held = Array.from({ length: 2 }, () => r1.run("a", never, () => holders.promise));
    await until("2 shared slots held", () => r1.snapshot().providers.a.inFlight === 2);
    await redis.stop();
    await until("r1 falls back", () => r1.snapshot().mode === "fallback");
    assert.equal(r1.snapshot().providers.a.limit, 2, "4 ÷ 2 replicas");
    let started = false;
    const next = r1.run("a", never, () => Promise.resolve(started = true));
    await until("queued behind the holders", () => r1.snapshot().providers.a.queued === 1);
    assert.equal(started, false);
    holders.resolve();
    await Promise.all([...held, next]);
    assert.equal(started, true);
    const m = meter();
    await Promise.all(Array.from({ length: 6 }, () => r1.run("a", never, m.task(30))));
    assert.equal(m.peak, 2);
    // A call that starts on local gates and is still running when Redis comes back.
    const hold = Promise.withResolvers<void>();
    const long = r1.run("a", never, () => hold.promise);
    await redis.start();
    await until("r1 shared again", () => r1.snapshot().mode === "shared", 10_000);
    await until("r2 shared again", () => r2.snapshot().mode === "shared", 10_000);
    assert.equal(r1.snapshot().providers.a.configured, 4, "limits seeded into the empty Redis");
    await until(
      "the running call is counted",
      () => r2.snapshot().providers.a.clusterInFlight === 1,
    );
    const m2 = meter();
    await Promise.all(Array.from({ length: 8 }, () => r2.run("a", never, m2.task(30))));
    assert.equal(m2.peak, 3, "3 more next to the adopted one");
    hold.resolve();
    await long;
    // A SetLimits made while Redis is away applies here at once and reaches the others later.
    await redis.stop();
    await until("r1 falls back again", () => r1.snapshot().mode === "fallback");
    await r1.resize(0, { a: 6 });
    assert.equal(r1.snapshot().providers.a.configured, 6);
    assert.equal(r1.snapshot().providers.a.limit, 3, "6 ÷ 2 replicas while away");
    await redis.start();
    await until("r2 sees the change made meanwhile", () => {
      const a = r2.snapshot();
      return a.mode === "shared" && a.providers.a.configured === 6;
    }, 10_000);
  } finally {
    await r1.close();
    await r2.close();
    await redis.stop();
  }
});

Deno.test("shared gates: a replica started while Redis is down works on local gates and joins it later", async () => {
  const redis = await startRedis();
  await redis.stop();
  const r = await SharedGates.start({
    url: redis.url,
    leaseMs: 2_000,
    syncMs: 50,
    globalLimit: 16,
    providerLimits: { a: 2 },
    connectWaitMs: 200,
    logger: quiet,
  });
  try {
    assert.equal(r.snapshot().mode, "fallback");
    const m = meter();
    await Promise.all(Array.from({ length: 4 }, () => r.run("a", never, m.task(20))));
    assert.equal(m.peak, 2, "the whole limit: no other replica was ever seen");
    await redis.start();
    await until("joined", () => r.snapshot().mode === "shared", 10_000);
    const raw = new Redis(redis.url);
    try {
      assert.equal(
        await raw.hget("sacv:tts:limits", "configured:a"),
        "2",
        "seeded from its config",
      );
    } finally {
      raw.disconnect();
    }
  } finally {
    await r.close();
    await redis.stop();
  }
});
