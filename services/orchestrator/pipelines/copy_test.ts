import assert from "node:assert/strict";
import { join } from "node:path";
import { CancelledError } from "../../common/errors.ts";
import { copyFileAbortable } from "./copy.ts";

Deno.test("copyFileAbortable: copies exactly; an abort leaves no partial target", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const data = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => i % 251);
    await Deno.writeFile(join(dir, "src"), data);
    await copyFileAbortable(join(dir, "src"), join(dir, "dst"), new AbortController().signal);
    assert.deepEqual(await Deno.readFile(join(dir, "dst")), data);

    await assert.rejects(
      copyFileAbortable(join(dir, "src"), join(dir, "gone"), AbortSignal.abort()),
      CancelledError,
    );
    await assert.rejects(Deno.stat(join(dir, "gone")), Deno.errors.NotFound);
    await assert.rejects(
      copyFileAbortable(join(dir, "missing"), join(dir, "x"), new AbortController().signal),
      Deno.errors.NotFound,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
