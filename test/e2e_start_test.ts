// `deno task start` as a user runs it: four processes come up healthy with logs relayed,
// and SIGTERM stops them all and exits 0.
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { freePort } from "./support/spawn_service.ts";
import { startServices } from "../tools/start.ts";

const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));

async function listening(port: number): Promise<boolean> {
  try {
    (await Deno.connect({ hostname: "127.0.0.1", port })).close();
    return true;
  } catch {
    return false;
  }
}

Deno.test("tools/start.ts runs four services and stops them all on SIGTERM", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "sacv-e2e-start-" });
  const ports = { gateway: freePort(), orch: freePort(), tts: freePort(), media: freePort() };
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-all", "tools/start.ts"],
    cwd: REPO_ROOT,
    env: {
      NO_COLOR: "1",
      SACV_DATA_DIR: dataDir,
      SACV_GATEWAY_PORT: String(ports.gateway),
      SACV_ORCHESTRATOR_ADDR: `127.0.0.1:${ports.orch}`,
      SACV_TTS_ADDR: `127.0.0.1:${ports.tts}`,
      SACV_MEDIA_ADDR: `127.0.0.1:${ports.media}`,
      SACV_TTS_DEFAULT_PROVIDER: "fake",
      SACV_TTS_ENABLE_FAKE: "1",
    },
    stdin: "null",
    stdout: "null",
    stderr: "piped",
  }).spawn();
  let log = "";
  let exited = false;
  const pump = (async () => {
    for await (const t of child.stderr.pipeThrough(new TextDecoderStream())) log += t;
  })();
  const status = child.status.then((s) => (exited = true, s));
  try {
    const deadline = Date.now() + 90_000;
    while (!log.includes("ready: gateway")) {
      if (exited || Date.now() > deadline) throw new Error(`start did not become ready:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const ready = await fetch(`http://127.0.0.1:${ports.gateway}/readyz`);
    assert.equal(ready.status, 200, await ready.text());
    for (const name of ["tts", "media", "orchestrator", "gateway"]) {
      assert.match(log, new RegExp(`\\[${name}\\s*\\] \\{`), `no relayed log lines from ${name}`);
    }
    assert.ok((await Deno.stat(`${dataDir}/uploads`)).isDirectory);
    child.kill("SIGTERM");
    const s = await status;
    await pump;
    assert.equal(s.code, 0, log);
    assert.match(log, /all services stopped/);
    for (const port of Object.values(ports)) {
      assert.equal(await listening(port), false, `port ${port}`);
    }
  } finally {
    if (!exited) child.kill("SIGKILL");
    await status;
    await Deno.remove(dataDir, { recursive: true });
  }
});

Deno.test("the launcher starts a killed service again and the stack becomes ready again", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "sacv-e2e-restart-" });
  const restarted: string[] = [];
  const running = await startServices({
    dataDir,
    freePorts: true,
    restart: true,
    env: { SACV_TTS_DEFAULT_PROVIDER: "fake", SACV_TTS_ENABLE_FAKE: "1" },
    log: () => {},
    onRestart: (name) => restarted.push(name),
  });
  try {
    for (const name of ["tts", "media", "orchestrator"] as const) {
      const before = running.pids[name];
      Deno.kill(before, "SIGKILL");
      const deadline = Date.now() + 60_000;
      // Ready again means: a new process, and the gateway's readiness check passes through it.
      while (true) {
        if (running.pids[name] !== before) {
          const res = await fetch(`${running.gatewayUrl}/readyz`);
          await res.body?.cancel();
          if (res.status === 200) break;
        }
        if (Date.now() > deadline) throw new Error(`${name} did not come back: ${restarted}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    assert.deepEqual(restarted, ["tts", "media", "orchestrator"]);
  } finally {
    await running.stop();
    await Deno.remove(dataDir, { recursive: true });
  }
});
