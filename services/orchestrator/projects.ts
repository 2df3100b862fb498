// Projects in SQLite: name, video, script (JSON text, unknown keys kept) and outputs.
import type { DatabaseSync } from "node:sqlite";
import { SacvError } from "../common/errors.ts";
import { nowIso } from "./db.ts";
import type { Project } from "./messages.ts";

/** A project as the gRPC contract carries it (`sacv.orchestrator.v1.Project`). */
export type ProjectRecord = Project;

/** Fields for {@linkcode ProjectStore.create} (already validated by the caller). */
export interface NewProject {
  name: string;
  videoPath: string;
  scriptJson: string;
}

type Row = Record<string, unknown>;

function toRecord(row: Row): ProjectRecord {
  return {
    id: String(row.id),
    name: String(row.name),
    video_path: String(row.video_path),
    script_json: String(row.script_json),
    output_video_path: String(row.output_video_path),
    jianying_draft_dirs: JSON.parse(String(row.jianying_draft_dirs)),
    created_at: String(row.created_at),
    updated_at: String(row.updated_at),
  };
}

/** CRUD over the `projects` table. */
export class ProjectStore {
  #db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  /** Inserts a project with a fresh id. */
  create(project: NewProject): ProjectRecord {
    const id = crypto.randomUUID();
    const now = nowIso();
    this.#db.prepare(
      `INSERT INTO projects (id, name, video_path, script_json, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(id, project.name, project.videoPath, project.scriptJson, now, now);
    return this.get(id);
  }

  /** Every project, oldest first. */
  list(): ProjectRecord[] {
    return this.#db.prepare("SELECT * FROM projects ORDER BY created_at, id").all().map(toRecord);
  }

  /** The project, or NOT_FOUND naming its id. */
  get(id: string): ProjectRecord {
    const row = this.#db.prepare("SELECT * FROM projects WHERE id = ?").get(id);
    if (!row) {
      throw new SacvError("NOT_FOUND", `project ${id} not found`, {
        reason: "PROJECT_NOT_FOUND",
        details: { project_id: id },
      });
    }
    return toRecord(row);
  }

  /** Replaces the script (JSON text, already validated). */
  updateScript(id: string, scriptJson: string): ProjectRecord {
    this.get(id);
    this.#db.prepare("UPDATE projects SET script_json = ?, updated_at = ? WHERE id = ?")
      .run(scriptJson, nowIso(), id);
    return this.get(id);
  }

  /** Records the output video of a finished generate_video task. */
  setOutputVideo(id: string, path: string): void {
    this.#db.prepare("UPDATE projects SET output_video_path = ?, updated_at = ? WHERE id = ?")
      .run(path, nowIso(), id);
  }

  /** Appends a draft folder (once) after a finished generate_jianying_draft task. */
  addDraftDir(id: string, dir: string): void {
    const project = this.get(id);
    if (project.jianying_draft_dirs.includes(dir)) return;
    const dirs = JSON.stringify([...project.jianying_draft_dirs, dir]);
    this.#db.prepare("UPDATE projects SET jianying_draft_dirs = ?, updated_at = ? WHERE id = ?")
      .run(dirs, nowIso(), id);
  }

  /** Deletes the project and its task history; returns false when it did not exist. */
  delete(id: string): boolean {
    this.#db.exec("BEGIN");
    try {
      this.#db.prepare(
        "DELETE FROM task_segments WHERE task_id IN (SELECT task_id FROM tasks WHERE project_id = ?)",
      ).run(id);
      this.#db.prepare("DELETE FROM tasks WHERE project_id = ?").run(id);
      const res = this.#db.prepare("DELETE FROM projects WHERE id = ?").run(id);
      this.#db.exec("COMMIT");
      return Number(res.changes) > 0;
    } catch (err) {
      this.#db.exec("ROLLBACK");
      throw err;
    }
  }
}
