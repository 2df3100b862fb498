// The README's main command, `deno task demo`, end to end (fake voice here for speed; the
// task itself uses the offline `local` voice): both jobs complete and the files exist.
import assert from "node:assert/strict";
import { runDemo } from "../tools/demo.ts";

Deno.test("the demo produces a narrated MP4 and a Jianying draft", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "sacv-e2e-demo-" });
  const lines: string[] = [];
  try {
    const result = await runDemo({
      dataDir,
      env: { SACV_TTS_DEFAULT_PROVIDER: "fake" },
      say: (l) => lines.push(l),
    });
    assert.equal(result.ok, true, lines.join("\n"));
    assert.ok(result.videoPath?.startsWith(dataDir), String(result.videoPath));
    assert.ok((await Deno.stat(result.videoPath!)).size > 10_000);
    assert.match(await Deno.readTextFile(result.srtPath!), /^1\n00:00:00,\d{3} --> /);
    assert.ok(lines.some((l) => l.includes(result.srtPath!)), "the demo prints the SRT");
    assert.ok((await Deno.stat(`${result.draftDir}/draft_info.json`)).isFile);
    assert.ok(lines.some((l) => /generate_video .*100% completed/.test(l)), lines.join("\n"));
    assert.ok(lines.some((l) => l.includes(result.videoPath!)));
    // The MP4's loudness, normalised by default to -16 LUFS.
    const loud = lines.find((l) => l.startsWith("loudness:"));
    const lufs = Number(loud?.match(/(-?[\d.]+) LUFS/)?.[1]);
    assert.ok(Math.abs(lufs + 16) <= 1, lines.join("\n"));
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});
