import assert from "node:assert/strict";
import { join } from "node:path";
import { SacvError } from "../common/errors.ts";
import { checkDirInside, ensureDirInside, writeFileInside } from "./safe_path.ts";

/** A root and an outside dir in one temp dir; `outside` must stay empty in every test. */
async function dirs() {
  const base = await Deno.realPath(await Deno.makeTempDir({ prefix: "sacv_paths_" }));
  const root = join(base, "root");
  const outside = join(base, "outside");
  await Deno.mkdir(root);
  await Deno.mkdir(outside);
  const outsideEntries = () => [...Deno.readDirSync(outside)].map((e) => e.name);
  return { base, root, outside, outsideEntries };
}

function refused(fn: () => unknown, field: string) {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof SacvError, String(err));
    assert.equal(err.status, "INVALID_ARGUMENT");
    assert.equal(err.reason, "PATH_OUTSIDE_ROOT");
    assert.equal(err.details.field, field);
    return true;
  });
}

Deno.test("ensureDirInside: creates inside; refuses a symlinked parent leading out, creating nothing", async () => {
  const d = await dirs();
  try {
    const made = ensureDirInside(join(d.root, "a", "段落", "b"), [d.root]);
    assert.equal(made, join(d.root, "a", "段落", "b"));
    assert.ok(Deno.statSync(made).isDirectory);
    Deno.symlinkSync(d.outside, join(d.root, "evil"));
    refused(
      () => ensureDirInside(join(d.root, "evil", "x", "y"), [d.root], { field: "work_dir" }),
      "work_dir",
    );
    refused(
      () => ensureDirInside(join(d.root, "evil"), [d.root], { field: "work_dir" }),
      "work_dir",
    );
    refused(() => ensureDirInside(join(d.root, "..", "outside", "z"), [d.root]), "path");
    refused(() => ensureDirInside("/etc/sacv", [d.root]), "path");
    assert.deepEqual(d.outsideEntries(), []);
    // A symlink that stays inside the roots is fine: the real path comes back.
    Deno.symlinkSync(join(d.root, "a"), join(d.root, "alias"));
    assert.equal(ensureDirInside(join(d.root, "alias", "c"), [d.root]), join(d.root, "a", "c"));
    // A second root is allowed too.
    assert.equal(
      ensureDirInside(join(d.outside, "ok"), [d.root, d.outside]),
      join(d.outside, "ok"),
    );
    // A file in the way is not a directory.
    Deno.writeTextFileSync(join(d.root, "file"), "x");
    refused(() => ensureDirInside(join(d.root, "file", "sub"), [d.root]), "path");
  } finally {
    await Deno.remove(d.base, { recursive: true });
  }
});

Deno.test("checkDirInside: resolves what exists, creates nothing", async () => {
  const d = await dirs();
  try {
    checkDirInside(join(d.root, "not", "yet"), [d.root]);
    assert.deepEqual([...Deno.readDirSync(d.root)], []);
    Deno.symlinkSync(d.outside, join(d.root, "evil"));
    refused(
      () => checkDirInside(join(d.root, "evil", "not", "yet"), [d.root], { field: "draft_dir" }),
      "draft_dir",
    );
  } finally {
    await Deno.remove(d.base, { recursive: true });
  }
});

Deno.test("writeFileInside: a planted symlink at the name is replaced, not followed", async () => {
  const d = await dirs();
  try {
    const target = join(d.outside, "victim.txt");
    Deno.writeTextFileSync(target, "keep");
    Deno.symlinkSync(target, join(d.root, "out.json"));
    await writeFileInside(d.root, "out.json", new TextEncoder().encode("new"), [d.root]);
    assert.equal(Deno.readTextFileSync(target), "keep");
    assert.ok(!Deno.lstatSync(join(d.root, "out.json")).isSymlink);
    assert.equal(Deno.readTextFileSync(join(d.root, "out.json")), "new");
    assert.deepEqual(d.outsideEntries(), ["victim.txt"]);
  } finally {
    await Deno.remove(d.base, { recursive: true });
  }
});

Deno.test("writeFileInside: a directory swapped for a symlink after it was checked is refused", async () => {
  const d = await dirs();
  try {
    const work = ensureDirInside(join(d.root, ".work", "t1"), [d.root]);
    // Someone replaces the checked directory with a link out of the root.
    Deno.removeSync(work);
    Deno.symlinkSync(d.outside, work);
    await assert.rejects(
      writeFileInside(work, "tts_0.wav", new Uint8Array(8), [d.root], { field: "work_dir" }),
      (err: unknown) => err instanceof SacvError && err.reason === "PATH_OUTSIDE_ROOT",
    );
    assert.deepEqual(d.outsideEntries(), []);
    await assert.rejects(
      writeFileInside(d.root, "../escape", new Uint8Array(1), [d.root]),
      /not a plain file name/,
    );
  } finally {
    await Deno.remove(d.base, { recursive: true });
  }
});
