// A real redis-server for tests: its own process on a free port, nothing saved to disk; it can
// be stopped and started again on the same port (Redis going away and coming back, empty).
import { freePort } from "./spawn_service.ts";

/** A running (or stopped) test Redis. */
export interface RedisServer {
  /** `redis://127.0.0.1:<port>/0`. */
  readonly url: string;
  readonly port: number;
  /** Whether the process is running. */
  readonly running: boolean;
  /** Stops the server (SIGKILL when `kill`, else SIGTERM) and waits for it to exit. */
  stop(kill?: boolean): Promise<void>;
  /** Starts it again on the same port, empty, and waits until it answers. */
  start(): Promise<void>;
}

async function answers(port: number): Promise<boolean> {
  try {
    const conn = await Deno.connect({ hostname: "127.0.0.1", port });
    try {
      await conn.write(new TextEncoder().encode("PING\r\n"));
      const buf = new Uint8Array(16);
      const n = await conn.read(buf);
      return n !== null && new TextDecoder().decode(buf.subarray(0, n)).startsWith("+PONG");
    } finally {
      conn.close();
    }
  } catch {
    return false;
  }
}

/**
 * Starts `redis-server` (it must be installed: `scripts/ensure_deps.sh` installs it) on a
 * free 127.0.0.1 port with `--save "" --appendonly no`, and waits until it answers PING.
 *
 * @example
 * ```ts
 * const redis = await startRedis();
 * try {
 *   // SACV_REDIS_URL=redis.url
 * } finally {
 *   await redis.stop();
 * }
 * ```
 */
export async function startRedis(): Promise<RedisServer> {
  const port = freePort();
  let child: Deno.ChildProcess | undefined;
  const start = async () => {
    child = new Deno.Command("redis-server", {
      args: ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      stdin: "null",
      stdout: "null",
      stderr: "null",
    }).spawn();
    const deadline = Date.now() + 10_000;
    while (!await answers(port)) {
      if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}/0`,
    port,
    get running() {
      return child !== undefined;
    },
    async stop(kill = false) {
      const c = child;
      child = undefined;
      if (!c) return;
      try {
        c.kill(kill ? "SIGKILL" : "SIGTERM");
      } catch { /* already gone */ }
      await c.status;
    },
    async start() {
      if (!child) await start();
    },
  };
}
