// TaskScheduler: one FIFO queue and worker pool per scope, de-duplicated per project and scope.
import { SacvError } from "../common/errors.ts";
import type { Logger } from "../common/log.ts";
import type { EventBus } from "./events.ts";
import type { Pipeline, Scope, TaskOptions } from "./pipeline.ts";
import { SCOPES } from "./pipeline.ts";
import type { ProjectStore } from "./projects.ts";
import type { TaskMetrics } from "./metrics.ts";
import { interruptedDetail } from "./task_outcome.ts";
import { type ResubmitDeps, resubmitInterrupted, type ResumeStore } from "./resume.ts";
import { endTask, publishTask, type RunnerDeps, TaskRun } from "./task_runner.ts";
import { isTerminal, type TaskRecord, type TaskStore } from "./tasks.ts";

/** What the scheduler needs. */
export interface SchedulerOptions {
  tasks: TaskStore;
  projects: ProjectStore;
  bus: EventBus;
  logger: Logger;
  pipelines: Record<Scope, Pipeline>;
  /** Initial pool size per scope. */
  workers: Record<Scope, number>;
  mediaRoot: string;
  dataDir: string;
  /** How long a cancel waits for the pipeline to unwind before ending the task anyway (ms). */
  cancelGraceMs?: number;
  /** Task and phase durations, failures. */
  metrics?: TaskMetrics;
  /** Resuming of interrupted tasks after a restart (SACV_RESUME_INTERRUPTED); off when absent. */
  resume?: SchedulerResume;
}

/** How the scheduler resumes interrupted tasks. */
export interface SchedulerResume extends Pick<ResubmitDeps, "moveWorkDir" | "discardWorkDir"> {
  store: ResumeStore;
  /** Mark tasks interrupted from now on, and resume marked ones on recovery. */
  enabled: boolean;
}

/** Result of {@linkcode TaskScheduler.submit}. */
export interface SubmitResult {
  task: TaskRecord;
  /** True when the project already had a queued or running task in the scope. */
  existing: boolean;
}

/** A pool's size and load. */
export interface PoolState {
  maxWorkers: number;
  running: number;
  queued: number;
}

/** Scopes and statuses are validated by the service; this guards direct callers. */
function checkScope(scope: string): asserts scope is Scope {
  if (!(SCOPES as readonly string[]).includes(scope)) {
    throw new SacvError(
      "INVALID_ARGUMENT",
      `unknown scope '${scope}': expected ${SCOPES.join(" or ")}`,
      {
        reason: "UNKNOWN_SCOPE",
        details: { field: "scope", scope },
      },
    );
  }
}

/**
 * Runs tasks through their scope's pipeline with at most `maxWorkers` at a
 * time per scope, first in first out. Every task gets exactly one terminal
 * event (completed, error or cancelled) and its progress never goes back.
 */
export class TaskScheduler {
  #o: SchedulerOptions & Pick<RunnerDeps, "onInterrupted">;
  #max: Record<Scope, number>;
  #queues: Record<Scope, string[]> = { generate_video: [], generate_jianying_draft: [] };
  #running = new Map<string, TaskRun>();
  #stopping = false;

  constructor(options: SchedulerOptions) {
    const r = options.resume;
    this.#o = r?.enabled ? { ...options, onInterrupted: (t) => r.store.mark(t.task_id) } : options;
    this.#max = { ...options.workers };
  }

  /**
   * Restores state after a restart: tasks left processing become
   * `interrupted` (with a terminal event), queued ones are queued again in
   * submission order. Call once before serving.
   */
  recover(): { interrupted: string[]; requeued: string[]; resumed: string[] } {
    const stale = this.#o.tasks.listByStatus("processing");
    const mark = this.#o.onInterrupted;
    for (const t of stale) {
      const error = interruptedDetail("the orchestrator stopped while the task was running");
      mark?.(t);
      endTask(this.#o, t, "interrupted", "error", "interrupted by an orchestrator restart", {
        error,
      });
    }
    const queued = this.#o.tasks.listByStatus("queued");
    // Resumed tasks were running before anything still queued: they go first.
    const resumed = this.#o.resume ? resubmitInterrupted({ ...this.#o.resume, ...this.#o }) : [];
    for (const { task } of resumed) {
      publishTask(this.#o, task, "progress", { resumed_from: task.resumed_from });
      this.#queues[task.scope].push(task.task_id);
    }
    for (const t of queued) this.#queues[t.scope].push(t.task_id);
    for (const scope of SCOPES) this.#pump(scope);
    return {
      interrupted: stale.map((t) => t.task_id),
      requeued: queued.map((t) => t.task_id),
      resumed: resumed.map((r) => r.task.task_id),
    };
  }

  /**
   * Queues a task, or returns the project's queued or running task in the
   * scope (`existing: true`). NOT_FOUND for an unknown project,
   * FAILED_PRECONDITION when it has no script or the scheduler is stopping.
   */
  submit(projectId: string, scope: string, options: TaskOptions): SubmitResult {
    checkScope(scope);
    const project = this.#o.projects.get(projectId);
    const active = this.#o.tasks.findActive(projectId, scope);
    if (active) return { task: active, existing: true };
    if (this.#stopping) {
      throw new SacvError("UNAVAILABLE", "the orchestrator is shutting down", {
        reason: "SHUTTING_DOWN",
      });
    }
    if (project.script_json === "") {
      throw new SacvError("FAILED_PRECONDITION", `project ${projectId} has no script`, {
        reason: "NO_SCRIPT",
        details: { field: "script", project_id: projectId },
      });
    }
    const task = this.#o.tasks.insert(projectId, scope, options);
    publishTask(this.#o, task, "progress");
    this.#queues[scope].push(task.task_id);
    this.#pump(scope);
    return { task: this.#o.tasks.get(task.task_id), existing: false };
  }

  /**
   * Cancels the task (`taskId`, or the project's active task in `scope`):
   * a queued task ends at once, a running one once its pipeline has unwound
   * (bounded by the cancel grace). `cancelled` is false when there was
   * nothing to cancel or the task finished first.
   */
  async cancel(
    projectId: string,
    scope: string,
    taskId = "",
  ): Promise<{ task_id: string; cancelled: boolean }> {
    checkScope(scope);
    const task = taskId ? this.#o.tasks.get(taskId) : this.#o.tasks.findActive(projectId, scope);
    if (!task || task.project_id !== projectId || task.scope !== scope) {
      if (task) {
        throw new SacvError(
          "INVALID_ARGUMENT",
          `task ${taskId} is not the project's ${scope} task`,
          {
            reason: "TASK_MISMATCH",
            details: { field: "task_id", task_id: taskId },
          },
        );
      }
      return { task_id: "", cancelled: false };
    }
    if (isTerminal(task.status)) return { task_id: task.task_id, cancelled: false };
    const queue = this.#queues[scope];
    const at = queue.indexOf(task.task_id);
    if (at >= 0) {
      queue.splice(at, 1);
      endTask(this.#o, task, "cancelled", "cancelled", "cancelled before it started");
      return { task_id: task.task_id, cancelled: true };
    }
    const run = this.#running.get(task.task_id);
    if (!run) return { task_id: task.task_id, cancelled: false };
    run.stop("cancelled");
    const grace = this.#o.cancelGraceMs ?? 3000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<"late">((r) => timer = setTimeout(() => r("late"), grace));
    const outcome = await Promise.race([run.done.then(() => "done" as const), late]);
    clearTimeout(timer);
    if (outcome === "late" && !run.ended) {
      this.#o.logger.error("pipeline did not unwind within the cancel grace; ending it anyway", {
        task_id: task.task_id,
        grace_ms: grace,
      });
      run.forceCancelled();
    }
    return {
      task_id: task.task_id,
      cancelled: this.#o.tasks.get(task.task_id).status === "cancelled",
    };
  }

  /** Changes a pool's size live: growing starts queued tasks now, shrinking never stops running ones. */
  resize(scope: string, maxWorkers: number): void {
    checkScope(scope);
    if (!Number.isInteger(maxWorkers) || maxWorkers < 1) {
      throw new RangeError(
        `Cannot resize '${scope}' as maxWorkers must be a positive integer: current value is ${maxWorkers}`,
      );
    }
    this.#max[scope] = maxWorkers;
    this.#pump(scope);
  }

  /** Size and load of a scope's pool. */
  pool(scope: Scope): PoolState {
    const running = [...this.#running.values()].filter((r) => r.task.scope === scope).length;
    return { maxWorkers: this.#max[scope], running, queued: this.#queues[scope].length };
  }

  /**
   * Stops starting tasks, lets running ones finish until `signal` aborts,
   * then aborts them and records them as `interrupted`. Queued tasks stay
   * queued in the store and resume after a restart.
   */
  async shutdown(signal: AbortSignal): Promise<void> {
    this.#stopping = true;
    const all = () => Promise.all([...this.#running.values()].map((r) => r.done));
    const aborted = new Promise<void>((r) => {
      if (signal.aborted) r();
      signal.addEventListener("abort", () => r(), { once: true });
    });
    await Promise.race([all(), aborted]);
    for (const run of this.#running.values()) run.stop("interrupted");
    let timer: ReturnType<typeof setTimeout> | undefined;
    const grace = new Promise<void>((r) => timer = setTimeout(r, this.#o.cancelGraceMs ?? 3000));
    await Promise.race([all(), grace]);
    clearTimeout(timer);
  }

  #pump(scope: Scope): void {
    const queue = this.#queues[scope];
    while (!this.#stopping && queue.length > 0 && this.pool(scope).running < this.#max[scope]) {
      const id = queue.shift()!;
      this.#start(this.#o.tasks.get(id));
    }
  }

  #start(task: TaskRecord): void {
    const run = new TaskRun(this.#o, task);
    this.#running.set(task.task_id, run);
    run.done = run.run().finally(() => {
      this.#running.delete(task.task_id);
      this.#pump(task.scope);
    });
  }
}
