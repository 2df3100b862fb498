// Live re-resolution of a dns:/// target with real processes: two TTS replicas on 127.0.0.1 and
// 127.0.0.2 behind one host name; adding and removing /etc/hosts entries (which getaddrinfo and
// so node:dns read) is seen by the orchestrator within SACV_RESOLVE_INTERVAL_MS. It edits
// /etc/hosts (restored afterwards), so it runs only with SACV_TEST_EDIT_HOSTS=1 (as root).
import assert from "node:assert/strict";
import { freePort, spawnService } from "./support/spawn_service.ts";

const HOSTS = "/etc/hosts";
const NAME = "sacv-dns-test.invalid";

Deno.test({
  name: "dns:/// targets are looked up again: a replica appears and drains without a restart",
  ignore: Deno.env.get("SACV_TEST_EDIT_HOSTS") !== "1",
  async fn() {
    const base = Deno.readTextFileSync(HOSTS);
    const setHosts = (ips: string[]) =>
      Deno.writeTextFileSync(HOSTS, base + ips.map((ip) => `${ip} ${NAME}\n`).join(""));
    const port = freePort();
    const metricsPort = freePort();
    const env = { SACV_TTS_DEFAULT_PROVIDER: "fake", SACV_LOG_LEVEL: "warn" };
    const dir = await Deno.makeTempDir();
    const started: { stop(): Promise<number> }[] = [];
    try {
      setHosts(["127.0.0.1"]);
      started.push(await spawnService("tts", { ...env, SACV_TTS_ADDR: `127.0.0.1:${port}` }));
      started.push(await spawnService("tts", { ...env, SACV_TTS_ADDR: `127.0.0.2:${port}` }));
      const media = await spawnService("media", { SACV_UPLOADS_DIR: `${dir}/uploads` });
      started.push(media);
      started.push(
        await spawnService("orchestrator", {
          SACV_TTS_ADDR: `dns:///${NAME}:${port}`,
          SACV_MEDIA_ADDR: media.addr,
          SACV_DATA_DIR: dir,
          SACV_RESOLVE_INTERVAL_MS: "500",
          SACV_METRICS_ADDR: `127.0.0.1:${metricsPort}`,
        }),
      );
      const replicas = async (state: string) => {
        const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
        const line = text.split("\n").find((l) =>
          l.startsWith("sacv_orchestrator_replicas{") &&
          l.includes(`service="tts",state="${state}"`)
        );
        return Number(line?.split(" ")[1]);
      };
      const until = async (cond: () => Promise<boolean>, what: string) => {
        const deadline = Date.now() + 10_000;
        while (!(await cond())) {
          if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      await until(async () => (await replicas("ready")) === 1, "one replica");
      setHosts(["127.0.0.1", "127.0.0.2"]);
      await until(async () => (await replicas("ready")) === 2, "the added replica");
      setHosts(["127.0.0.2"]);
      await until(async () => (await replicas("known")) === 1, "the removed replica to drain");
      assert.equal(await replicas("ready"), 1);
    } finally {
      Deno.writeTextFileSync(HOSTS, base);
      await Promise.all(started.map((s) => s.stop()));
      await Deno.remove(dir, { recursive: true });
    }
  },
});
