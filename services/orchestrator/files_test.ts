import assert from "node:assert/strict";
import { join } from "node:path";
import { SacvError } from "../common/errors.ts";
import { outputFileOf, receiveUpload } from "./files.ts";

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

Deno.test("outputFileOf: the MP4 or the .srt beside it; a missing .srt is NOT_FOUND, a bad name named", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const video = `${dir}/片名.mp4`;
    assert.equal(outputFileOf(video, "", "p"), video);
    assert.equal(outputFileOf(video, "video", "p"), video);
    assert.throws(() => outputFileOf(video, "subtitles", "p"), (e: SacvError) => {
      assert.equal(e.status, "NOT_FOUND");
      return true;
    });
    await Deno.writeTextFile(`${dir}/片名.srt`, "1\n");
    assert.equal(outputFileOf(video, "subtitles", "p"), `${dir}/片名.srt`);
    assert.throws(() => outputFileOf(video, "../x\u0000", "p"), (e: SacvError) => {
      assert.equal(e.status, "INVALID_ARGUMENT");
      assert.equal(e.details?.field, "file");
      return true;
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
