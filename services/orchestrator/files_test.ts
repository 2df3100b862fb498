import assert from "node:assert/strict";
import { join } from "node:path";
import { SacvError } from "../common/errors.ts";
import { receiveUpload } from "./files.ts";

async function* chunks(name: string, n: number) {
  yield { filename: name, data: new Uint8Array(n) };
}

Deno.test("receiveUpload: lands in the real uploads dir; one symlinked out of the media root is refused", async () => {
  const base = await Deno.realPath(await Deno.makeTempDir({ prefix: "sacv_upload_" }));
  try {
    const root = join(base, "media");
    const outside = join(base, "outside");
    await Deno.mkdir(root);
    await Deno.mkdir(outside);
    const ok = await receiveUpload(chunks("视频.mp4", 10), root, root);
    assert.match(ok.video_path, /^[0-9a-f-]{36}_视频\.mp4$/);
    assert.equal((await Deno.stat(join(root, ok.video_path))).size, 10);

    await Deno.symlink(outside, join(root, "evil"));
    await assert.rejects(
      receiveUpload(chunks("x.mp4", 10), join(root, "evil"), root),
      (err: unknown) => err instanceof SacvError && err.reason === "PATH_OUTSIDE_ROOT",
    );
    assert.deepEqual([...Deno.readDirSync(outside)], []);
  } finally {
    await Deno.remove(base, { recursive: true });
  }
});
