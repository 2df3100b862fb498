// TaskScheduler: one FIFO queue and worker pool per scope, de-duplicated per project and scope.
import { CancelledError, SacvError } from "../common/errors.ts";
import type { Logger } from "../common/log.ts";
import type { EventBus, EventType, TaskEvent } from "./events.ts";
import {
  type FailureLocation,
  type Pipeline,
  type PipelineContext,
  PipelineError,
  type Scope,
  SCOPES,
  type TaskOptions,
} from "./pipeline.ts";
import type { ProjectStore } from "./projects.ts";
import {
  type ErrorDetail,
  isTerminal,
  type TaskRecord,
  type TaskStatus,
  type TaskStore,
} from "./tasks.ts";

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

interface Running {
  task: TaskRecord;
  controller: AbortController;
  progress: number;
  ended: boolean;
  /** Why the signal was aborted. */
  stopReason?: "cancelled" | "interrupted";
  done: Promise<void>;
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
  #o: SchedulerOptions;
  #max: Record<Scope, number>;
  #queues: Record<Scope, string[]> = { generate_video: [], generate_jianying_draft: [] };
  #running = new Map<string, Running>();
  #stopping = false;

  constructor(options: SchedulerOptions) {
    this.#o = options;
    this.#max = { ...options.workers };
  }

  /**
   * Restores state after a restart: tasks left processing become
   * `interrupted` (with a terminal event), queued ones are queued again in
   * submission order. Call once before serving.
   */
  recover(): { interrupted: string[]; requeued: string[] } {
    const stale = this.#o.tasks.listByStatus("processing");
    for (const t of stale) {
      const error = this.#detail(
        new SacvError("UNAVAILABLE", "the orchestrator stopped while the task was running", {
          reason: "INTERRUPTED",
        }),
        { stage: "orchestrator", code: "INTERRUPTED" },
      );
      this.#end(t, "interrupted", "error", "interrupted by an orchestrator restart", { error });
    }
    const queued = this.#o.tasks.listByStatus("queued");
    for (const t of queued) this.#queues[t.scope].push(t.task_id);
    for (const scope of SCOPES) this.#pump(scope);
    return { interrupted: stale.map((t) => t.task_id), requeued: queued.map((t) => t.task_id) };
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
    this.#publish(task, "progress", {});
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
      this.#end(task, "cancelled", "cancelled", "cancelled before it started");
      return { task_id: task.task_id, cancelled: true };
    }
    const run = this.#running.get(task.task_id);
    if (!run) return { task_id: task.task_id, cancelled: false };
    run.stopReason ??= "cancelled";
    run.controller.abort(new CancelledError("task cancelled"));
    const grace = this.#o.cancelGraceMs ?? 3000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<"late">((r) => timer = setTimeout(() => r("late"), grace));
    const outcome = await Promise.race([run.done.then(() => "done" as const), late]);
    clearTimeout(timer);
    if (outcome === "late" && !run.ended) {
      this.#o.logger.error(
        "pipeline did not unwind within the cancel grace; ending the task anyway",
        {
          task_id: task.task_id,
          grace_ms: grace,
        },
      );
      this.#end(run.task, "cancelled", "cancelled", "cancelled");
      run.ended = true;
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
    for (const run of this.#running.values()) {
      run.stopReason ??= "interrupted";
      run.controller.abort(new CancelledError("orchestrator shutting down"));
    }
    const grace = new Promise<void>((r) => setTimeout(r, this.#o.cancelGraceMs ?? 3000));
    await Promise.race([all(), grace]);
  }

  #pump(scope: Scope): void {
    const queue = this.#queues[scope];
    while (!this.#stopping && queue.length > 0 && this.pool(scope).running < this.#max[scope]) {
      const id = queue.shift()!;
      this.#start(this.#o.tasks.get(id));
    }
  }

  #start(task: TaskRecord): void {
    const controller = new AbortController();
    const run: Running = {
      task,
      controller,
      progress: task.progress,
      ended: false,
      done: Promise.resolve(),
    };
    this.#running.set(task.task_id, run);
    run.done = this.#execute(run).finally(() => {
      this.#running.delete(task.task_id);
      this.#pump(task.scope);
    });
  }

  async #execute(run: Running): Promise<void> {
    const { task } = run;
    const logger = this.#o.logger.child({
      task_id: task.task_id,
      project_id: task.project_id,
      scope: task.scope,
    });
    this.#o.tasks.markProcessing(task.task_id);
    run.task = this.#o.tasks.get(task.task_id);
    this.#publish(run.task, "progress", {});
    logger.info("task started");
    let project;
    try {
      project = this.#o.projects.get(task.project_id);
    } catch (err) {
      this.#fail(run, err);
      return;
    }
    const ctx: PipelineContext = {
      taskId: task.task_id,
      scope: task.scope,
      project: {
        id: project.id,
        name: project.name,
        videoPath: project.video_path,
        script: project.script_json ? JSON.parse(project.script_json) : null,
      },
      options: this.#o.tasks.options(task.task_id),
      mediaRoot: this.#o.mediaRoot,
      dataDir: this.#o.dataDir,
      emit: (phase, progress, message, data) => this.#progress(run, phase, progress, message, data),
      updateSegment: (u) => {
        if (!run.ended) this.#o.tasks.upsertSegment(task.task_id, u);
      },
      signal: run.controller.signal,
      logger,
    };
    try {
      const result = await this.#o.pipelines[task.scope](ctx);
      if (run.ended) return;
      if (task.scope === "generate_video") {
        this.#o.projects.setOutputVideo(project.id, result.filePath);
      } else this.#o.projects.addDraftDir(project.id, result.filePath);
      run.ended = true;
      this.#end(run.task, "completed", "completed", "completed", {
        filePath: result.filePath,
        data: result.data,
        progress: 100,
      });
      logger.info("task completed", { file_path: result.filePath });
    } catch (err) {
      if (run.ended) return;
      if (run.controller.signal.aborted) {
        run.ended = true;
        if (run.stopReason === "interrupted") {
          const error = this.#detail(
            new SacvError("UNAVAILABLE", "orchestrator shutting down", { reason: "INTERRUPTED" }),
            {
              stage: "orchestrator",
              code: "INTERRUPTED",
            },
          );
          this.#end(run.task, "interrupted", "error", "interrupted by orchestrator shutdown", {
            error,
          });
        } else this.#end(run.task, "cancelled", "cancelled", "cancelled");
        logger.info("task stopped", { reason: run.stopReason });
        return;
      }
      this.#fail(run, err);
      logger.warn("task failed", { error: err });
    }
  }

  #progress(
    run: Running,
    phase: string,
    progress: number,
    message: string,
    data?: Record<string, unknown>,
  ) {
    if (run.ended) return;
    const p = Math.max(run.progress, Math.min(100, Number.isFinite(progress) ? progress : 0));
    run.progress = p;
    this.#o.tasks.updateProgress(run.task.task_id, phase, p, message);
    run.task = { ...run.task, phase, progress: p, message };
    this.#publish(run.task, "progress", data ?? {});
  }

  #fail(run: Running, err: unknown): void {
    run.ended = true;
    const location: FailureLocation = err instanceof PipelineError
      ? err.location
      : { stage: "pipeline", code: err instanceof SacvError ? err.reason : "INTERNAL" };
    const error = this.#detail(err, location);
    this.#end(run.task, "failed", "error", error.message, { error });
  }

  #detail(err: unknown, location: FailureLocation): ErrorDetail {
    const e = err instanceof SacvError ? err : undefined;
    return {
      code: location.code ?? e?.reason ?? "INTERNAL",
      reason: e?.reason ?? "INTERNAL",
      message: err instanceof Error ? err.message : String(err),
      segment_id: location.segment_id ?? "",
      index: location.index ?? -1,
      stage: location.stage,
      provider: location.provider ?? "",
    };
  }

  #end(
    task: TaskRecord,
    status: TaskStatus,
    type: EventType,
    message: string,
    extra: {
      error?: ErrorDetail;
      filePath?: string;
      data?: Record<string, unknown>;
      progress?: number;
    } = {},
  ): void {
    const phase = status === "failed" ? "error" : status;
    const done = this.#o.tasks.finish(task.task_id, status, {
      phase,
      message,
      error: extra.error,
      filePath: extra.filePath,
      progress: extra.progress,
    });
    let data = extra.data ?? {};
    if (extra.error) {
      const { segment_id, index, stage, provider, code } = extra.error;
      data = { stage, code };
      if (segment_id) data.segment_id = segment_id;
      if (index >= 0) data.index = index;
      if (provider) data.provider = provider;
    }
    this.#publish(done, type, data);
  }

  #publish(task: TaskRecord, type: EventType, data: Record<string, unknown>): void {
    const event: TaskEvent = {
      type,
      scope: task.scope,
      project_id: task.project_id,
      task_id: task.task_id,
      phase: task.phase,
      status: task.status,
      progress: task.progress,
      message: task.message,
      timestamp: new Date().toISOString(),
      data_json: Object.keys(data).length ? JSON.stringify(data) : "",
    };
    this.#o.bus.publish(event);
    if (isTerminal(task.status)) {
      this.#o.logger.info("task event", {
        event_type: type,
        task_id: task.task_id,
        status: task.status,
      });
    }
  }
}
