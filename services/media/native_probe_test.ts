import assert from "node:assert/strict";
import { makeTone, makeVideo } from "../../test/support/media_fixtures.ts";
import { probeNative } from "./native_probe.ts";
import { probe } from "./probe.ts";
import { ffmpeg, withTestRoot } from "./testing.ts";

Deno.test("native probe agrees with ffprobe on MP4 and WAV, and declines other files", () =>
  withTestRoot(async ({ root }) => {
    await makeVideo(`${root}/a.mp4`, { duration: 1.2 });
    await makeVideo(`${root}/b.mp4`, { duration: 1, fps: 30000 / 1001, audio: false });
    await makeTone(`${root}/n.wav`, { duration: 0.77, sampleRate: 22050 });
    // Stream copy from a keyframe (edit lists), mono AAC in .m4a, a moov at the end.
    await ffmpeg(["-ss", "0.4", "-i", `${root}/a.mp4`, "-c", "copy", `${root}/copy.mp4`]);
    await ffmpeg(["-i", `${root}/n.wav`, "-c:a", "aac", "-ac", "1", `${root}/mono.m4a`]);
    await ffmpeg(["-i", `${root}/a.mp4`, "-c", "copy", `${root}/tail.mov`]);
    await ffmpeg(["-i", `${root}/n.wav`, "-c:a", "libmp3lame", `${root}/n.mp3`]);
    for (const name of ["a.mp4", "b.mp4", "n.wav", "copy.mp4", "mono.m4a", "tail.mov"]) {
      const native = await probeNative(`${root}/${name}`, name);
      const ff = await probe(`${root}/${name}`, { native: false, displayPath: name });
      assert.ok(native, `${name}: native probe declined`);
      for (const [k, v] of Object.entries(ff)) {
        const got: unknown = (native as unknown as Record<string, unknown>)[k];
        if (typeof v === "number") {
          assert.ok(Math.abs(v - (got as number)) < 1e-3, `${name} ${k}: ${v} vs ${got}`);
        } else if (k !== "format") assert.equal(got, v, `${name} ${k}`);
      }
    }
    assert.equal(await probeNative(`${root}/n.mp3`, "n.mp3"), null);
    await Deno.writeTextFile(`${root}/junk.mp4`, "\0\0\0\x10ftypisomjunkjunkjunk");
    assert.equal(await probeNative(`${root}/junk.mp4`, "junk.mp4"), null);
    assert.equal(await probeNative(`${root}/missing.mp4`, "missing.mp4"), null);
  }));

Deno.test("native probe declines a truncated MP4 (mdat cut short)", () =>
  withTestRoot(async ({ root }) => {
    await makeVideo(`${root}/a.mp4`, { duration: 1 });
    const bytes = await Deno.readFile(`${root}/a.mp4`);
    await Deno.writeFile(`${root}/cut.mp4`, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    assert.ok(await probeNative(`${root}/a.mp4`, "a.mp4"));
    assert.equal(await probeNative(`${root}/cut.mp4`, "cut.mp4"), null);
  }));
