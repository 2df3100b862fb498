// Normalises a project's video_path against the media root, refusing anything outside it.
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { SacvError } from "../common/errors.ts";

function inside(root: string, abs: string): string | undefined {
  const rel = relative(root, abs);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel;
}

/**
 * Returns `input` as a path relative to `mediaRoot` (POSIX separators).
 * Absolute paths inside the root are accepted; a path that resolves outside
 * it, or uses `..`, is INVALID_ARGUMENT naming `field`; a missing file is
 * NOT_FOUND naming it.
 */
export function normaliseMediaPath(mediaRoot: string, input: string, field = "video_path"): string {
  const raw = input.trim();
  if (raw === "") {
    throw new SacvError("INVALID_ARGUMENT", `${field} is required`, {
      reason: "MISSING_FIELD",
      details: { field },
    });
  }
  const refuse = (why: string) =>
    new SacvError("INVALID_ARGUMENT", `${field} ${why}: ${raw}`, {
      reason: "PATH_OUTSIDE_MEDIA_ROOT",
      details: { field },
    });
  if (raw.split(/[\\/]/).includes("..")) throw refuse("must not contain '..'");
  const root = resolve(mediaRoot);
  const abs = isAbsolute(raw) ? resolve(raw) : resolve(join(root, raw));
  const rel = inside(root, abs);
  if (rel === undefined) throw refuse("is outside the media root");
  let real: string;
  try {
    const info = Deno.statSync(abs);
    if (!info.isFile) throw new Error("not a file");
    real = Deno.realPathSync(abs);
  } catch {
    throw new SacvError("NOT_FOUND", `${field} does not exist in the media root: ${raw}`, {
      reason: "FILE_NOT_FOUND",
      details: { field },
    });
  }
  // A symlink inside the root must not lead outside it.
  if (inside(Deno.realPathSync(root), real) === undefined) {
    throw refuse("is outside the media root");
  }
  return rel.split(sep).join("/");
}
