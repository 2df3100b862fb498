// Which interrupted tasks are to be resumed, and by which task: a task interrupted by a shutdown
// or crash is marked; after the restart the scheduler resubmits it and links the two.
import type { DatabaseSync } from "node:sqlite";
import { SacvError } from "../common/errors.ts";
import type { Logger } from "../common/log.ts";
import { nowIso } from "./db.ts";
import type { ProjectStore } from "./projects.ts";
import type { TaskRecord, TaskStore } from "./tasks.ts";

/** A task may be resumed this many times in a row; then it stays interrupted. */
export const MAX_RESUMES = 3;

/** The `task_resumes` table: interrupted task → the task resuming it ("" until resumed). */
export class ResumeStore {
  #db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  /** Marks `taskId` (just interrupted) to be resumed after the restart. */
  mark(taskId: string): void {
    this.#db.prepare(
      `INSERT INTO task_resumes (interrupted_task_id, marked_at) VALUES (?, ?)
       ON CONFLICT (interrupted_task_id) DO NOTHING`,
    ).run(taskId, nowIso());
  }

  /** Marked tasks not resumed yet, in the order they were submitted. */
  pending(): string[] {
    return this.#db.prepare(
      `SELECT r.interrupted_task_id AS id FROM task_resumes r
       JOIN tasks t ON t.task_id = r.interrupted_task_id
       WHERE r.resume_task_id = '' ORDER BY t.seq`,
    ).all().map((r) => String(r.id));
  }

  /** Records that `resumeTaskId` carries on `taskId`'s work ("-" when it will not be resumed). */
  link(taskId: string, resumeTaskId: string): void {
    this.#db.prepare("UPDATE task_resumes SET resume_task_id = ? WHERE interrupted_task_id = ?")
      .run(resumeTaskId, taskId);
  }

  /** How many resumes led to `taskId` (0 for a task a user submitted). */
  depth(taskId: string): number {
    let n = 0;
    let id = taskId;
    const find = this.#db.prepare(
      "SELECT interrupted_task_id AS id FROM task_resumes WHERE resume_task_id = ?",
    );
    while (n <= MAX_RESUMES) {
      const row = find.get(id);
      if (!row) break;
      id = String(row.id);
      n++;
    }
    return n;
  }
}

/** What {@linkcode resubmitInterrupted} works with. */
export interface ResubmitDeps {
  store: ResumeStore;
  tasks: TaskStore;
  projects: ProjectStore;
  logger: Logger;
  /** False: marked tasks are dropped (not resumed now nor later) and their work dirs removed. */
  enabled: boolean;
  /** Hands the interrupted task's work dir to the task resuming it. */
  moveWorkDir(fromTaskId: string, toTaskId: string): void;
  /** Removes the work dir of an interrupted task that will not be resumed. */
  discardWorkDir(taskId: string): void;
}

/**
 * Resubmits every marked interrupted task as a new queued task with the same
 * project, scope and options, linked both ways (`resumed_from`/`resumed_by`)
 * and owning the old work dir; returns the new tasks in submission order.
 * A task is not resumed (and stays interrupted) when resuming is off, its
 * project is gone, its project already has an active task in the scope, or
 * it was resumed {@linkcode MAX_RESUMES} times in a row already.
 */
export function resubmitInterrupted(d: ResubmitDeps): { from: string; task: TaskRecord }[] {
  const out: { from: string; task: TaskRecord }[] = [];
  for (const id of d.store.pending()) {
    const old = d.tasks.get(id);
    const skip = (why: string) => {
      d.store.link(id, "-");
      d.discardWorkDir(id);
      d.logger.warn("interrupted task not resumed", { task_id: id, why });
    };
    if (!d.enabled) {
      skip("SACV_RESUME_INTERRUPTED is off");
      continue;
    }
    if (!projectExists(d.projects, old.project_id)) {
      skip("its project was deleted");
      continue;
    }
    if (d.tasks.findActive(old.project_id, old.scope)) {
      skip("its project has another active task in the scope");
      continue;
    }
    const depth = d.store.depth(id);
    if (depth >= MAX_RESUMES) {
      skip(`it was resumed ${depth} times already`);
      continue;
    }
    const task = d.tasks.insert(old.project_id, old.scope, d.tasks.options(id));
    d.store.link(id, task.task_id);
    d.moveWorkDir(id, task.task_id);
    d.tasks.updateProgress(task.task_id, "queued", 0, `resumes interrupted task ${id}`);
    d.logger.info("interrupted task resumed", { task_id: task.task_id, resumed_from: id });
    out.push({ from: id, task: d.tasks.get(task.task_id) });
  }
  return out;
}

function projectExists(projects: ProjectStore, id: string): boolean {
  try {
    projects.get(id);
    return true;
  } catch (err) {
    if (err instanceof SacvError && err.status === "NOT_FOUND") return false;
    throw err;
  }
}
