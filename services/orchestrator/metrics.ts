// The orchestrator's Prometheus series: queue depth and running tasks per scope, task and phase
// durations, failures by stage and code, and the replicas it knows of per dependency.
import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import type { EndpointPool } from "./clients/endpoints.ts";
import type { Scope } from "./pipeline.ts";
import { SCOPES } from "./pipeline.ts";

/** What the task runner reports (see {@linkcode OrchestratorMetrics}). */
export interface TaskMetrics {
  /** A task ended with `status` after `seconds` of running. */
  taskEnded(scope: Scope, status: string, seconds: number): void;
  /** A task spent `seconds` in `phase` (reported when the next phase starts or the task ends). */
  phaseEnded(scope: Scope, phase: string, seconds: number): void;
  /** A task failed at `stage` with `code`. */
  failed(scope: Scope, stage: string, code: string): void;
}

/** Seconds: from a short draft to a long narrated film. */
const TASK_BUCKETS = [1, 5, 15, 30, 60, 120, 300, 600, 1200, 3600];
const PHASE_BUCKETS = [0.05, 0.25, 1, 5, 15, 60, 300, 1200];

/**
 * The orchestrator's metrics on `registry`. Queue depth, running tasks and
 * replica counts are read when scraped (from `bind`), so they never drift.
 *
 * @example
 * ```ts
 * const metrics = new OrchestratorMetrics(metricsRegistry("orchestrator"));
 * metrics.bind({ pool: (scope) => scheduler.pool(scope), replicas: { tts: ttsPool } });
 * ```
 */
export class OrchestratorMetrics implements TaskMetrics {
  #tasks: Histogram<"scope" | "status">;
  #phases: Histogram<"scope" | "phase">;
  #failures: Counter<"scope" | "stage" | "code">;
  #pool?: (scope: Scope) => { running: number; queued: number };
  #replicas: Record<string, EndpointPool> = {};

  constructor(registry: Registry) {
    const registers = [registry];
    this.#tasks = new Histogram({
      name: "sacv_orchestrator_task_duration_seconds",
      help: "Time from start to end of a task, by scope and final status",
      labelNames: ["scope", "status"],
      buckets: TASK_BUCKETS,
      registers,
    });
    this.#phases = new Histogram({
      name: "sacv_orchestrator_phase_duration_seconds",
      help: "Time a task spent in each phase (prepare, tts_generate, concat_start, ...)",
      labelNames: ["scope", "phase"],
      buckets: PHASE_BUCKETS,
      registers,
    });
    this.#failures = new Counter({
      name: "sacv_orchestrator_task_failures_total",
      help: "Failed tasks by scope, stage (validate, tts, cut, align, concat, ...) and code",
      labelNames: ["scope", "stage", "code"],
      registers,
    });
    // Scrape-time reads (arrow functions keep `this`; collect() gets the gauge as its `this`).
    const pool = () => this.#pool;
    const replicas = () => this.#replicas;
    new Gauge({
      name: "sacv_orchestrator_queue_depth",
      help: "Tasks waiting for a worker, by scope",
      labelNames: ["scope"],
      registers,
      collect() {
        const p = pool();
        for (const scope of SCOPES) if (p) this.set({ scope }, p(scope).queued);
      },
    });
    new Gauge({
      name: "sacv_orchestrator_running_tasks",
      help: "Tasks running now, by scope",
      labelNames: ["scope"],
      registers,
      collect() {
        const p = pool();
        for (const scope of SCOPES) if (p) this.set({ scope }, p(scope).running);
      },
    });
    new Gauge({
      name: "sacv_orchestrator_replicas",
      help: "Replicas of a dependency the orchestrator knows of (state: ready or known)",
      labelNames: ["service", "state"],
      registers,
      collect() {
        for (const [service, p] of Object.entries(replicas())) {
          this.set({ service, state: "known" }, p.endpoints.length);
          this.set({ service, state: "ready" }, p.ready().length);
        }
      },
    });
  }

  /** Where the scrape-time gauges read from. */
  bind(sources: {
    pool?: (scope: Scope) => { running: number; queued: number };
    replicas?: Record<string, EndpointPool>;
  }): void {
    if (sources.pool) this.#pool = sources.pool;
    if (sources.replicas) this.#replicas = sources.replicas;
  }

  taskEnded(scope: Scope, status: string, seconds: number): void {
    this.#tasks.observe({ scope, status }, seconds);
  }

  phaseEnded(scope: Scope, phase: string, seconds: number): void {
    this.#phases.observe({ scope, phase }, seconds);
  }

  failed(scope: Scope, stage: string, code: string): void {
    this.#failures.inc({ scope, stage, code });
  }
}
