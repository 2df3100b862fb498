// docker-compose.yml passes every setting a service reads to that service's container, so a
// variable set on the host (e.g. SACV_OPENAI_TTS_BASE_URL) is never silently ignored in Docker.
// Settings left out on purpose are listed below with the reason.
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** Read by the service but deliberately not in compose, and why. */
const NOT_IN_COMPOSE: Record<string, Record<string, string>> = {
  tts: {
    SACV_DATA_DIR: "the TTS container keeps no data besides its cache volume",
    SACV_TENCENT_TTS_ENDPOINT: "points the SDK at the local emulator (tests)",
    SACV_TENCENT_TTS_PROTOCOL: "http:// for the local emulator (tests)",
    SACV_TTS_DRAIN_MS: "shutdown tuning; the default fits compose's stop timeout",
    SACV_TTS_ENABLE_FAKE: "test provider, never in a deployment",
  },
  media: {
    FFMPEG_PATH: "the image installs ffmpeg on PATH",
    FFPROBE_PATH: "the image installs ffprobe on PATH",
  },
  orchestrator: {
    SACV_DRAIN_MS: "shutdown tuning; the default fits compose's stop timeout",
    SACV_EVENTS_HEARTBEAT_MS: "protocol tuning (tests shorten it)",
    SACV_TTS_LIMIT_RESYNC_MS: "only matters without Redis, which compose always runs",
  },
  gateway: {
    SACV_GATEWAY_HOST: "the container listens on all interfaces by design",
    SACV_HTTP_HEADER_TIMEOUT_MS: "connection-guard tuning (tests shorten it)",
    SACV_HTTP_IDLE_TIMEOUT_MS: "connection-guard tuning (tests shorten it)",
    SACV_METRICS_ADDR: "the gateway serves /metrics on its own port",
    SACV_WS_HEARTBEAT_MS: "protocol tuning (tests shorten it)",
  },
};

const SOURCES: Record<string, string> = {
  tts: "services/tts",
  media: "services/media",
  orchestrator: "services/orchestrator",
  gateway: "gateway",
};

/** The environment keys of `service` in the compose file, shared anchors included. */
function composeKeys(compose: string, service: string): Set<string> {
  const lines = compose.split("\n");
  const keys = new Set<string>();
  const anchor = lines.findIndex((l) => l.startsWith("x-common-env:"));
  assert.ok(anchor >= 0, "x-common-env anchor");
  for (let i = anchor + 1; i < lines.length && lines[i].startsWith("  "); i++) {
    const m = lines[i].match(/^\s+([A-Z][A-Z0-9_]+):/);
    if (m) keys.add(m[1]);
  }
  const start = lines.findIndex((l) => l === `  ${service}:`);
  assert.ok(start >= 0, `service ${service} in docker-compose.yml`);
  for (let i = start + 1; i < lines.length; i++) {
    if (/^ {2}[a-z_-]+:\s*$/.test(lines[i]) || /^\S/.test(lines[i])) break;
    const m = lines[i].match(/^\s+([A-Z][A-Z0-9_]+):/);
    if (m) keys.add(m[1]);
  }
  return keys;
}

/** Variable names a directory's code reads from the environment (tests excluded). */
async function readVariables(dir: string): Promise<Set<string>> {
  const names = new Set<string>();
  const pattern =
    /(?:env[A-Za-z]*\(\s*env,\s*|Deno\.env\.get\(\s*|env\[\s*)"((?:SACV|TENCENTCLOUD|FFMPEG|FFPROBE)_[A-Z0-9_]+)"/g;
  const walk = async (d: string) => {
    for await (const e of Deno.readDir(d)) {
      const p = join(d, e.name);
      if (e.isDirectory) await walk(p);
      else if (e.name.endsWith(".ts") && !e.name.endsWith("_test.ts")) {
        for (const m of (await Deno.readTextFile(p)).matchAll(pattern)) names.add(m[1]);
      }
    }
  };
  await walk(join(ROOT, dir));
  return names;
}

Deno.test("docker-compose passes every setting each service reads", async () => {
  const compose = await Deno.readTextFile(join(ROOT, "docker-compose.yml"));
  const common = await readVariables("services/common");
  for (const [service, dir] of Object.entries(SOURCES)) {
    const read = new Set([...await readVariables(dir), ...common]);
    assert.ok(read.size > 3, `${service}: found the variables it reads`);
    const keys = composeKeys(compose, service);
    const skipped = NOT_IN_COMPOSE[service];
    const missing = [...read].filter((v) => !keys.has(v) && !(v in skipped)).sort();
    assert.deepEqual(missing, [], `${service}: read but not passed by docker-compose.yml`);
    for (const v of Object.keys(skipped)) {
      assert.ok(read.has(v), `${service}: ${v} is listed as left out but no longer read`);
    }
  }
});
