// Writing only inside the data dir and media root, symlinks included: directories are resolved to
// real paths component by component (a symlinked parent that leads outside is refused), and files
// are written to a temp name and renamed inside a directory resolved again right before writing.
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { SacvError } from "../common/errors.ts";

/** Options for the checks: the field named in errors. */
export interface PathCheckOptions {
  /** The request field or setting the path came from (default "path"). */
  field?: string;
}

/** True when `path` is `root` or below it (both absolute, lexically). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function outside(path: string, field: string, why = "is outside the data dir and media root") {
  return new SacvError("INVALID_ARGUMENT", `${field} ${why}: ${path}`, {
    reason: "PATH_OUTSIDE_ROOT",
    details: { field },
  });
}

/** Real paths of the roots that exist. */
function realRoots(roots: readonly string[]): string[] {
  const out: string[] = [];
  for (const r of roots) {
    try {
      out.push(Deno.realPathSync(r));
    } catch {
      // A root that does not exist holds nothing.
    }
  }
  return out;
}

/** The root `abs` lies in (lexically, by its given or its real path) and the rest of the path. */
function locate(
  abs: string,
  roots: readonly string[],
): { real: string; parts: string[] } | undefined {
  for (const root of roots) {
    for (const base of [resolve(root), ...realRoots([root])]) {
      if (isInside(base, abs)) {
        const real = realRoots([root])[0];
        if (real === undefined) return undefined;
        return { real, parts: relative(base, abs).split(sep).filter(Boolean) };
      }
    }
  }
  return undefined;
}

/**
 * Walks `dir` from its root one component at a time, resolving every symlink
 * and refusing one that leads outside all `roots`; with `create`, missing
 * directories are made one by one (never through a symlink). Returns the real
 * path, or undefined when `create` is off and a component is missing.
 */
function walk(
  dir: string,
  roots: readonly string[],
  create: boolean,
  field: string,
): string | undefined {
  const abs = resolve(dir);
  const at = locate(abs, roots);
  if (!at) throw outside(abs, field);
  const reals = realRoots(roots);
  const check = (p: string) => {
    if (!reals.some((r) => isInside(r, p))) {
      throw outside(abs, field, "leads outside the data dir and media root");
    }
  };
  let current = at.real;
  for (const part of at.parts) {
    const next = join(current, part);
    let info: Deno.FileInfo | undefined;
    try {
      info = Deno.lstatSync(next);
    } catch (err) {
      if (!(err instanceof Deno.errors.NotFound)) throw err;
    }
    if (!info) {
      if (!create) return undefined;
      try {
        Deno.mkdirSync(next);
      } catch (err) {
        if (!(err instanceof Deno.errors.AlreadyExists)) throw err;
      }
      // Whatever is there now (ours, or someone else's made in between) is checked like the rest.
      info = Deno.lstatSync(next);
    }
    current = info.isSymlink ? Deno.realPathSync(next) : next;
    check(current);
    if (!(info.isSymlink ? Deno.statSync(current).isDirectory : info.isDirectory)) {
      throw outside(abs, field, "is not a directory");
    }
  }
  check(Deno.realPathSync(current));
  return current;
}

/**
 * Creates `dir` (and missing parents) inside one of `roots` and returns its
 * real path. INVALID_ARGUMENT (reason PATH_OUTSIDE_ROOT, naming the field and
 * path) when it lies outside the roots, including through a symlinked parent.
 *
 * @example
 * ```ts
 * const work = ensureDirInside(`${mediaRoot}/.work/${taskId}`, [mediaRoot], { field: "work_dir" });
 * ```
 */
export function ensureDirInside(
  dir: string,
  roots: readonly string[],
  options: PathCheckOptions = {},
): string {
  return walk(dir, roots, true, options.field ?? "path")!;
}

/**
 * Checks, without creating anything, that `dir` lies inside one of `roots`:
 * every existing component is resolved (symlinks too); missing ones cannot
 * lead anywhere yet. Throws like {@linkcode ensureDirInside}.
 */
export function checkDirInside(
  dir: string,
  roots: readonly string[],
  options: PathCheckOptions = {},
): void {
  walk(dir, roots, false, options.field ?? "path");
}

/**
 * Writes `data` to `dir/name` through a temp file (created exclusively, so a
 * planted symlink is never followed) renamed into place. `dir` is resolved
 * again right before the write and the result checked after the rename, so a
 * symlink swapped in after an earlier check cannot redirect the write.
 */
export async function writeFileInside(
  dir: string,
  name: string,
  data: Uint8Array,
  roots: readonly string[],
  options: PathCheckOptions & { signal?: AbortSignal } = {},
): Promise<string> {
  const field = options.field ?? "path";
  if (name.includes("/") || name.includes("\\") || name === "." || name === "..") {
    throw outside(name, field, "is not a plain file name");
  }
  const real = walk(dir, roots, false, field);
  if (real === undefined) throw new Deno.errors.NotFound(`${field} directory is missing: ${dir}`);
  const tmp = join(real, `.${name}.part-${crypto.randomUUID().slice(0, 8)}`);
  const dest = join(real, name);
  try {
    await Deno.writeFile(tmp, data, { createNew: true, signal: options.signal });
    await Deno.rename(tmp, dest);
  } catch (err) {
    await Deno.remove(tmp).catch(() => {});
    throw err;
  }
  const after = Deno.realPathSync(dirname(dest));
  if (!realRoots(roots).some((r) => isInside(r, after))) {
    await Deno.remove(dest).catch(() => {});
    throw outside(dest, field, "was redirected outside the data dir and media root");
  }
  return dest;
}
