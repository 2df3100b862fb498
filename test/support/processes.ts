// Child processes as Linux shows them in /proc: tests of "cancel kills ffmpeg" look for the
// children of a process and wait, with a deadline, until none is left.

/** Pids of the live (not zombie) children of `ppid` whose command name is `name`. */
export function childPids(ppid: number, name = "ffmpeg"): number[] {
  const out: number[] = [];
  for (const entry of Deno.readDirSync("/proc")) {
    if (!/^\d+$/.test(entry.name)) continue;
    let stat: string;
    try {
      stat = Deno.readTextFileSync(`/proc/${entry.name}/stat`);
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
    const open = stat.indexOf("(");
    const close = stat.lastIndexOf(")");
    const comm = stat.slice(open + 1, close);
    const [state, parent] = stat.slice(close + 2).split(" ");
    if (Number(parent) === ppid && comm === name && state !== "Z") out.push(Number(entry.name));
  }
  return out;
}

/** True while `pid` runs (a zombie waiting to be reaped counts as gone). */
export function alive(pid: number): boolean {
  try {
    const stat = Deno.readTextFileSync(`/proc/${pid}/stat`);
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** Waits until `check()` returns a non-empty list, polling; rejects after `timeoutMs`. */
export async function waitForChildren(
  check: () => number[],
  timeoutMs: number,
  what = "an ffmpeg child",
): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pids = check();
    if (pids.length > 0) return pids;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Resolves once none of `pids` runs; rejects naming the survivors after `timeoutMs`
 * (a test of "cancel kills the child" must fail when the child keeps running).
 */
export async function assertGone(pids: number[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = pids.filter(alive);
    if (left.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`processes ${left.join(", ")} still run ${timeoutMs} ms after the cancel`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * The rejection of `promise`, which must come within `timeoutMs` (a cancel that only takes
 * effect when the work ends by itself is not a cancel).
 */
export async function rejectionWithin(
  promise: Promise<unknown>,
  timeoutMs: number,
): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no rejection within ${timeoutMs} ms of the cancel`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([
      promise.then(() => {
        throw new Error("resolved where a rejection was expected");
      }, (err) => err),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
