// Benchmark of TTS replicas sharing their gates through Redis: items/s with 1, 2 and 3 replicas
// of the fake provider, at a fixed provider limit (the quota is the bottleneck: flat) and at a
// limit raised with the replicas (should scale). Real processes and a real redis-server.
import { startRedis } from "../../test/support/redis_server.ts";
import { type SpawnedService, spawnService } from "../../test/support/spawn_service.ts";
import {
  getLimits,
  pollUntil,
  setLimits,
  synthesizeStream,
  ttsClient,
} from "../../services/tts/test_client.ts";

/** Parameters of the run (kept small so the bench finishes in about half a minute). */
const N = 48;
const K = 4;
const LATENCY_MS = 200;
const REPLICAS = [1, 2, 3];

const item = (tag: string, i: number) => ({
  request_id: `${tag}${i}`,
  text: `副本基准 ${tag} ${i}`,
  provider: "fake",
  options: { latency_ms: String(LATENCY_MS) },
  no_cache: true,
});

/** Runs N items spread round-robin over `clients`; returns items per second. */
async function itemsPerSecond(clients: ReturnType<typeof ttsClient>[], tag: string) {
  const perClient = clients.map((_, c) =>
    Array.from({ length: N }, (_, i) => i).filter((i) => i % clients.length === c)
      .map((i) => item(tag, i))
  );
  const t0 = performance.now();
  const results = await Promise.all(clients.map((c, i) => synthesizeStream(c, perClient[i]).done));
  const seconds = (performance.now() - t0) / 1000;
  const failed = results.flat().filter((r) => !r.result).length;
  if (failed > 0) throw new Error(`${failed} of ${N} items failed`);
  return N / seconds;
}

/** Runs the replicas benchmark and returns the lines to print. */
export async function runBench(): Promise<string[]> {
  const redis = await startRedis();
  const replicas: SpawnedService[] = [];
  try {
    for (let i = 0; i < Math.max(...REPLICAS); i++) {
      replicas.push(
        await spawnService("tts", {
          SACV_REDIS_URL: redis.url,
          SACV_TTS_DEFAULT_PROVIDER: "fake",
          SACV_TTS_MAX_WORKERS: "64",
          SACV_TTS_PROVIDER_LIMITS: `fake=${K}`,
          SACV_LOG_LEVEL: "warn",
        }),
      );
    }
    const clients = replicas.map((r) => ttsClient(r.addr));
    try {
      // Warm up every replica's connections and JIT.
      await Promise.all(
        clients.map((c, i) =>
          synthesizeStream(
            c,
            Array.from({ length: 4 }, (_, j) => ({ ...item(`w${i}-`, j), options: {} })),
          ).done
        ),
      );
      const run = async (limitFor: (n: number) => number, tag: string) => {
        const rates: number[] = [];
        for (const n of REPLICAS) {
          const limit = limitFor(n);
          await setLimits(clients[0], 0, { fake: limit });
          for (const c of clients) {
            await pollUntil(
              () => getLimits(c),
              (l) => l.providers.some((p) => p.provider === "fake" && p.effective_limit === limit),
              `fake=${limit} on every replica`,
            );
          }
          rates.push(await itemsPerSecond(clients.slice(0, n), `${tag}${n}-`));
        }
        return rates;
      };
      const fixed = await run(() => K, "f");
      const raised = await run((n) => K * n, "r");
      const fmt = (rates: number[]) => rates.map((r) => r.toFixed(1)).join(" / ");
      const ratios = (rates: number[]) => rates.map((r) => (r / rates[0]).toFixed(2)).join(" / ");
      return [
        `tts-replicas: N=${N} items of fake latency L=${LATENCY_MS} ms over ${
          REPLICAS.join("/")
        } replicas sharing their gates in Redis`,
        `tts-replicas: fixed limit fake=${K}: items/s ${fmt(fixed)}, ratio to 1 replica ${
          ratios(fixed)
        } (the quota is the bottleneck: should stay flat; ideal ${
          (K / (LATENCY_MS / 1000)).toFixed(1)
        } items/s)`,
        `tts-replicas: raised limit fake=${K}×replicas: items/s ${fmt(raised)}, ratio ${
          ratios(raised)
        } (should scale with the replicas: ideal ${REPLICAS.map((n) => n.toFixed(2)).join(" / ")})`,
      ];
    } finally {
      for (const c of clients) c.close();
    }
  } finally {
    await Promise.all(replicas.map((r) => r.stop()));
    await redis.stop();
  }
}
