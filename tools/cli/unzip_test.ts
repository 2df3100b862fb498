import assert from "node:assert/strict";
import { join } from "node:path";
import { configure, TextReader, ZipWriter } from "@zip.js/zip.js";
import { safeEntryPath, UnsafeEntryError, unzipFile } from "./unzip.ts";

configure({ useWebWorkers: false });

async function makeZip(path: string, entries: Record<string, string>): Promise<void> {
  const file = await Deno.create(path);
  const w = new ZipWriter(file.writable);
  for (const [name, text] of Object.entries(entries)) await w.add(name, new TextReader(text));
  await w.close();
}

Deno.test("safeEntryPath: only plain relative paths inside the target", () => {
  assert.equal(safeEntryPath("草稿/assets/a.wav"), "草稿/assets/a.wav");
  assert.equal(safeEntryPath("d/./x/../y"), "d/y");
  for (const bad of ["../x", "/etc/passwd", "C:/x", "d/../../x", "..", "a\\..\\..\\b", "a\0b"]) {
    assert.throws(() => safeEntryPath(bad), UnsafeEntryError, bad);
  }
});

Deno.test("unzipFile: unpacks into place; refuses escapes and existing folders, leaving nothing", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const good = join(dir, "good.zip");
    await makeZip(good, { "草稿😀/draft_info.json": "{}", "草稿😀/assets/a.txt": "音频" });
    const out = join(dir, "out");
    assert.deepEqual(await unzipFile(good, out), ["草稿😀"]);
    assert.equal(await Deno.readTextFile(join(out, "草稿😀", "assets", "a.txt")), "音频");
    await assert.rejects(unzipFile(good, out), /already exists/);
    assert.deepEqual([...Deno.readDirSync(out)].map((e) => e.name), ["草稿😀"]);

    const evil = join(dir, "evil.zip");
    await makeZip(evil, { "d/ok.txt": "ok", "d/../../escaped.txt": "gotcha" });
    const target = join(dir, "target");
    // zip.js refuses such names itself; safeEntryPath is the second line of defence.
    await assert.rejects(unzipFile(evil, target), /unsafe|refusing/i);
    await assert.rejects(Deno.stat(join(dir, "escaped.txt")));
    assert.deepEqual([...Deno.readDirSync(target)], [], "no temp folder or partial draft left");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
