import assert from "node:assert/strict";
import { SacvError } from "../common/errors.ts";
import { checkExtension, resolveInput, resolveOutput, toRootRelative } from "./paths.ts";
import { createTempOutput, writeAtomically } from "./output.ts";
import { listDir } from "./testing.ts";

const status = (s: string) => (err: unknown) => err instanceof SacvError && err.status === s;

async function setup() {
  const base = await Deno.realPath(await Deno.makeTempDir({ prefix: "sacv-paths-" }));
  const root = `${base}/root`;
  await Deno.mkdir(`${root}/sub`, { recursive: true });
  await Deno.writeTextFile(`${root}/sub/a.mp4`, "x");
  await Deno.writeTextFile(`${base}/secret.mp4`, "s");
  await Deno.symlink(`${base}/secret.mp4`, `${root}/link_out.mp4`);
  await Deno.symlink(`${root}/sub/a.mp4`, `${root}/link_in.mp4`);
  await Deno.symlink(base, `${root}/dir_out`);
  return { base, root, cleanup: () => Deno.remove(base, { recursive: true }) };
}

Deno.test("resolveInput accepts relative and absolute paths inside the root", async () => {
  const { root, cleanup } = await setup();
  try {
    assert.equal(resolveInput(root, "sub/a.mp4", "input"), `${root}/sub/a.mp4`);
    assert.equal(resolveInput(root, `${root}/sub/a.mp4`, "input"), `${root}/sub/a.mp4`);
    assert.equal(resolveInput(root, "sub/../sub/a.mp4", "input"), `${root}/sub/a.mp4`);
    assert.equal(resolveInput(root, "link_in.mp4", "input"), `${root}/sub/a.mp4`);
  } finally {
    await cleanup();
  }
});

Deno.test("resolveInput refuses traversal, symlinks out, NUL, dirs; missing is NOT_FOUND", async () => {
  const { base, root, cleanup } = await setup();
  try {
    assert.throws(() => resolveInput(root, "../secret.mp4", "clip"), status("INVALID_ARGUMENT"));
    assert.throws(
      () => resolveInput(root, `${base}/secret.mp4`, "clip"),
      status("INVALID_ARGUMENT"),
    );
    assert.throws(() => resolveInput(root, "link_out.mp4", "clip"), status("INVALID_ARGUMENT"));
    assert.throws(
      () => resolveInput(root, "dir_out/secret.mp4", "clip"),
      status("INVALID_ARGUMENT"),
    );
    assert.throws(() => resolveInput(root, "a\0.mp4", "clip"), status("INVALID_ARGUMENT"));
    assert.throws(() => resolveInput(root, "", "clip"), /clip: path is empty/);
    assert.throws(() => resolveInput(root, "sub", "clip"), /not a regular file/);
    assert.throws(() => resolveInput(root, "nope.mp4", "clip"), status("NOT_FOUND"));
    assert.throws(() => resolveInput(root, "../x", "narration"), /^SacvError: narration:/);
  } finally {
    await cleanup();
  }
});

Deno.test("resolveOutput confines outputs and lists folders to create", async () => {
  const { root, cleanup } = await setup();
  try {
    assert.deepEqual(resolveOutput(root, "sub/o.mp4", "output"), {
      path: `${root}/sub/o.mp4`,
      missingDirs: [],
    });
    assert.deepEqual(resolveOutput(root, "x/y/o.mp4", "output").missingDirs, [
      `${root}/x`,
      `${root}/x/y`,
    ]);
    assert.throws(() => resolveOutput(root, "../o.mp4", "output"), status("INVALID_ARGUMENT"));
    assert.throws(() => resolveOutput(root, "dir_out/o.mp4", "output"), status("INVALID_ARGUMENT"));
    assert.throws(
      () => resolveOutput(root, "dir_out/new/o.mp4", "output"),
      status("INVALID_ARGUMENT"),
    );
    assert.throws(() => resolveOutput(root, "sub", "output"), /existing directory/);
    assert.throws(() => resolveOutput(root, "link_out.mp4", "output"), /symlink/);
    assert.throws(() => resolveOutput(root, "sub/a.mp4/o.mp4", "output"), /not a directory/);
    assert.equal(toRootRelative(root, `${root}/sub/o.mp4`), "sub/o.mp4");
  } finally {
    await cleanup();
  }
});

Deno.test("checkExtension names the field and the allowed extensions", () => {
  checkExtension("a.MP4", "output", [".mp4"]);
  assert.throws(() => checkExtension("a.txt", "output", [".mp4"]), /output: extension \.txt/);
});

Deno.test("writeAtomically renames on success and leaves nothing on failure", async () => {
  const { root, cleanup } = await setup();
  try {
    await writeAtomically(resolveOutput(root, "new/dir/o.txt", "output"), async (tmp) => {
      assert.match(tmp, /\/new\/dir\/\.o\.tmp-[0-9a-f]{8}\.txt$/);
      await Deno.writeTextFile(tmp, "ok");
    });
    assert.equal(await Deno.readTextFile(`${root}/new/dir/o.txt`), "ok");
    await assert.rejects(
      writeAtomically(resolveOutput(root, "other/o.txt", "output"), async (tmp) => {
        await Deno.writeTextFile(tmp, "partial");
        throw new Error("boom");
      }),
      /boom/,
    );
    assert.deepEqual(await listDir(root), ["dir_out", "link_in.mp4", "link_out.mp4", "new", "sub"]);
    const temp = await createTempOutput(resolveOutput(root, "sub/t.txt", "output"));
    await temp.discard();
    await temp.discard();
  } finally {
    await cleanup();
  }
});
