// Prometheus metrics of the TTS service (prom-client): gates, limits, throttles, retries,
// cache hits and synthesis latency. Gauges and counters read the gates at scrape time.
import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import type { GatesSnapshot } from "./gates.ts";

/** What the metrics read at scrape time. */
export interface TtsMetricsSource {
  snapshot(): GatesSnapshot;
  cacheStats: { memoryHits: number; diskHits: number; misses: number };
}

/** How a synthesis ended, for the latency histogram. */
export type SynthesisOutcome = "ok" | "cached" | "error";

/** Buckets of the latency histogram, in seconds (TTS calls take 0.1 s to minutes with retries). */
export const LATENCY_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120];

/**
 * Registers the TTS metrics on `registry`:
 *
 * - `sacv_tts_in_flight{gate}` / `sacv_tts_queued{gate}`: slots held and callers waiting on
 *   this replica (`gate` is `global` or a provider);
 * - `sacv_tts_shared_in_flight{gate}`: slots held across every replica (shared mode);
 * - `sacv_tts_limit{gate,kind}`: `configured` and `effective` limit;
 * - `sacv_tts_gates_mode{mode}` (1 for the current one) and `sacv_tts_replicas`;
 * - `sacv_tts_throttles_total{provider}`, `sacv_tts_retries_total{provider}`;
 * - `sacv_tts_cache_hits_total{layer}` (`memory`, `disk`), `sacv_tts_cache_misses_total`;
 * - `sacv_tts_synthesis_seconds{provider,outcome}`: time per synthesis, cache hits included.
 *
 * @example
 * ```ts
 * const metrics = new TtsMetrics(metricsRegistry("tts"), synthesizer);
 * metrics.observe("tencent", 0.8, "ok");
 * ```
 */
export class TtsMetrics {
  readonly #latency: Histogram<"provider" | "outcome">;

  constructor(registry: Registry, source: TtsMetricsSource) {
    const registers = [registry];
    const gates = (snap: GatesSnapshot) => [
      ["global", { ...snap.global, configured: snap.global.limit }] as const,
      ...Object.entries(snap.providers),
    ];
    new Gauge({
      name: "sacv_tts_in_flight",
      help: "Gate slots held by this replica",
      labelNames: ["gate"],
      registers,
      collect() {
        this.reset();
        for (const [gate, g] of gates(source.snapshot())) this.set({ gate }, g.inFlight);
      },
    });
    new Gauge({
      name: "sacv_tts_queued",
      help: "Callers waiting for a gate slot on this replica",
      labelNames: ["gate"],
      registers,
      collect() {
        this.reset();
        for (const [gate, g] of gates(source.snapshot())) this.set({ gate }, g.queued);
      },
    });
    new Gauge({
      name: "sacv_tts_shared_in_flight",
      help: "Gate slots held across every replica (Redis mode; else this replica's)",
      labelNames: ["gate"],
      registers,
      collect() {
        this.reset();
        for (const [gate, g] of gates(source.snapshot())) this.set({ gate }, g.clusterInFlight);
      },
    });
    new Gauge({
      name: "sacv_tts_limit",
      help: "Gate limit: configured, and effective (lowered on throttling)",
      labelNames: ["gate", "kind"],
      registers,
      collect() {
        this.reset();
        for (const [gate, g] of gates(source.snapshot())) {
          this.set({ gate, kind: "configured" }, g.configured);
          this.set({ gate, kind: "effective" }, g.limit);
        }
      },
    });
    new Gauge({
      name: "sacv_tts_gates_mode",
      help: "1 for where the gates live now: local, shared (Redis) or fallback",
      labelNames: ["mode"],
      registers,
      collect() {
        const mode = source.snapshot().mode;
        for (const m of ["local", "shared", "fallback"]) this.set({ mode: m }, m === mode ? 1 : 0);
      },
    });
    new Gauge({
      name: "sacv_tts_replicas",
      help: "TTS replicas sharing the gates",
      registers,
      collect() {
        this.set(source.snapshot().replicas);
      },
    });
    // Counters read from the gates' own counts, which only grow.
    const counted = (name: string, help: string, pick: "throttles" | "retries") =>
      new Counter({
        name,
        help,
        labelNames: ["provider"],
        registers,
        collect() {
          this.reset();
          for (const [provider, p] of Object.entries(source.snapshot().providers)) {
            this.inc({ provider }, p[pick]);
          }
        },
      });
    counted("sacv_tts_throttles_total", "Provider calls answered with throttling", "throttles");
    counted(
      "sacv_tts_retries_total",
      "Provider calls made again after a retryable failure",
      "retries",
    );
    new Counter({
      name: "sacv_tts_cache_hits_total",
      help: "Syntheses answered from the result cache",
      labelNames: ["layer"],
      registers,
      collect() {
        this.reset();
        this.inc({ layer: "memory" }, source.cacheStats.memoryHits);
        this.inc({ layer: "disk" }, source.cacheStats.diskHits);
      },
    });
    new Counter({
      name: "sacv_tts_cache_misses_total",
      help: "Cache lookups that had to call a provider",
      registers,
      collect() {
        this.reset();
        this.inc(source.cacheStats.misses);
      },
    });
    this.#latency = new Histogram({
      name: "sacv_tts_synthesis_seconds",
      help: "Time per synthesis (queueing, retries and cache hits included)",
      labelNames: ["provider", "outcome"],
      buckets: LATENCY_BUCKETS,
      registers,
    });
  }

  /** Records one synthesis. */
  observe(provider: string, seconds: number, outcome: SynthesisOutcome): void {
    this.#latency.observe({ provider, outcome }, seconds);
  }
}
