// Confinement of every request path to the media root: inputs must be real
// files inside it (symlinks included), outputs must land inside it.
import {
  basename,
  dirname,
  extname,
  isAbsolute,
  join,
  relative,
  resolve,
  sep as SEPARATOR,
} from "node:path";
import { SacvError } from "../common/errors.ts";

function invalid(field: string, message: string, reason = "INVALID_PATH"): SacvError {
  return new SacvError("INVALID_ARGUMENT", `${field}: ${message}`, {
    reason,
    details: { field },
  });
}

/** True when `child` is `root` or lies below it (both absolute, normalised). */
export function isInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/**
 * Lexically resolves a request path against the media root, refusing empty
 * paths, NUL bytes and anything that escapes the root (`..`, absolute
 * paths elsewhere). Absolute paths inside the root are accepted.
 */
export function lexicalPath(root: string, path: string, field: string): string {
  if (typeof path !== "string" || path.trim() === "") throw invalid(field, "path is empty");
  if (path.includes("\0")) throw invalid(field, "path contains a NUL byte");
  const abs = resolve(root, path);
  if (!isInside(root, abs)) throw invalid(field, `path ${path} is outside the media root`);
  return abs;
}

function realOrNull(path: string, field: string): string | null {
  try {
    return Deno.realPathSync(path);
  } catch (err) {
    if (err instanceof Deno.errors.NotFound) return null;
    // ENAMETOOLONG, ELOOP, ENOTDIR, EACCES...: the path is unusable, not the service broken.
    const why = err instanceof Error ? err.message.replace(/, (?:realpath|stat) .*$/s, "") : "";
    throw invalid(field, `path cannot be used (${why})`);
  }
}

/**
 * Resolves an input path to the real path of an existing regular file inside
 * the media root. Missing → NOT_FOUND; outside (also via symlinks) or not a
 * file → INVALID_ARGUMENT.
 */
export function resolveInput(root: string, path: string, field: string): string {
  const abs = lexicalPath(root, path, field);
  const real = realOrNull(abs, field);
  if (real === null) {
    throw new SacvError("NOT_FOUND", `${field}: file ${path} does not exist`, {
      reason: "FILE_NOT_FOUND",
      details: { field },
    });
  }
  if (!isInside(root, real)) {
    throw invalid(field, `path ${path} resolves outside the media root`);
  }
  if (!Deno.statSync(real).isFile) throw invalid(field, `path ${path} is not a regular file`);
  return real;
}

/** Where an output goes and which parent folders must be created for it. */
export interface OutputTarget {
  /** Absolute target path (its existing ancestors resolved to real paths). */
  path: string;
  /** Folders that do not exist yet, outermost first. */
  missingDirs: string[];
}

/**
 * Resolves an output path inside the media root. The nearest existing
 * ancestor is resolved through symlinks and must still be inside the root;
 * the target must not be an existing directory, nor a symlink.
 */
export function resolveOutput(root: string, path: string, field: string): OutputTarget {
  if (path.endsWith("/") || path.endsWith(SEPARATOR)) {
    throw invalid(field, `path ${path} names a directory, not a file`);
  }
  const out = resolveTarget(root, path, field);
  if (out.missingDirs.length === 0) {
    const info = lstatOrNull(out.path, field);
    if (info?.isDirectory) throw invalid(field, `path ${path} is an existing directory`);
    if (info?.isSymlink) throw invalid(field, `path ${path} is a symlink; refusing to replace it`);
  }
  return out;
}

function lstatOrNull(path: string, field: string): Deno.FileInfo | null {
  try {
    return Deno.lstatSync(path);
  } catch (err) {
    if (err instanceof Deno.errors.NotFound) return null;
    // ENAMETOOLONG, ENOTDIR, EACCES...: the path is unusable, not the service broken.
    const why = err instanceof Error ? err.message.replace(/, lstat .*$/s, "") : "";
    throw invalid(field, `path cannot be used (${why.replace(/: lstat .*$/s, "")})`);
  }
}

/**
 * Resolves a path to write inside the media root: its nearest existing ancestor is
 * resolved through symlinks (a symlinked folder pointing outside is refused) and the
 * rest is joined to that real path.
 */
function resolveTarget(root: string, path: string, field: string): OutputTarget {
  const abs = lexicalPath(root, path, field);
  if (abs === root) throw invalid(field, `path ${path} names the media root`);
  const missing: string[] = [];
  let dir = dirname(abs);
  let realDir = realOrNull(dir, field);
  while (realDir === null) {
    missing.unshift(dir);
    dir = dirname(dir);
    realDir = realOrNull(dir, field);
  }
  if (!isInside(root, realDir)) {
    throw invalid(field, `path ${path} resolves outside the media root`);
  }
  if (!Deno.statSync(realDir).isDirectory) {
    throw invalid(field, `path ${path} has a parent that is not a directory`);
  }
  const rest = relative(dir, abs);
  const target = join(realDir, rest);
  const missingDirs = missing.map((m) => join(realDir, relative(dir, m)));
  return { path: target, missingDirs };
}

/** The path a caller sees for `abs`: relative to the media root. */
export function toRootRelative(root: string, abs: string): string {
  return relative(root, abs).split(SEPARATOR).join("/") || basename(abs);
}

/** Refuses an output whose extension is not one of `allowed` (ffmpeg picks the format by it). */
export function checkExtension(path: string, field: string, allowed: readonly string[]): void {
  const ext = extname(path).toLowerCase();
  if (!allowed.includes(ext)) {
    throw invalid(
      field,
      `extension ${ext || "(none)"} of ${path} is not supported; use one of ${allowed.join(", ")}`,
      "UNSUPPORTED_FORMAT",
    );
  }
}

/** The file that marks a directory as written by the media service (safe to rebuild). */
export const WORK_MARKER = ".sacv-media";

/**
 * Resolves an output directory inside the media root (ancestors through their real
 * paths, as {@linkcode resolveOutput}). An existing directory is accepted only when an
 * earlier call of ours made it (it holds {@linkcode WORK_MARKER}): never a user's folder.
 */
export function resolveOutputDir(root: string, path: string, field: string): OutputTarget {
  const out = resolveTarget(root, path.replace(/[/\\]+$/, ""), field);
  if (out.missingDirs.length === 0) {
    const info = lstatOrNull(out.path, field);
    if (info?.isSymlink) throw invalid(field, `path ${path} is a symlink; refusing to use it`);
    if (info && !info.isDirectory) throw invalid(field, `path ${path} is an existing file`);
    if (info) {
      try {
        Deno.statSync(join(out.path, WORK_MARKER));
      } catch {
        throw invalid(field, `directory ${path} exists and was not made by the media service`);
      }
    }
  }
  return out;
}

/**
 * Resolves an existing directory made by an earlier call (it holds {@linkcode WORK_MARKER}
 * and `required`) to its real path inside the media root.
 */
export function resolveInputDir(
  root: string,
  path: string,
  field: string,
  required: string,
): string {
  const abs = lexicalPath(root, path, field);
  const real = realOrNull(abs, field);
  if (real === null) {
    throw new SacvError("NOT_FOUND", `${field}: directory ${path} does not exist`, {
      reason: "FILE_NOT_FOUND",
      details: { field },
    });
  }
  if (!isInside(root, real)) throw invalid(field, `path ${path} resolves outside the media root`);
  for (const name of [WORK_MARKER, required]) {
    if (realOrNull(join(real, name), field) === null) {
      throw new SacvError("FAILED_PRECONDITION", `${field}: ${path} has no ${name}`, {
        reason: "NOT_BUILT",
        details: { field },
      });
    }
  }
  return real;
}
