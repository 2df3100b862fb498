// Child-process plumbing shared by the launcher (start.ts) and the tests' service spawner: a free
// port to hand a service, its output relayed line by line, and its process group stopped whole
// (ffmpeg children included).

/** A TCP port on 127.0.0.1 that was free a moment ago (bind to port 0, read it, close). */
export function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return port;
}

/** Sends `signal` to the process group led by `pid`; a group already gone is fine. */
export function killGroup(pid: number, signal: Deno.Signal): void {
  try {
    Deno.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** A child started with `detached: true` (so it leads its own process group). */
export interface GroupLeader {
  readonly pid: number;
  /** Settles with the exit code once the child has exited. */
  readonly exited: Promise<number>;
  /** Whether it is still running (false once `exited` settled). */
  readonly running: boolean;
}

/**
 * Stops `child`'s process group: SIGTERM, then SIGKILL if it has not exited within `graceMs`;
 * once it has, SIGKILL again for anything it left in the group. Resolves with the exit code.
 */
export async function stopGroup(child: GroupLeader, graceMs: number): Promise<number> {
  if (child.running) {
    killGroup(child.pid, "SIGTERM");
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<"late">((r) => (timer = setTimeout(() => r("late"), graceMs)));
    if (await Promise.race([child.exited, late]) === "late") killGroup(child.pid, "SIGKILL");
    clearTimeout(timer);
  }
  const code = await child.exited;
  killGroup(child.pid, "SIGKILL");
  return code;
}

/** Calls `emit` with each non-blank line of `stream` as it arrives (the last one unterminated too). */
export async function relayLines(
  stream: ReadableStream<Uint8Array>,
  emit: (line: string) => void,
): Promise<void> {
  let rest = "";
  const decoder = new TextDecoder();
  for await (const chunk of stream) {
    const text = decoder.decode(chunk, { stream: true });
    const lines = (rest + text).split("\n");
    rest = lines.pop() ?? "";
    for (const l of lines) if (l.trim()) emit(l);
  }
  if (rest.trim()) emit(rest);
}
