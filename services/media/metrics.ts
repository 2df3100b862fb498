// Prometheus metrics of the media service (prom-client): ffmpeg/ffprobe children running,
// waiting for a turn, started and failed, and how long each RPC took. Gauges read at scrape time.
import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import type { LimitFunction } from "p-limit";
import { toolStats } from "./ffmpeg.ts";

/** How an RPC ended, for the duration histogram. */
export type CallOutcome = "ok" | "cancelled" | "invalid" | "error";

/** Buckets of the call histogram in seconds: probes take milliseconds, a 1000-segment build hours. */
export const CALL_BUCKETS = [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600];

/**
 * Registers the media metrics on `registry`:
 *
 * - `sacv_media_children{tool}`: ffmpeg/ffprobe processes running now;
 * - `sacv_media_children_waiting`: runs waiting for a turn under `SACV_MEDIA_MAX_PROCESSES`;
 * - `sacv_media_children_started_total{tool}`, `sacv_media_children_failed_total{tool}`
 *   (non-zero exits; cancelled runs are not failures);
 * - `sacv_media_calls_in_flight{method}` and `sacv_media_call_seconds{method,outcome}`.
 *
 * @example
 * ```ts
 * const metrics = new MediaMetrics(metricsRegistry("media"), ctx.limit);
 * const done = metrics.callStarted("BuildVideo");
 * done("ok");
 * ```
 */
export class MediaMetrics {
  readonly #seconds: Histogram<"method" | "outcome">;
  readonly #inFlight: Gauge<"method">;

  constructor(registry: Registry, limit?: LimitFunction) {
    const registers = [registry];
    new Gauge({
      name: "sacv_media_children",
      help: "ffmpeg/ffprobe child processes running",
      labelNames: ["tool"],
      registers,
      collect() {
        this.reset();
        for (const [tool, n] of Object.entries(toolStats().running)) this.set({ tool }, n);
      },
    });
    new Gauge({
      name: "sacv_media_children_waiting",
      help: "Child runs waiting for a turn under SACV_MEDIA_MAX_PROCESSES",
      registers,
      collect() {
        this.set(limit?.pendingCount ?? 0);
      },
    });
    const totals = (name: string, help: string, pick: "started" | "failed") =>
      new Counter({
        name,
        help,
        labelNames: ["tool"],
        registers,
        collect() {
          this.reset();
          for (const [tool, n] of Object.entries(toolStats()[pick])) this.inc({ tool }, n);
        },
      });
    totals("sacv_media_children_started_total", "Child processes started", "started");
    totals("sacv_media_children_failed_total", "Child processes that exited non-zero", "failed");
    this.#inFlight = new Gauge({
      name: "sacv_media_calls_in_flight",
      help: "Media RPCs running",
      labelNames: ["method"],
      registers,
    });
    this.#seconds = new Histogram({
      name: "sacv_media_call_seconds",
      help: "Media RPC durations by method and outcome",
      labelNames: ["method", "outcome"],
      buckets: CALL_BUCKETS,
      registers,
    });
  }

  /** Counts a call of `method` as running; the returned function ends it with its outcome. */
  callStarted(method: string): (outcome: CallOutcome) => void {
    const started = performance.now();
    this.#inFlight.inc({ method });
    let ended = false;
    return (outcome) => {
      if (ended) return;
      ended = true;
      this.#inFlight.dec({ method });
      this.#seconds.observe({ method, outcome }, (performance.now() - started) / 1000);
    };
  }
}
