// Benchmark of the TTS service: stream phase time against the ideal ceil(N/k)·L, and the
// per-segment cost of going through gRPC. Starts the real service process with the fake provider.
import { spawnService } from "../../test/support/spawn_service.ts";
import { unary } from "../../services/common/client.ts";
import { createLogger } from "../../services/common/log.ts";
import { TtsGates } from "../../services/tts/gates.ts";
import { createFakeProvider } from "../../services/tts/providers/fake.ts";
import { ProviderRegistry } from "../../services/tts/registry.ts";
import { Synthesizer } from "../../services/tts/synthesizer.ts";
import { synthesizeStream, ttsClient } from "../../services/tts/test_client.ts";

/** Parameters of the run (kept small so the bench finishes in seconds). */
const N = 16;
const K = 4;
const LATENCY_MS = 200;
const ROUND_TRIPS = 200;
const PHASE_GOAL = 1.05;
const OVERHEAD_GOAL_MS = 2;

const segment = (i: number, latency: number, tag: string) => ({
  request_id: `${tag}${i}`,
  text: `第${i}段解说 segment ${i}`,
  provider: "fake",
  options: { latency_ms: String(latency) },
  no_cache: true,
});

const verdict = (ok: boolean) => (ok ? "OK" : "MISSED");

/** Runs the TTS benchmark and returns the lines to print. */
export async function runBench(): Promise<string[]> {
  const tts = await spawnService("tts", {
    SACV_TTS_DEFAULT_PROVIDER: "fake",
    SACV_TTS_MAX_WORKERS: "16",
    SACV_TTS_PROVIDER_LIMITS: `fake=${K}`,
    SACV_LOG_LEVEL: "warn",
  });
  const client = ttsClient(tts.addr);
  try {
    // Warm up connections and JIT on both sides.
    await synthesizeStream(client, Array.from({ length: 8 }, (_, i) => segment(i, 0, "w"))).done;
    for (let i = 0; i < 20; i++) await unary(client, "Synthesize", segment(i, 0, "w"));

    const t0 = performance.now();
    const items = await synthesizeStream(
      client,
      Array.from({ length: N }, (_, i) => segment(i, LATENCY_MS, "s")),
    ).done;
    const phaseMs = performance.now() - t0;
    const failed = items.filter((i) => i.error).length;
    if (items.length !== N || failed > 0) {
      throw new Error(`stream returned ${items.length} items, ${failed} failed`);
    }
    const idealMs = Math.ceil(N / K) * LATENCY_MS;
    const ratio = phaseMs / idealMs;

    // Per-segment cost through gRPC: the same zero-latency syntheses over one stream (as the
    // pipelines send them) and as unary calls, minus the cost of the same calls in-process.
    const t1 = performance.now();
    await synthesizeStream(
      client,
      Array.from({ length: ROUND_TRIPS }, (_, i) => segment(i, 0, "t")),
    ).done;
    const streamItemMs = (performance.now() - t1) / ROUND_TRIPS;
    const t2 = performance.now();
    for (let i = 0; i < ROUND_TRIPS; i++) await unary(client, "Synthesize", segment(i, 0, "u"));
    const unaryMs = (performance.now() - t2) / ROUND_TRIPS;
    const inProcessMs = await inProcessCost();
    const overheadMs = Math.max(0, streamItemMs - inProcessMs);
    const unaryOverheadMs = Math.max(0, unaryMs - inProcessMs);
    const phaseOverheadMs = Math.max(0, phaseMs - idealMs) / N;

    return [
      `tts: N=${N} segments, fake latency L=${LATENCY_MS} ms, provider limit k=${K}`,
      `tts: stream phase ${phaseMs.toFixed(0)} ms vs ceil(N/k)·L = ${idealMs} ms: ratio ${
        ratio.toFixed(3)
      } (goal ≤ ${PHASE_GOAL}) ${verdict(ratio <= PHASE_GOAL)}`,
      `tts: per-segment gRPC overhead on a stream ${overheadMs.toFixed(2)} ms (${
        streamItemMs.toFixed(2)
      } ms per item over one stream − ${
        inProcessMs.toFixed(2)
      } ms in-process, ${ROUND_TRIPS} items) (goal < ${OVERHEAD_GOAL_MS} ms) ${
        verdict(overheadMs < OVERHEAD_GOAL_MS)
      }`,
      `tts: (phase − ideal)/N = ${phaseOverheadMs.toFixed(2)} ms per segment; unary round trip ${
        unaryMs.toFixed(2)
      } ms (${unaryOverheadMs.toFixed(2)} ms over in-process, sequential calls)`,
    ];
  } finally {
    client.close();
    await tts.stop();
  }
}

/** Mean time of the same synthesis through the same code path, without gRPC. */
async function inProcessCost(): Promise<number> {
  const fake = createFakeProvider();
  const synth = new Synthesizer({
    registry: new ProviderRegistry([fake], "fake"),
    gates: new TtsGates(16, { fake: K }),
    cacheBytes: 0,
    logger: createLogger("bench", { level: "error" }),
  });
  const signal = new AbortController().signal;
  for (let i = 0; i < 20; i++) await synth.synthesize(segment(i, 0, "w"), signal);
  const t0 = performance.now();
  for (let i = 0; i < ROUND_TRIPS; i++) await synth.synthesize(segment(i, 0, "u"), signal);
  return (performance.now() - t0) / ROUND_TRIPS;
}
