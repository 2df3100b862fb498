import assert from "node:assert/strict";
import { loadConfig } from "./config.ts";

Deno.test("loadConfig creates the media root and applies defaults", async () => {
  const base = await Deno.makeTempDir({ prefix: "sacv-media-cfg-" });
  try {
    const cfg = loadConfig({ SACV_UPLOADS_DIR: `${base}/up/loads` });
    assert.equal(cfg.mediaRoot, await Deno.realPath(`${base}/up/loads`));
    assert.equal(cfg.addr, "127.0.0.1:50053");
    assert.equal(cfg.ffmpeg, "ffmpeg");
    assert.equal(cfg.ffprobe, "ffprobe");
    assert.equal(cfg.logLevel, "info");
    assert.ok(cfg.maxProcesses >= 1);
    assert.equal(
      loadConfig({ SACV_UPLOADS_DIR: base, SACV_MEDIA_MAX_PROCESSES: "3" }).maxProcesses,
      3,
    );
  } finally {
    await Deno.remove(base, { recursive: true });
  }
});

Deno.test("loadConfig refuses bad values naming the variable and value", async () => {
  const base = await Deno.makeTempDir({ prefix: "sacv-media-cfg-" });
  try {
    await Deno.writeTextFile(`${base}/file`, "");
    const env = { SACV_UPLOADS_DIR: base };
    assert.throws(() => loadConfig({ ...env, SACV_MEDIA_ADDR: "nope" }), /'SACV_MEDIA_ADDR'.*nope/);
    assert.throws(
      () => loadConfig({ SACV_UPLOADS_DIR: `${base}/file` }),
      /'SACV_UPLOADS_DIR'.*file/,
    );
    assert.throws(
      () => loadConfig({ ...env, FFMPEG_PATH: "/no/such/ffmpeg" }),
      /'FFMPEG_PATH'.*\/no\/such\/ffmpeg/,
    );
    assert.throws(() => loadConfig({ ...env, SACV_LOG_LEVEL: "loud" }), /loud/);
    assert.throws(
      () => loadConfig({ ...env, SACV_MEDIA_MAX_PROCESSES: "0" }),
      /'SACV_MEDIA_MAX_PROCESSES'.*current value is 0/,
    );
  } finally {
    await Deno.remove(base, { recursive: true });
  }
});
