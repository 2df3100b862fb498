// Settings saved through the API that are not concurrency: the Jianying drafts directory.
// Kept in `<data>/settings.json`; written at once (temp file + rename).
import { isAbsolute, join, resolve } from "node:path";
import type { JianyingDraftPath } from "./messages.ts";

/** The file name inside the data dir. */
export const SETTINGS_FILE = "settings.json";

interface Stored {
  jianying_draft_path?: string;
}

function exists(path: string): boolean {
  try {
    return Deno.statSync(path).isDirectory;
  } catch {
    return false;
  }
}

/**
 * The Jianying drafts directory setting. When set, a generate_jianying_draft
 * task that names no `draft_dir` writes its draft there.
 */
export class SettingsStore {
  readonly path: string;
  readonly dataDir: string;
  #stored: Stored = {};

  /** Loads `<dataDir>/settings.json` (missing = defaults). */
  constructor(dataDir: string) {
    this.dataDir = dataDir;
    this.path = join(dataDir, SETTINGS_FILE);
    try {
      this.#stored = JSON.parse(Deno.readTextFileSync(this.path));
    } catch (err) {
      if (!(err instanceof Deno.errors.NotFound)) throw err;
    }
  }

  /** The default drafts directory (`<data>/jianying_drafts`). */
  defaultDraftDir(): string {
    return join(this.dataDir, "jianying_drafts");
  }

  /** The setting as the API reports it. */
  jianyingDraftPath(): JianyingDraftPath {
    const path = this.#stored.jianying_draft_path ?? "";
    const effective = path || this.defaultDraftDir();
    return { path, exists: exists(effective), effective };
  }

  /**
   * Sets the drafts directory ("" clears it). The caller has already checked
   * that drafts may be written there; relative paths are taken from the data dir.
   */
  setJianyingDraftPath(path: string): JianyingDraftPath {
    const trimmed = path.trim();
    const abs = trimmed === "" ? "" : isAbsolute(trimmed) ? resolve(trimmed) : resolve(
      this.dataDir,
      trimmed,
    );
    const next = { ...this.#stored, jianying_draft_path: abs };
    const tmp = `${this.path}.${crypto.randomUUID()}.tmp`;
    Deno.writeTextFileSync(tmp, JSON.stringify(next, null, 2), { createNew: true });
    Deno.renameSync(tmp, this.path);
    this.#stored = next;
    return this.jianyingDraftPath();
  }

  /**
   * Candidate drafts directories that exist here: the setting, then the default
   * (created, since the draft pipeline would create it anyway). A server has no
   * Jianying installation to find, unlike the desktop app.
   */
  detectJianyingDraftPaths(): { candidates: string[]; selected: string } {
    Deno.mkdirSync(this.defaultDraftDir(), { recursive: true });
    const seen = new Set<string>();
    for (const p of [this.#stored.jianying_draft_path ?? "", this.defaultDraftDir()]) {
      if (p && exists(p)) seen.add(p);
    }
    const candidates = [...seen];
    return { candidates, selected: candidates[0] ?? "" };
  }
}
