// Registers a draft in the drafts directory's root_meta_info.json: merge, never drop others, atomic write.
import { join } from "node:path";

/** The file Jianying keeps its draft list in. */
export const ROOT_META_FILE = "root_meta_info.json";

/**
 * Merges `entry` into a parsed root_meta_info.json: any previous entry for
 * the same draft id or folder is replaced, every other entry and top-level
 * key is kept, and the new entry goes first (Jianying lists newest first).
 */
export function mergeRootMeta(
  existing: Record<string, unknown>,
  entry: Record<string, unknown>,
): Record<string, unknown> {
  const store = Array.isArray(existing.all_draft_store) ? existing.all_draft_store : [];
  const others = store.filter((e: unknown) => {
    if (!e || typeof e !== "object") return true;
    const r = e as Record<string, unknown>;
    return r.draft_id !== entry.draft_id && r.draft_fold_path !== entry.draft_fold_path;
  });
  const all = [entry, ...others];
  const ids = typeof existing.draft_ids === "number" ? existing.draft_ids : 0;
  return { ...existing, all_draft_store: all, draft_ids: Math.max(ids + 1, all.length) };
}

/** The parsed root_meta_info.json of `draftsDir`, or why there is none to use. */
export type RootMeta =
  | { state: "present"; json: Record<string, unknown> }
  | { state: "absent" }
  | { state: "unreadable"; detail: string };

function parseRootMeta(text: string): RootMeta {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    return { state: "unreadable", detail: String(err) };
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    return { state: "unreadable", detail: "not a JSON object" };
  }
  return { state: "present", json: parsed as Record<string, unknown> };
}

/** Reads `<draftsDir>/root_meta_info.json` (absent and non-JSON files are reported, not thrown). */
export async function readRootMeta(draftsDir: string): Promise<RootMeta> {
  try {
    return parseRootMeta(await Deno.readTextFile(join(draftsDir, ROOT_META_FILE)));
  } catch (err) {
    if (err instanceof Deno.errors.NotFound) return { state: "absent" };
    throw err;
  }
}

/** The drafts folder as the editor names it: the `root_path` the editor wrote, else "". */
export function editorRootOf(meta: RootMeta): string {
  if (meta.state !== "present") return "";
  const root = meta.json.root_path;
  return typeof root === "string" ? root : "";
}

/**
 * The draft file the editor's list entries name: what the other entries use
 * (an editor writes the name it opens), else draft_info.json, which 6+ and
 * CapCut open.
 */
export function draftJsonFileOf(meta: RootMeta): "draft_info.json" | "draft_content.json" {
  if (meta.state !== "present" || !Array.isArray(meta.json.all_draft_store)) {
    return "draft_info.json";
  }
  const names = (meta.json.all_draft_store as unknown[]).map((e) =>
    e && typeof e === "object" ? String((e as Record<string, unknown>).draft_json_file ?? "") : ""
  );
  if (names.some((n) => /draft_info\.json$/.test(n))) return "draft_info.json";
  if (names.some((n) => /draft_content\.json$/.test(n))) return "draft_content.json";
  return "draft_info.json";
}

const locks = new Map<string, Promise<unknown>>();

/** Runs `fn` with no other registration on the same file running in this process. */
async function withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const prev = locks.get(key) ?? Promise.resolve();
  const run = prev.catch(() => {}).then(fn);
  const tail = run.catch(() => {});
  locks.set(key, tail);
  try {
    return await run;
  } finally {
    if (locks.get(key) === tail) locks.delete(key);
  }
}

/** Outcome of {@linkcode registerDraft}. */
export type RegisterOutcome =
  | { registered: true; path: string }
  | { registered: false; reason: "absent" | "unreadable"; detail?: string };

/**
 * Adds `entry` to `<draftsDir>/root_meta_info.json` when that file exists
 * (Jianying creates it; we never create one). The file is rewritten through
 * a temp file and a rename, so readers never see half a file. A file that is
 * not JSON (e.g. an encrypted one from newer Jianying) is left untouched.
 */
export function registerDraft(
  draftsDir: string,
  entry: Record<string, unknown>,
): Promise<RegisterOutcome> {
  const path = join(draftsDir, ROOT_META_FILE);
  return withLock(path, async () => {
    const current = await readRootMeta(draftsDir);
    if (current.state === "absent") return { registered: false, reason: "absent" };
    if (current.state === "unreadable") {
      return { registered: false, reason: "unreadable", detail: current.detail };
    }
    const merged = mergeRootMeta(current.json, entry);
    const tmp = `${path}.tmp-${crypto.randomUUID().slice(0, 8)}`;
    try {
      await Deno.writeTextFile(tmp, JSON.stringify(merged));
      await Deno.rename(tmp, path);
    } catch (err) {
      await Deno.remove(tmp).catch(() => {});
      throw err;
    }
    return { registered: true, path };
  });
}
