// Opens the orchestrator's SQLite database (node:sqlite) and creates its schema.
import { DatabaseSync } from "node:sqlite";
import { join } from "node:path";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS projects (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  video_path TEXT NOT NULL,
  script_json TEXT NOT NULL DEFAULT '',
  output_video_path TEXT NOT NULL DEFAULT '',
  jianying_draft_dirs TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tasks (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  task_id TEXT NOT NULL UNIQUE,
  project_id TEXT NOT NULL,
  scope TEXT NOT NULL,
  status TEXT NOT NULL,
  progress REAL NOT NULL DEFAULT 0,
  phase TEXT NOT NULL DEFAULT '',
  message TEXT NOT NULL DEFAULT '',
  error_json TEXT NOT NULL DEFAULT '',
  file_path TEXT NOT NULL DEFAULT '',
  options_json TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  started_at TEXT NOT NULL DEFAULT '',
  finished_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS tasks_project_scope ON tasks (project_id, scope, seq);
CREATE INDEX IF NOT EXISTS tasks_status ON tasks (status, seq);
CREATE TABLE IF NOT EXISTS task_segments (
  task_id TEXT NOT NULL,
  segment_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT '',
  strategy TEXT NOT NULL DEFAULT '',
  provider TEXT NOT NULL DEFAULT '',
  attempts INTEGER NOT NULL DEFAULT 0,
  duration REAL NOT NULL DEFAULT 0,
  tts_duration REAL NOT NULL DEFAULT 0,
  error TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (task_id, segment_id)
);
CREATE TABLE IF NOT EXISTS task_resumes (
  interrupted_task_id TEXT PRIMARY KEY,
  resume_task_id TEXT NOT NULL DEFAULT '',
  marked_at TEXT NOT NULL
);
`;

/**
 * Project columns added after the first schema (the superAIAutoCutVideo fields); a database
 * made by an older version gets them on open, with these defaults.
 */
const PROJECT_COLUMNS: readonly [name: string, definition: string][] = [
  ["description", "TEXT NOT NULL DEFAULT ''"],
  ["narration_type", "TEXT NOT NULL DEFAULT '短剧解说'"],
  ["project_type", "TEXT NOT NULL DEFAULT 'subtitle'"],
  ["status", "TEXT NOT NULL DEFAULT 'draft'"],
  ["video_paths", "TEXT NOT NULL DEFAULT '[]'"],
  ["video_names", "TEXT NOT NULL DEFAULT '{}'"],
  ["merged_video_path", "TEXT NOT NULL DEFAULT ''"],
  ["extra_json", "TEXT NOT NULL DEFAULT '{}'"],
];

function addMissingColumns(db: DatabaseSync): void {
  const have = new Set(
    db.prepare("PRAGMA table_info(projects)").all().map((r) => String(r.name)),
  );
  for (const [name, definition] of PROJECT_COLUMNS) {
    if (!have.has(name)) db.exec(`ALTER TABLE projects ADD COLUMN ${name} ${definition}`);
  }
}

/** The file name of the database inside the data dir. */
export const DB_FILE = "sacv.db";

/**
 * Opens (creating when missing) `<dataDir>/sacv.db` in WAL mode with the
 * orchestrator's schema.
 */
export function openDatabase(dataDir: string): DatabaseSync {
  const db = new DatabaseSync(join(dataDir, DB_FILE));
  db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;");
  db.exec(SCHEMA);
  addMissingColumns(db);
  return db;
}

/** The current time as an ISO-8601 string (the format every timestamp column uses). */
export function nowIso(): string {
  return new Date().toISOString();
}
