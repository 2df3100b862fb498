// Tasks and their per-segment detail in SQLite.
import type { DatabaseSync } from "node:sqlite";
import { SacvError } from "../common/errors.ts";
import { nowIso } from "./db.ts";
import type { ErrorDetail as ErrorDetailMsg, Task, TaskSegment } from "./messages.ts";
import type { Scope, SegmentUpdate, TaskOptions } from "./pipeline.ts";

/** Task statuses; the last four are terminal. */
export type TaskStatus =
  | "queued"
  | "processing"
  | "completed"
  | "failed"
  | "cancelled"
  | "interrupted";

/** True for a status a task never leaves. */
export function isTerminal(status: string): boolean {
  return status !== "queued" && status !== "processing";
}

/** `sacv.common.v1.ErrorDetail`. */
export type ErrorDetail = ErrorDetailMsg;

/** `sacv.orchestrator.v1.TaskSegment`. */
export type SegmentRecord = TaskSegment;

/** `sacv.orchestrator.v1.Task` as stored: scope and status narrowed, error always present. */
export interface TaskRecord extends Task {
  scope: Scope;
  status: TaskStatus;
  error: ErrorDetail | null;
}

/** Which tasks {@linkcode TaskStore.list} returns. */
export interface TaskQuery {
  projectId?: string;
  scope?: Scope;
  /** all (default), running (queued or processing), latest (one per scope). */
  filter?: "all" | "running" | "latest";
}

type Row = Record<string, unknown>;

const SEGMENT_COLUMNS = [
  "kind",
  "status",
  "strategy",
  "provider",
  "attempts",
  "duration",
  "tts_duration",
  "error",
] as const;

/** Persistence for tasks; the scheduler is its only writer. */
export class TaskStore {
  #db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  /** Inserts a queued task. */
  insert(projectId: string, scope: Scope, options: TaskOptions): TaskRecord {
    const id = crypto.randomUUID();
    this.#db.prepare(
      `INSERT INTO tasks (task_id, project_id, scope, status, phase, options_json, created_at)
       VALUES (?, ?, ?, 'queued', 'queued', ?, ?)`,
    ).run(id, projectId, scope, JSON.stringify(options), nowIso());
    return this.get(id);
  }

  /** The task with its segments, or NOT_FOUND naming it. */
  get(taskId: string): TaskRecord {
    const row = this.#db.prepare("SELECT * FROM tasks WHERE task_id = ?").get(taskId);
    if (!row) {
      throw new SacvError("NOT_FOUND", `task ${taskId} not found`, {
        reason: "TASK_NOT_FOUND",
        details: { task_id: taskId },
      });
    }
    return this.#toRecord(row, true);
  }

  /** The options the task was submitted with. */
  options(taskId: string): TaskOptions {
    const row = this.#db.prepare("SELECT options_json FROM tasks WHERE task_id = ?").get(taskId);
    return row ? JSON.parse(String(row.options_json)) : { tts: {} };
  }

  /** The project's queued or processing task in `scope`, if any. */
  findActive(projectId: string, scope: Scope): TaskRecord | undefined {
    const row = this.#db.prepare(
      `SELECT * FROM tasks WHERE project_id = ? AND scope = ?
       AND status IN ('queued', 'processing') ORDER BY seq LIMIT 1`,
    ).get(projectId, scope);
    return row ? this.#toRecord(row, true) : undefined;
  }

  /** Tasks with `status`, in submission order. */
  listByStatus(status: TaskStatus): TaskRecord[] {
    return this.#db.prepare("SELECT * FROM tasks WHERE status = ? ORDER BY seq").all(status)
      .map((r) => this.#toRecord(r, false));
  }

  /** Tasks matching `query`, newest first (segments omitted). */
  list(query: TaskQuery = {}): TaskRecord[] {
    const where: string[] = [];
    const args: string[] = [];
    if (query.projectId) (where.push("project_id = ?"), args.push(query.projectId));
    if (query.scope) (where.push("scope = ?"), args.push(query.scope));
    if (query.filter === "running") where.push("status IN ('queued', 'processing')");
    if (query.filter === "latest") {
      where.push("seq IN (SELECT MAX(seq) FROM tasks GROUP BY project_id, scope)");
    }
    const sql = `SELECT * FROM tasks ${where.length ? "WHERE " + where.join(" AND ") : ""}
      ORDER BY seq DESC`;
    return this.#db.prepare(sql).all(...args).map((r) => this.#toRecord(r, false));
  }

  /** Marks a task as started. */
  markProcessing(taskId: string): void {
    this.#db.prepare(
      "UPDATE tasks SET status = 'processing', phase = 'start', started_at = ? WHERE task_id = ?",
    ).run(nowIso(), taskId);
  }

  /** Records the latest phase, progress and message. */
  updateProgress(taskId: string, phase: string, progress: number, message: string): void {
    this.#db.prepare("UPDATE tasks SET phase = ?, progress = ?, message = ? WHERE task_id = ?")
      .run(phase, progress, message, taskId);
  }

  /** Moves a task to a terminal status. */
  finish(
    taskId: string,
    status: TaskStatus,
    fields: {
      phase: string;
      message: string;
      progress?: number;
      error?: ErrorDetail;
      filePath?: string;
    },
  ): TaskRecord {
    const t = this.get(taskId);
    this.#db.prepare(
      `UPDATE tasks SET status = ?, phase = ?, message = ?, progress = ?, error_json = ?,
       file_path = ?, finished_at = ? WHERE task_id = ?`,
    ).run(
      status,
      fields.phase,
      fields.message,
      fields.progress ?? t.progress,
      fields.error ? JSON.stringify(fields.error) : "",
      fields.filePath ?? t.file_path,
      nowIso(),
      taskId,
    );
    return this.get(taskId);
  }

  /** Merges a pipeline's segment update into the task's segment list. */
  upsertSegment(taskId: string, u: SegmentUpdate): void {
    const present = SEGMENT_COLUMNS.filter((c) => u[c] !== undefined);
    const values = present.map((c) => u[c] as string | number);
    const cols = ["task_id", "segment_id", "idx", ...present];
    const updates = ["idx = excluded.idx", ...present.map((c) => `${c} = excluded.${c}`)];
    this.#db.prepare(
      `INSERT INTO task_segments (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})
       ON CONFLICT (task_id, segment_id) DO UPDATE SET ${updates.join(", ")}`,
    ).run(taskId, u.segment_id, u.index, ...values);
  }

  #segments(taskId: string): SegmentRecord[] {
    return this.#db.prepare("SELECT * FROM task_segments WHERE task_id = ? ORDER BY idx")
      .all(taskId).map((r) => ({
        segment_id: String(r.segment_id),
        index: Number(r.idx),
        kind: String(r.kind),
        status: String(r.status),
        strategy: String(r.strategy),
        provider: String(r.provider),
        attempts: Number(r.attempts),
        duration: Number(r.duration),
        tts_duration: Number(r.tts_duration),
        error: String(r.error),
      }));
  }

  #toRecord(row: Row, withSegments: boolean): TaskRecord {
    const id = String(row.task_id);
    return {
      task_id: id,
      project_id: String(row.project_id),
      scope: String(row.scope) as Scope,
      status: String(row.status) as TaskStatus,
      progress: Number(row.progress),
      phase: String(row.phase),
      message: String(row.message),
      error: row.error_json ? JSON.parse(String(row.error_json)) : null,
      file_path: String(row.file_path),
      created_at: String(row.created_at),
      started_at: String(row.started_at),
      finished_at: String(row.finished_at),
      segments: withSegments ? this.#segments(id) : [],
      ...this.#links(id),
    };
  }

  /** The task's resume links (see resume.ts): "" when it neither resumes nor was resumed. */
  #links(taskId: string): { resumed_from: string; resumed_by: string } {
    const row = this.#db.prepare(
      `SELECT
         (SELECT interrupted_task_id FROM task_resumes WHERE resume_task_id = ?1) AS from_id,
         (SELECT resume_task_id FROM task_resumes WHERE interrupted_task_id = ?1) AS by_id`,
    ).get(taskId) ?? {};
    const by = row.by_id ? String(row.by_id) : "";
    return {
      resumed_from: row.from_id ? String(row.from_id) : "",
      resumed_by: by === "-" ? "" : by,
    };
  }
}
