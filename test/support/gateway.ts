// The whole stack for end-to-end tests: O1's three-service stack (TTS with the fake provider,
// media, orchestrator) plus the gateway as a fourth real process, driven over HTTP + WebSocket.
import { fileURLToPath } from "node:url";
import { freePort } from "./spawn_service.ts";
import { type Stack, type StackOptions, startStack } from "./stack.ts";
import { GatewayClient } from "../../tools/cli/client.ts";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** A gateway process. */
export interface GatewayProcess {
  url: string;
  pid: number;
  stderr(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code. */
  stop(graceMs?: number): Promise<number>;
}

/**
 * Spawns `gateway/main.ts` on a free port in front of `orchestratorAddr` and
 * waits until `/healthz` answers.
 */
export async function spawnGateway(
  orchestratorAddr: string,
  env: Record<string, string> = {},
): Promise<GatewayProcess> {
  const port = freePort();
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-net", "--allow-env", "--allow-read", "--allow-sys", "gateway/main.ts"],
    cwd: REPO_ROOT,
    env: {
      NO_COLOR: "1",
      SACV_GATEWAY_HOST: "127.0.0.1",
      SACV_GATEWAY_PORT: String(port),
      SACV_ORCHESTRATOR_ADDR: orchestratorAddr,
      ...env,
    },
    stdin: "null",
    stdout: "null",
    stderr: "piped",
  }).spawn();
  let log = "";
  const pump = (async () => {
    for await (const t of child.stderr.pipeThrough(new TextDecoderStream())) {
      log = (log + t).slice(-128 * 1024);
      if (Deno.env.get("SACV_TEST_VERBOSE") === "1") console.error(`[gateway] ${t.trimEnd()}`);
    }
  })().catch(() => {});
  let code: number | undefined;
  const exited = child.status.then(async (s) => (code = s.code, await pump, s.code));
  const url = `http://127.0.0.1:${port}`;
  const stop = async (graceMs = 10_000) => {
    if (code === undefined) {
      child.kill("SIGTERM");
      const t = setTimeout(() => code === undefined && child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(t);
    }
    return await exited;
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (code !== undefined) throw new Error(`gateway exited with ${code}:\n${log}`);
    try {
      const res = await fetch(`${url}/healthz`);
      await res.body?.cancel();
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop(1_000);
      throw new Error(`gateway did not answer /healthz in time:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, pid: child.pid, stderr: () => log, stop };
}

/** Options for {@linkcode startGatewayStack}. */
export interface GatewayStackOptions extends StackOptions {
  /** Extra env for the gateway process (e.g. SACV_API_TOKEN). */
  gatewayEnv?: Record<string, string>;
}

/** Four real processes and an HTTP client for the gateway. */
export interface GatewayStack {
  stack: Stack;
  gateway: GatewayProcess;
  api: GatewayClient;
  /** Stops the gateway, then the three services; removes temp dirs. */
  stop(): Promise<void>;
}

/**
 * Starts TTS (fake provider), media, orchestrator and gateway as real processes.
 *
 * @example
 * ```ts
 * const s = await startGatewayStack();
 * try {
 *   await s.api.get("/api/projects");
 * } finally {
 *   await s.stop();
 * }
 * ```
 */
export async function startGatewayStack(options: GatewayStackOptions = {}): Promise<GatewayStack> {
  const stack = await startStack(options);
  let gateway: GatewayProcess;
  try {
    gateway = await spawnGateway(stack.orchestrator.addr, {
      SACV_WS_HEARTBEAT_MS: "1000",
      ...options.gatewayEnv,
    });
  } catch (err) {
    await stack.stop();
    throw err;
  }
  return {
    stack,
    gateway,
    api: new GatewayClient(gateway.url, options.gatewayEnv?.SACV_API_TOKEN),
    async stop() {
      await gateway.stop();
      await stack.stop();
    },
  };
}
