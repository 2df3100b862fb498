// Runs one task through its pipeline and records its single outcome (store + event).
import { CancelledError } from "../common/errors.ts";
import type { Logger } from "../common/log.ts";
import type { EventBus, EventType } from "./events.ts";
import type { TaskMetrics } from "./metrics.ts";
import { InterruptedError, type Pipeline, type PipelineContext, type Scope } from "./pipeline.ts";
import type { ProjectStore } from "./projects.ts";
import {
  errorDetail,
  errorEventData,
  failureLocation,
  interruptedDetail,
  taskEvent,
} from "./task_outcome.ts";
import {
  type ErrorDetail,
  isTerminal,
  type TaskRecord,
  type TaskStatus,
  type TaskStore,
} from "./tasks.ts";

/** What running a task needs. */
export interface RunnerDeps {
  tasks: TaskStore;
  projects: ProjectStore;
  bus: EventBus;
  logger: Logger;
  pipelines: Record<Scope, Pipeline>;
  mediaRoot: string;
  dataDir: string;
  /**
   * Set when interrupted tasks are resumed after a restart: a task stopped by
   * a shutdown then keeps its work dir, and this marks it for resuming.
   */
  onInterrupted?: (task: TaskRecord) => void;
  /** Task and phase durations, failures (Prometheus). */
  metrics?: TaskMetrics;
}

/** Extra fields of a terminal record. */
export interface EndFields {
  error?: ErrorDetail;
  /** Every bad segment of a validation failure (the error event lists them). */
  badSegments?: readonly number[];
  filePath?: string;
  data?: Record<string, unknown>;
  progress?: number;
}

/** Publishes an event carrying the task's current state. */
export function publishTask(
  deps: Pick<RunnerDeps, "bus" | "logger">,
  task: TaskRecord,
  type: EventType,
  data: Record<string, unknown> = {},
): void {
  deps.bus.publish(taskEvent(task, type, data));
  if (isTerminal(task.status)) {
    deps.logger.info("task ended", {
      task_id: task.task_id,
      status: task.status,
      event_type: type,
    });
  }
}

/** Moves a task to a terminal status and publishes its one terminal event. */
export function endTask(
  deps: Pick<RunnerDeps, "bus" | "logger" | "tasks">,
  task: TaskRecord,
  status: TaskStatus,
  type: EventType,
  message: string,
  extra: EndFields = {},
): void {
  const done = deps.tasks.finish(task.task_id, status, {
    phase: status === "failed" ? "error" : status,
    message,
    error: extra.error,
    filePath: extra.filePath,
    progress: extra.progress,
  });
  publishTask(
    deps,
    done,
    type,
    extra.error ? errorEventData(extra.error, extra.badSegments) : extra.data,
  );
}

/**
 * One running task: calls the pipeline with a context whose emits keep
 * progress monotonic and are dropped once the task has ended, then records
 * completed / failed / cancelled / interrupted exactly once.
 */
export class TaskRun {
  task: TaskRecord;
  readonly controller = new AbortController();
  /** True once the terminal status is recorded. */
  ended = false;
  /** Why the signal was aborted. */
  stopReason?: "cancelled" | "interrupted";
  /** Settles when {@linkcode TaskRun.run} has finished (set by the scheduler). */
  done: Promise<void> = Promise.resolve();
  #deps: RunnerDeps;
  #progress: number;
  #startedAt = 0;
  #phase = "start";
  #phaseAt = 0;

  constructor(deps: RunnerDeps, task: TaskRecord) {
    this.#deps = deps;
    this.task = task;
    this.#progress = task.progress;
  }

  /** Aborts the pipeline; the outcome is recorded once it has unwound. */
  stop(reason: "cancelled" | "interrupted"): void {
    this.stopReason ??= reason;
    // Only a task that will be resumed keeps its work dir (InterruptedError).
    this.controller.abort(
      reason === "interrupted" && this.#deps.onInterrupted
        ? new InterruptedError()
        : new CancelledError(`task ${reason}`),
    );
  }

  /** Records `cancelled` now, for a pipeline that does not unwind in time. */
  forceCancelled(): void {
    if (this.ended) return;
    this.ended = true;
    endTask(this.#deps, this.task, "cancelled", "cancelled", "cancelled");
    this.#measureEnd("cancelled");
  }

  /** Reports the last phase's and the task's durations (and a failure's stage and code). */
  #measureEnd(status: string, failure?: { stage: string; code: string }): void {
    const m = this.#deps.metrics;
    if (!m) return;
    const now = performance.now();
    m.phaseEnded(this.task.scope, this.#phase, (now - this.#phaseAt) / 1000);
    m.taskEnded(this.task.scope, status, (now - this.#startedAt) / 1000);
    if (failure) m.failed(this.task.scope, failure.stage, failure.code);
  }

  /** Runs the task to its outcome; never rejects. */
  async run(): Promise<void> {
    const d = this.#deps;
    const { task } = this;
    const logger = d.logger.child({
      task_id: task.task_id,
      project_id: task.project_id,
      scope: task.scope,
    });
    d.tasks.markProcessing(task.task_id);
    this.#startedAt = this.#phaseAt = performance.now();
    this.task = d.tasks.get(task.task_id);
    publishTask(d, this.task, "progress");
    logger.info("task started");
    try {
      const project = d.projects.get(task.project_id);
      const ctx: PipelineContext = {
        taskId: task.task_id,
        scope: task.scope,
        project: {
          id: project.id,
          name: project.name,
          videoPath: project.video_path,
          script: project.script_json ? JSON.parse(project.script_json) : null,
        },
        options: d.tasks.options(task.task_id),
        mediaRoot: d.mediaRoot,
        dataDir: d.dataDir,
        emit: (phase, progress, message, data) => this.#emit(phase, progress, message, data),
        updateSegment: (u) => {
          if (!this.ended) d.tasks.upsertSegment(task.task_id, u);
        },
        signal: this.controller.signal,
        logger,
      };
      const result = await d.pipelines[task.scope](ctx);
      if (this.ended) return;
      if (task.scope === "generate_video") d.projects.setOutputVideo(project.id, result.filePath);
      else d.projects.addDraftDir(project.id, result.filePath);
      this.ended = true;
      endTask(d, this.task, "completed", "completed", result.message ?? "completed", {
        filePath: result.filePath,
        data: result.data,
        progress: 100,
      });
      this.#measureEnd("completed");
    } catch (err) {
      if (this.ended) return;
      this.ended = true;
      if (this.controller.signal.aborted && this.stopReason === "interrupted") {
        const error = interruptedDetail("the orchestrator shut down while the task was running");
        d.onInterrupted?.(this.task);
        const resumes = d.onInterrupted ? "; it resumes when the orchestrator is back" : "";
        endTask(
          d,
          this.task,
          "interrupted",
          "error",
          `interrupted by orchestrator shutdown${resumes}`,
          {
            error,
          },
        );
        this.#measureEnd("interrupted");
      } else if (this.controller.signal.aborted) {
        endTask(d, this.task, "cancelled", "cancelled", "cancelled");
        this.#measureEnd("cancelled");
      } else {
        const location = failureLocation(err);
        const error = errorDetail(err, location);
        endTask(d, this.task, "failed", "error", error.message, {
          error,
          badSegments: location.bad_segments,
        });
        this.#measureEnd("failed", { stage: error.stage, code: error.code });
        logger.warn("task failed", { error: err });
      }
    }
  }

  #emit(phase: string, progress: number, message: string, data?: Record<string, unknown>) {
    if (this.ended) return;
    if (phase !== this.#phase) {
      const now = performance.now();
      this.#deps.metrics?.phaseEnded(this.task.scope, this.#phase, (now - this.#phaseAt) / 1000);
      this.#phase = phase;
      this.#phaseAt = now;
    }
    const p = Math.max(this.#progress, Math.min(100, Number.isFinite(progress) ? progress : 0));
    this.#progress = p;
    this.#deps.tasks.updateProgress(this.task.task_id, phase, p, message);
    this.task = { ...this.task, phase, progress: p, message };
    publishTask(this.#deps, this.task, "progress", data);
  }
}
