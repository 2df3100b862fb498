// Paths inside a draft: media is referenced through the editor's draft-folder placeholder, so a
// draft opens with its media wherever its folder is put; names every OS accepts.
import { relative } from "node:path";

/** The token Jianying and CapCut expand to the draft's own folder when they open it. */
export const DRAFT_PATH_PLACEHOLDER =
  "##_draftpath_placeholder_0E685133-18CE-45ED-8CB8-2904A212EC80_##";

/** Folder inside the draft that holds copied media. */
export const ASSETS_DIR = "assets";

/** The path a draft writes for `file` in its assets folder. */
export function assetPath(file: string): string {
  return `${DRAFT_PATH_PLACEHOLDER}/${ASSETS_DIR}/${file}`;
}

/**
 * Expands a material path written by {@linkcode assetPath} to where the file
 * is when the draft sits in `draftFolder` (what the editor does on open).
 * Any other path is returned unchanged.
 */
export function resolveDraftPath(path: string, draftFolder: string): string {
  const m = /^##_draftpath_placeholder_[0-9A-Fa-f-]+_##(?=\/|$)/.exec(path);
  return m ? draftFolder.replace(/[\\/]+$/, "") + path.slice(m[0].length) : path;
}

/** Forward slashes, as the editors write paths on every OS. */
export function slashPath(path: string): string {
  return path.replaceAll("\\", "/");
}

const encoder = new TextEncoder();

/** `name` cut to at most `maxBytes` of UTF-8, never inside a character or an emoji. */
export function fitBytes(name: string, maxBytes: number): string {
  if (encoder.encode(name).length <= maxBytes) return name;
  let out = "";
  let bytes = 0;
  for (
    const { segment } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(
      name,
    )
  ) {
    const n = encoder.encode(segment).length;
    if (bytes + n > maxBytes) break;
    out += segment;
    bytes += n;
  }
  return out;
}

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * A file or folder name every editor's OS accepts: no separators, control or
 * Windows-reserved characters, no leading dots or trailing dots/spaces, not a
 * reserved device name, at most `maxBytes` of UTF-8 (file systems cap names
 * at 255 bytes; Chinese is 3 bytes a character, emoji 4). Keeps CJK and emoji.
 */
export function portableName(name: string, maxBytes = 150, fallback = "draft"): string {
  let cleaned = [...name.normalize("NFC")]
    .map((c) => (c.charCodeAt(0) < 32 || c === "\x7f" || '\\/:*?"<>|'.includes(c) ? "_" : c))
    .join("");
  cleaned = fitBytes(cleaned.replace(/^[.\s]+/, "").trim(), maxBytes).replace(/[.\s]+$/, "");
  if (cleaned === "") return fallback;
  return RESERVED.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** The draft's folder name: the project's name made portable, plus 8 hex of the task id. */
export function draftFolderName(projectName: string, taskId: string): string {
  return `${portableName(projectName, 180, "project")}_${taskId.replaceAll("-", "").slice(0, 8)}`;
}

/** A path relative to the data dir, with forward slashes (what events and results carry). */
export function dataRelative(dataDir: string, abs: string): string {
  return relative(dataDir, abs).split("\\").join("/");
}
