// Starts a service (`services/<name>/main.ts`) as a real child process on a free port and
// waits until its grpc.health.v1 check says SERVING; tests of every service reuse it.
import { fileURLToPath } from "node:url";
import { createClient, unary } from "../../services/common/client.ts";
import { freePort, stopGroup } from "../../tools/processes.ts";

export { freePort };

/** Services that can be spawned, each at `services/<name>/main.ts`. */
export type ServiceProcessName = "tts" | "media" | "orchestrator";

/** The env variable holding each service's `host:port`. */
export const ADDR_ENV: Record<ServiceProcessName, string> = {
  tts: "SACV_TTS_ADDR",
  media: "SACV_MEDIA_ADDR",
  orchestrator: "SACV_ORCHESTRATOR_ADDR",
};

/** Options for {@linkcode spawnService}. */
export interface SpawnServiceOptions {
  /** How long to wait for SERVING, in milliseconds (default 30 000). */
  readyTimeoutMs?: number;
  /** Copy the child's stderr to ours as it arrives (default: env `SACV_TEST_VERBOSE=1`). */
  echoStderr?: boolean;
}

/** A running service process. */
export interface SpawnedService {
  /** `127.0.0.1:<port>` the service listens on. */
  addr: string;
  port: number;
  pid: number;
  /** Everything the child wrote to stderr so far (its JSON log lines), last 256 KiB. */
  stderr(): string;
  /**
   * Sends SIGTERM to the child's process group, waits up to `graceMs` (default
   * 10 000) for it to exit, then SIGKILLs the group. Resolves with the exit code.
   */
  stop(graceMs?: number): Promise<number>;
}

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const STDERR_KEEP = 256 * 1024;

/**
 * Spawns `services/<name>/main.ts` with `deno run -A` in its own process group,
 * listening on a free `127.0.0.1` port (the service's `SACV_*_ADDR` variable is set
 * unless `env` names it), and resolves once its health check reports SERVING.
 * TTS gets `SACV_TTS_ENABLE_FAKE=1` and a fresh `SACV_TTS_CACHE_DIR` (removed on stop)
 * unless `env` names them.
 * Rejects with the child's stderr when it exits early or never becomes ready.
 *
 * @example
 * ```ts
 * const tts = await spawnService("tts", { SACV_TTS_DEFAULT_PROVIDER: "fake" });
 * try {
 *   // dial tts.addr
 * } finally {
 *   await tts.stop();
 * }
 * ```
 */
export async function spawnService(
  name: ServiceProcessName,
  env: Record<string, string> = {},
  options: SpawnServiceOptions = {},
): Promise<SpawnedService> {
  const explicit = env[ADDR_ENV[name]] !== undefined;
  // A free port can be taken between probing and binding: try a few times.
  for (let attempt = 1;; attempt++) {
    try {
      return await spawnOnce(name, env, options);
    } catch (err) {
      const bindFailure = err instanceof Error && /cannot listen|EADDRINUSE/i.test(err.message);
      if (explicit || !bindFailure || attempt >= 3) throw err;
    }
  }
}

async function spawnOnce(
  name: ServiceProcessName,
  env: Record<string, string>,
  options: SpawnServiceOptions,
): Promise<SpawnedService> {
  const addrEnv = ADDR_ENV[name];
  const addr = env[addrEnv] ?? `127.0.0.1:${freePort()}`;
  const port = Number(addr.split(":").pop());
  const echo = options.echoStderr ?? Deno.env.get("SACV_TEST_VERBOSE") === "1";
  // Tests drive TTS with the fake provider, which the service offers only when asked to, and
  // each TTS process gets its own persistent cache unless the test shares one on purpose.
  const defaults: Record<string, string> = {};
  let ownCacheDir: string | undefined;
  if (name === "tts") {
    defaults.SACV_TTS_ENABLE_FAKE = "1";
    if (env.SACV_TTS_CACHE_DIR === undefined) {
      ownCacheDir = await Deno.makeTempDir({ prefix: "sacv-tts-cache-" });
      defaults.SACV_TTS_CACHE_DIR = ownCacheDir;
    }
  }
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", `services/${name}/main.ts`],
    cwd: REPO_ROOT,
    env: { NO_COLOR: "1", SACV_METRICS_ADDR: "127.0.0.1:0", ...defaults, ...env, [addrEnv]: addr },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    detached: true,
  }).spawn();

  let stderrText = "";
  const decoder = new TextDecoder();
  const pumpStderr = (async () => {
    for await (const chunk of child.stderr) {
      if (echo) await Deno.stderr.write(chunk);
      stderrText += decoder.decode(chunk, { stream: true });
      if (stderrText.length > STDERR_KEEP) stderrText = stderrText.slice(-STDERR_KEEP);
    }
  })().catch(() => {});
  const pumpStdout = (async () => {
    for await (const chunk of child.stdout) if (echo) await Deno.stderr.write(chunk);
  })().catch(() => {});

  let exitCode: number | undefined;
  const exited = child.status.then(async (s) => {
    exitCode = s.code;
    await Promise.all([pumpStderr, pumpStdout]);
    return s.code;
  });

  const stop = async (graceMs = 10_000): Promise<number> => {
    // Anything the service left in its group (e.g. ffmpeg children) goes too.
    const code = await stopGroup(
      { pid: child.pid, exited, running: exitCode === undefined },
      graceMs,
    );
    if (ownCacheDir) await Deno.remove(ownCacheDir, { recursive: true }).catch(() => {});
    return code;
  };

  try {
    await waitServing(addr, options.readyTimeoutMs ?? 30_000, () => exitCode !== undefined);
  } catch (err) {
    await stop(2_000);
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(
      `service ${name} did not become ready at ${addr}: ${why}\n--- ${name} stderr ---\n${stderrText}`,
    );
  }
  return { addr, port, pid: child.pid, stderr: () => stderrText, stop };
}

async function waitServing(addr: string, timeoutMs: number, hasExited: () => boolean) {
  const client = createClient("grpc.health.v1.Health", addr);
  const deadline = Date.now() + timeoutMs;
  try {
    while (true) {
      if (hasExited()) throw new Error("process exited before it was ready");
      try {
        const res = await unary<{ service: string }, { status: string }>(
          client,
          "Check",
          { service: "" },
          { timeoutMs: 1_000 },
        );
        if (res.status === "SERVING") return;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error(`no SERVING health status in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    client.close();
  }
}
