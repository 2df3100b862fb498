import assert from "node:assert/strict";
import { join } from "node:path";
import { loadConfig } from "./config.ts";

Deno.test("loadConfig makes dirs absolute, creates them and reads worker env vars", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const c = loadConfig({
      SACV_DATA_DIR: join(dir, "d"),
      SACV_TTS_ADDR: "dns:///tts:50052",
      SACV_TTS_MAX_WORKERS: "12",
    });
    assert.equal(c.dataDir, join(dir, "d"));
    assert.equal(c.uploadsDir, join(dir, "d", "uploads"));
    assert.ok(Deno.statSync(c.uploadsDir).isDirectory);
    assert.equal(c.ttsAddr, "dns:///tts:50052");
    assert.equal(c.addr, "127.0.0.1:50051");
    assert.deepEqual(c.envWorkers, {
      generate_video: undefined,
      generate_jianying_draft: undefined,
      tts: 12,
    });
    assert.equal(c.heartbeatMs, 15_000);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("loadConfig refuses bad values naming the variable and value", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const base = { SACV_DATA_DIR: dir };
    assert.throws(
      () => loadConfig({ ...base, SACV_JY_DRAFT_MAX_WORKERS: "0" }),
      /SACV_JY_DRAFT_MAX_WORKERS.*current value is 0/,
    );
    assert.throws(
      () => loadConfig({ ...base, SACV_GENERATE_VIDEO_MAX_WORKERS: "many" }),
      /SACV_GENERATE_VIDEO_MAX_WORKERS.*many/,
    );
    assert.throws(
      () => loadConfig({ ...base, SACV_MEDIA_ADDR: "nohost" }),
      /SACV_MEDIA_ADDR.*nohost/,
    );
    assert.throws(() => loadConfig({ ...base, SACV_LOG_LEVEL: "loud" }), /SACV_LOG_LEVEL.*loud/);
    await Deno.writeTextFile(join(dir, "file"), "x");
    assert.throws(
      () => loadConfig({ SACV_DATA_DIR: join(dir, "file") }),
      /SACV_DATA_DIR.*cannot be created/,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
