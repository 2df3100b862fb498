// Projects in SQLite: name, videos, script (JSON text, unknown keys kept), outputs and the
// superAIAutoCutVideo fields (description, narration type, status, client-owned extras).
import type { DatabaseSync } from "node:sqlite";
import { SacvError } from "../common/errors.ts";
import { nowIso } from "./db.ts";
import type { Project } from "./messages.ts";

/** A project as the gRPC contract carries it (`sacv.orchestrator.v1.Project`). */
export type ProjectRecord = Project;

/** Fields for {@linkcode ProjectStore.create} (already validated by the caller). */
export interface NewProject {
  name: string;
  /** "" when the video comes later (by upload). */
  videoPath: string;
  scriptJson: string;
  description?: string;
  narrationType?: string;
  projectType?: string;
}

/** A partial update (already validated); absent fields are unchanged. */
export interface ProjectPatch {
  name?: string;
  description?: string;
  narrationType?: string;
  projectType?: string;
  status?: string;
  videoPath?: string;
  videoPaths?: string[];
  mergedVideoPath?: string;
  scriptJson?: string;
  /** Merged into the stored extras; a `null` value removes the key. */
  extra?: Record<string, unknown>;
}

/** Narration types of the superAIAutoCutVideo frontend; the first is the default. */
export const NARRATION_TYPES: readonly string[] = ["短剧解说", "电影解说"];
/** Project types of the superAIAutoCutVideo frontend; the first is the default. */
export const PROJECT_TYPES: readonly string[] = ["subtitle", "visual"];
/** Statuses a client may set; tasks override it while they run or after they end. */
export const PROJECT_STATUSES: readonly string[] = ["draft", "processing", "completed", "failed"];

type Row = Record<string, unknown>;

// The project's status follows its newest task; without tasks it is what was last set.
const SELECT = `SELECT p.*,
  (SELECT status FROM tasks t WHERE t.project_id = p.id ORDER BY seq DESC LIMIT 1) AS last_task,
  EXISTS (SELECT 1 FROM tasks t WHERE t.project_id = p.id
          AND t.status IN ('queued', 'processing')) AS active
  FROM projects p`;

function projectStatus(row: Row): string {
  if (Number(row.active)) return "processing";
  switch (row.last_task) {
    case "completed":
      return "completed";
    case "failed":
    case "interrupted":
      return "failed";
    default:
      return String(row.status || "draft");
  }
}

function toRecord(row: Row): ProjectRecord {
  const dirs: string[] = JSON.parse(String(row.jianying_draft_dirs));
  return {
    id: String(row.id),
    name: String(row.name),
    video_path: String(row.video_path),
    script_json: String(row.script_json),
    output_video_path: String(row.output_video_path),
    jianying_draft_dirs: dirs,
    created_at: String(row.created_at),
    updated_at: String(row.updated_at),
    description: String(row.description ?? ""),
    narration_type: String(row.narration_type || NARRATION_TYPES[0]),
    project_type: String(row.project_type || PROJECT_TYPES[0]),
    status: projectStatus(row),
    video_paths: JSON.parse(String(row.video_paths ?? "[]")),
    video_names: JSON.parse(String(row.video_names ?? "{}")),
    merged_video_path: String(row.merged_video_path ?? ""),
    jianying_draft_last_dir: dirs.at(-1) ?? "",
    extra_json: String(row.extra_json || "{}"),
  };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
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
    const paths = project.videoPath ? [project.videoPath] : [];
    const names = project.videoPath ? { [project.videoPath]: baseName(project.videoPath) } : {};
    this.#db.prepare(
      `INSERT INTO projects (id, name, video_path, script_json, created_at, updated_at,
         description, narration_type, project_type, video_paths, video_names)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      project.name,
      project.videoPath,
      project.scriptJson,
      now,
      now,
      project.description ?? "",
      project.narrationType || NARRATION_TYPES[0],
      project.projectType || PROJECT_TYPES[0],
      JSON.stringify(paths),
      JSON.stringify(names),
    );
    return this.get(id);
  }

  /** Every project, oldest first. */
  list(): ProjectRecord[] {
    return this.#db.prepare(`${SELECT} ORDER BY p.created_at, p.id`).all().map(toRecord);
  }

  /** The project, or NOT_FOUND naming its id. */
  get(id: string): ProjectRecord {
    const row = this.#db.prepare(`${SELECT} WHERE p.id = ?`).get(id);
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
    return this.update(id, { scriptJson });
  }

  /** Applies a partial update in one statement and returns the project. */
  update(id: string, patch: ProjectPatch): ProjectRecord {
    const current = this.get(id);
    const sets: string[] = [];
    const values: (string | number)[] = [];
    const set = (column: string, value: string | undefined) => {
      if (value === undefined) return;
      sets.push(`${column} = ?`);
      values.push(value);
    };
    set("name", patch.name);
    set("description", patch.description);
    set("narration_type", patch.narrationType);
    set("project_type", patch.projectType);
    set("status", patch.status);
    set("video_path", patch.videoPath);
    set("merged_video_path", patch.mergedVideoPath);
    set("script_json", patch.scriptJson);
    if (patch.videoPaths !== undefined) {
      const names: Record<string, string> = {};
      for (const p of patch.videoPaths) names[p] = current.video_names[p] ?? baseName(p);
      set("video_paths", JSON.stringify(patch.videoPaths));
      set("video_names", JSON.stringify(names));
    }
    if (patch.extra !== undefined) {
      const extra: Record<string, unknown> = JSON.parse(current.extra_json);
      for (const [k, v] of Object.entries(patch.extra)) {
        if (v === null) delete extra[k];
        else extra[k] = v;
      }
      set("extra_json", JSON.stringify(extra));
    }
    set("updated_at", nowIso());
    this.#db.prepare(`UPDATE projects SET ${sets.join(", ")} WHERE id = ?`).run(...values, id);
    return this.get(id);
  }

  /**
   * Adds an uploaded video (path relative to the media root) with its original
   * file name; it becomes the project's video when the project had none.
   */
  addVideo(id: string, path: string, fileName: string): ProjectRecord {
    const p = this.get(id);
    const paths = p.video_paths.includes(path) ? p.video_paths : [...p.video_paths, path];
    const names = { ...p.video_names, [path]: fileName || baseName(path) };
    this.#db.prepare(
      `UPDATE projects SET video_paths = ?, video_names = ?, video_path = ?, updated_at = ?
       WHERE id = ?`,
    ).run(JSON.stringify(paths), JSON.stringify(names), p.video_path || path, nowIso(), id);
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
