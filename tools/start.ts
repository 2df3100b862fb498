// `deno task start`: runs TTS, media, orchestrator and gateway as four processes with embedded
// defaults (SQLite and files under ./data, offline `local` voice), relays their logs, and
// stops them in reverse order on Ctrl-C / SIGTERM.
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { httpOk } from "./healthcheck.ts";
import { freePort, relayLines, stopGroup } from "./processes.ts";

const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));

/** The four processes, in start order. */
export type ServiceName = "tts" | "media" | "orchestrator" | "gateway";

/** Deno permissions each service runs with. */
const FLAGS: Record<ServiceName, string[]> = {
  tts: ["--allow-net", "--allow-env", "--allow-read", "--allow-write", "--allow-sys"],
  media: [
    "--allow-net",
    "--allow-env",
    "--allow-read",
    "--allow-write",
    "--allow-run",
    "--allow-sys",
  ],
  orchestrator: ["--allow-net", "--allow-env", "--allow-read", "--allow-write", "--allow-sys"],
  gateway: ["--allow-net", "--allow-env", "--allow-read", "--allow-sys"],
};

const ENTRY: Record<ServiceName, string> = {
  tts: "services/tts/main.ts",
  media: "services/media/main.ts",
  orchestrator: "services/orchestrator/main.ts",
  gateway: "gateway/main.ts",
};

/** Options for {@linkcode startServices}. */
export interface StartOptions {
  /** Data dir (database, config, uploads/); default `SACV_DATA_DIR` or ./data. */
  dataDir?: string;
  /** Pick free ports instead of the configured/default ones (demo, tests). */
  freePorts?: boolean;
  /** Extra environment for every process (wins over the parent environment). */
  env?: Record<string, string>;
  /** Where each log line goes; default: `[name] line` on stderr. */
  log?: (service: ServiceName, line: string) => void;
  /** How long each service may take to become healthy (default 60 s). */
  readyTimeoutMs?: number;
  /** Called when a process exits while the stack is supposed to be running. */
  onUnexpectedExit?: (service: ServiceName, code: number) => void;
  /**
   * Start a service again when it exits on its own (after 0.5 s, doubling up to 8 s while it
   * keeps failing); `onUnexpectedExit` is still told. Off by default (tests, demo).
   */
  restart?: boolean;
  /** Called when a service was started again after exiting on its own. */
  onRestart?: (service: ServiceName, pid: number) => void;
}

/** The running stack. */
export interface RunningServices {
  gatewayUrl: string;
  addrs: Record<Exclude<ServiceName, "gateway">, string>;
  dataDir: string;
  uploadsDir: string;
  /** Current process ids (updated when a service is restarted). */
  pids: Record<ServiceName, number>;
  /** Stops gateway, orchestrator, then media and TTS (SIGTERM, SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

interface Proc {
  name: ServiceName;
  pid: number;
  exited: Promise<number>;
  running: boolean;
}

async function accepting(addr: string): Promise<boolean> {
  const i = addr.lastIndexOf(":");
  try {
    (await Deno.connect({ hostname: addr.slice(0, i), port: Number(addr.slice(i + 1)) })).close();
    return true;
  } catch {
    return false;
  }
}

/**
 * gRPC health check in a child process: grpc-js's HTTP/2 sessions inside this long-lived
 * launcher intermittently crashed it (SIGSEGV in Deno's node:http2 layer) when the services
 * later closed those connections, so the launcher itself never speaks gRPC.
 */
async function grpcServingIsolated(addr: string): Promise<boolean> {
  if (!(await accepting(addr))) return false;
  const out = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--allow-net",
      "--allow-env",
      "--allow-read",
      "--allow-sys",
      "tools/healthcheck.ts",
      "grpc",
      addr,
    ],
    cwd: REPO_ROOT,
    env: { NO_COLOR: "1" },
    stdin: "null",
    stdout: "null",
    stderr: "null",
  }).output();
  return out.success;
}

function defaultLog(service: ServiceName, line: string): void {
  Deno.stderr.writeSync(new TextEncoder().encode(`[${service.padEnd(12)}] ${line}\n`));
}

/**
 * Starts the four services in dependency order (TTS and media, then the
 * orchestrator, then the gateway), each once the ones it needs are healthy.
 *
 * @example
 * ```ts
 * const stack = await startServices({ freePorts: true, dataDir: "./data/demo" });
 * console.log(stack.gatewayUrl);
 * await stack.stop();
 * ```
 */
export async function startServices(options: StartOptions = {}): Promise<RunningServices> {
  const parentEnv = Deno.env.toObject();
  const dataDir = resolve(options.dataDir ?? parentEnv.SACV_DATA_DIR ?? "./data");
  const uploadsDir = resolve(
    options.env?.SACV_UPLOADS_DIR ?? parentEnv.SACV_UPLOADS_DIR ?? `${dataDir}/uploads`,
  );
  await Deno.mkdir(uploadsDir, { recursive: true });
  const port = (name: string, fallback: number) =>
    options.freePorts ? freePort() : Number((parentEnv[name] ?? "").split(":").pop() || fallback);
  const addrs = {
    tts: `127.0.0.1:${port("SACV_TTS_ADDR", 50052)}`,
    media: `127.0.0.1:${port("SACV_MEDIA_ADDR", 50053)}`,
    orchestrator: `127.0.0.1:${port("SACV_ORCHESTRATOR_ADDR", 50051)}`,
  };
  const gatewayPort = port("SACV_GATEWAY_PORT", 8000);
  const env: Record<string, string> = {
    NO_COLOR: "1",
    SACV_TTS_DEFAULT_PROVIDER: parentEnv.SACV_TTS_DEFAULT_PROVIDER ?? "local",
    ...options.env,
    SACV_DATA_DIR: dataDir,
    SACV_UPLOADS_DIR: uploadsDir,
    SACV_TTS_ADDR: addrs.tts,
    SACV_MEDIA_ADDR: addrs.media,
    SACV_ORCHESTRATOR_ADDR: addrs.orchestrator,
    SACV_GATEWAY_PORT: String(gatewayPort),
    SACV_GATEWAY_HOST: options.env?.SACV_GATEWAY_HOST ?? parentEnv.SACV_GATEWAY_HOST ?? "127.0.0.1",
  };
  const log = options.log ?? defaultLog;
  const procs: Proc[] = [];
  const pids = {} as Record<ServiceName, number>;
  let stopping = false;

  const spawn = (name: ServiceName): Proc => {
    const child = new Deno.Command(Deno.execPath(), {
      args: ["run", ...FLAGS[name], ENTRY[name]],
      cwd: REPO_ROOT,
      // Free ports for everything: metrics endpoints too (each service has its own default).
      env: options.freePorts ? { SACV_METRICS_ADDR: "127.0.0.1:0", ...env } : env,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
      detached: true,
    }).spawn();
    const relays = Promise.all([
      relayLines(child.stdout, (l) => log(name, l)),
      relayLines(child.stderr, (l) => log(name, l)),
    ]).catch(() => {});
    const p: Proc = { name, pid: child.pid, running: true, exited: Promise.resolve(0) };
    const startedAt = Date.now();
    p.exited = child.status.then(async (s) => {
      p.running = false;
      await relays;
      if (!stopping) {
        options.onUnexpectedExit?.(name, s.code);
        if (options.restart) restartLater(p, Date.now() - startedAt);
      }
      return s.code;
    });
    procs.push(p);
    pids[name] = child.pid;
    return p;
  };

  const backoff = new Map<ServiceName, number>();
  const restartLater = (old: Proc, livedMs: number) => {
    // A service that ran a while before failing starts again quickly; one that keeps
    // failing at once waits longer each time.
    const delay = livedMs > 30_000 ? 500 : Math.min(8_000, (backoff.get(old.name) ?? 250) * 2);
    backoff.set(old.name, delay);
    setTimeout(() => {
      if (stopping) return;
      procs.splice(procs.indexOf(old), 1);
      const p = spawn(old.name);
      options.onRestart?.(old.name, p.pid);
    }, delay);
  };

  const waitHealthy = async (p: Proc, probe: () => Promise<boolean>) => {
    const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
    while (!(await probe())) {
      if (!p.running) {
        throw new Error(`${p.name} exited with code ${await p.exited} before it was ready`);
      }
      if (Date.now() > deadline) throw new Error(`${p.name} did not become healthy in time`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const stop = async (graceMs = 10_000) => {
    stopping = true;
    for (const group of [["gateway"], ["orchestrator"], ["media", "tts"]]) {
      await Promise.all(
        procs.filter((p) => group.includes(p.name)).map((p) => stopGroup(p, graceMs)),
      );
    }
  };

  const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  try {
    const tts = spawn("tts");
    const media = spawn("media");
    await Promise.all([
      waitHealthy(tts, () => grpcServingIsolated(addrs.tts)),
      waitHealthy(media, () => grpcServingIsolated(addrs.media)),
    ]);
    const orchestrator = spawn("orchestrator");
    await waitHealthy(orchestrator, () => grpcServingIsolated(addrs.orchestrator));
    const gateway = spawn("gateway");
    await waitHealthy(gateway, () => httpOk(`${gatewayUrl}/healthz`));
  } catch (err) {
    await stop(2_000);
    throw err;
  }
  return { gatewayUrl, addrs, dataDir, uploadsDir, pids, stop };
}

if (import.meta.main) {
  let running: RunningServices | undefined;
  let exiting = false;
  const shutdown = async (why: string, code: number) => {
    if (exiting) return;
    exiting = true;
    console.error(`[start       ] ${why}: stopping gateway, orchestrator, media, tts ...`);
    await running?.stop();
    console.error("[start       ] all services stopped");
    Deno.exit(code);
  };
  Deno.addSignalListener("SIGINT", () => shutdown("SIGINT", 0));
  Deno.addSignalListener("SIGTERM", () => shutdown("SIGTERM", 0));
  try {
    running = await startServices({
      restart: true,
      onUnexpectedExit: (name, code) =>
        console.error(`[start       ] ${name} exited unexpectedly (code ${code}); restarting it`),
      onRestart: (name, pid) => console.error(`[start       ] ${name} started again (pid ${pid})`),
    });
  } catch (err) {
    console.error(`[start       ] ${err instanceof Error ? err.message : err}`);
    Deno.exit(1);
  }
  console.error(
    `[start       ] ready: gateway ${running.gatewayUrl} (data in ${running.dataDir}); Ctrl-C stops everything`,
  );
}
