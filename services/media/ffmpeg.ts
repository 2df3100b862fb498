// Runs ffmpeg/ffprobe as child processes with an argument array (never a
// shell): cancellation kills the child, failures carry the stderr tail.
import type { LimitFunction } from "p-limit";
import { CancelledError, SacvError } from "../common/errors.ts";

/** Bytes of stderr kept for error messages and for filters that report there. */
const STDERR_TAIL_BYTES = 32 * 1024;

/** An ffmpeg/ffprobe run that exited non-zero. */
export class FfmpegError extends SacvError {
  /** Last lines ffmpeg wrote to stderr. */
  readonly stderrTail: string;
  readonly exitCode: number;
  constructor(tool: string, exitCode: number, stderrTail: string) {
    const last = stderrTail.trim().split("\n").slice(-3).join(" | ");
    super("INTERNAL", `${tool} exited with code ${exitCode}: ${last}`, { reason: "FFMPEG_FAILED" });
    this.name = "FfmpegError";
    this.stderrTail = stderrTail;
    this.exitCode = exitCode;
  }
}

/** Children of this process by tool name (`ffmpeg`, `ffprobe`): running now, started, failed. */
export interface ToolStats {
  running: Record<string, number>;
  started: Record<string, number>;
  failed: Record<string, number>;
}

const stats: ToolStats = { running: {}, started: {}, failed: {} };

/** Counts of the children this process ran (read by the metrics at scrape time). */
export function toolStats(): ToolStats {
  return stats;
}

function count(table: Record<string, number>, tool: string, by: number): void {
  table[tool] = (table[tool] ?? 0) + by;
}

/** One `-progress` report: the key=value pairs of a block ending in `progress=`. */
export type ProgressBlock = Record<string, string>;

/** Options for {@linkcode runTool}. */
export interface RunToolOptions {
  /** Aborting kills the child (SIGTERM, then SIGKILL after `killGraceMs`). */
  signal?: AbortSignal;
  /** Called for each `-progress pipe:1` block read from stdout. */
  onProgress?: (block: ProgressBlock) => void;
  /** Milliseconds between SIGTERM and SIGKILL; defaults to 2000. */
  killGraceMs?: number;
  /** Called with the child's pid once it is spawned (tests use it). */
  onSpawn?: (pid: number) => void;
  /**
   * Caps how many children run at once across calls (the service's
   * `SACV_MEDIA_MAX_PROCESSES`). A run waiting for its turn rejects at once
   * when `signal` aborts and never spawns.
   */
  limit?: LimitFunction;
}

/** What a finished run wrote. */
export interface RunToolResult {
  stdout: string;
  /** The tail of stderr (last 32 KiB). */
  stderr: string;
}

/**
 * Splits `-progress` output into blocks. Feed it text chunks; it calls
 * `onBlock` each time a `progress=continue|end` line closes a block.
 */
export function progressParser(onBlock: (block: ProgressBlock) => void): (chunk: string) => void {
  let buffer = "";
  let block: ProgressBlock = {};
  return (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const raw of lines) {
      const line = raw.trim();
      const eq = line.indexOf("=");
      if (eq <= 0) continue;
      const key = line.slice(0, eq);
      block[key] = line.slice(eq + 1);
      if (key === "progress") {
        onBlock(block);
        block = {};
      }
    }
  };
}

/** Seconds of output written so far according to a progress block, or null. */
export function progressSeconds(block: ProgressBlock): number | null {
  // out_time_us is microseconds; out_time_ms is also microseconds (ffmpeg's misnomer).
  for (const key of ["out_time_us", "out_time_ms"]) {
    const n = Number(block[key]);
    if (block[key] !== undefined && Number.isFinite(n) && n >= 0) return n / 1e6;
  }
  const m = block.out_time?.match(/^(\d+):(\d+):(\d+(?:\.\d+)?)$/);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
}

async function readAll(
  stream: ReadableStream<Uint8Array>,
  onText: (text: string) => void,
): Promise<void> {
  const decoder = new TextDecoder();
  for await (const chunk of stream) onText(decoder.decode(chunk, { stream: true }));
  onText(decoder.decode());
}

/**
 * Runs `bin` with `args` and resolves with its output when it exits 0.
 * Rejects with {@linkcode FfmpegError} on a non-zero exit, with
 * CancelledError when `signal` aborts (the child is killed first).
 */
export function runTool(
  bin: string,
  args: readonly string[],
  options: RunToolOptions = {},
): Promise<RunToolResult> {
  const { signal, limit } = options;
  if (signal?.aborted) return Promise.reject(new CancelledError());
  if (!limit) return spawnTool(bin, args, options);
  let started = false;
  const turn = limit(() => {
    started = true;
    return spawnTool(bin, args, options);
  });
  if (!signal) return turn;
  // A run still waiting for its turn rejects at once; when the turn comes it sees the abort
  // and exits without spawning. A started run rejects only once its child has been killed.
  turn.catch(() => {});
  return new Promise<RunToolResult>((resolve, reject) => {
    const onAbort = () => {
      if (!started) reject(new CancelledError());
    };
    signal.addEventListener("abort", onAbort, { once: true });
    turn.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

async function spawnTool(
  bin: string,
  args: readonly string[],
  options: RunToolOptions,
): Promise<RunToolResult> {
  const { signal, onProgress, killGraceMs = 2000 } = options;
  if (signal?.aborted) throw new CancelledError();
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command(bin, {
      args: [...args],
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
  } catch (err) {
    throw new SacvError("FAILED_PRECONDITION", `cannot start ${bin}: ${(err as Error).message}`, {
      reason: "FFMPEG_UNAVAILABLE",
      cause: err,
    });
  }
  const tool = bin.split("/").pop() || bin;
  count(stats.started, tool, 1);
  count(stats.running, tool, 1);
  options.onSpawn?.(child.pid);
  let killTimer: ReturnType<typeof setTimeout> | undefined;
  let aborted = false;
  const onAbort = () => {
    aborted = true;
    try {
      child.kill("SIGTERM");
    } catch { /* already exited */ }
    killTimer = setTimeout(() => {
      try {
        child.kill("SIGKILL");
      } catch { /* already exited */ }
    }, killGraceMs);
  };
  signal?.addEventListener("abort", onAbort, { once: true });

  let stdout = "";
  let stderr = "";
  const feed = onProgress ? progressParser(onProgress) : undefined;
  try {
    const [status] = await Promise.all([
      child.status,
      readAll(child.stdout, (t) => {
        if (feed) feed(t);
        else stdout += t;
      }),
      readAll(child.stderr, (t) => {
        stderr += t;
        if (stderr.length > STDERR_TAIL_BYTES * 2) stderr = stderr.slice(-STDERR_TAIL_BYTES);
      }),
    ]);
    stderr = stderr.slice(-STDERR_TAIL_BYTES);
    if (aborted || signal?.aborted) throw new CancelledError();
    if (!status.success) {
      count(stats.failed, tool, 1);
      throw new FfmpegError(bin, status.code, stderr);
    }
    return { stdout, stderr };
  } finally {
    count(stats.running, tool, -1);
    signal?.removeEventListener("abort", onAbort);
    clearTimeout(killTimer);
  }
}

/** Arguments every ffmpeg run starts with: quiet, no stdin, no overwrite prompts. */
export function baseArgs(): string[] {
  return ["-hide_banner", "-nostdin", "-nostats", "-loglevel", "error", "-y"];
}

/** Formats seconds for ffmpeg options (fixed decimals, no exponent). */
export function sec(seconds: number): string {
  return seconds.toFixed(6);
}
