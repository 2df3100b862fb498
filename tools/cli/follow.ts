// Follows tasks to their terminal event over /ws, drawing progress bars (plain lines when not a TTY).
import { type GatewayClient, type GatewayEvent, TERMINAL_TYPES } from "./client.ts";

/** A task's last known state. */
export interface TaskState {
  task_id: string;
  scope: string;
  progress: number;
  phase: string;
  status: string;
  message: string;
  /** The terminal event once it arrived. */
  final?: GatewayEvent;
}

/** Renders `[#####.....]  50% phase` for a task. */
export function renderBar(label: string, progress: number, phase: string, width = 30): string {
  const p = Math.max(0, Math.min(100, progress));
  const filled = Math.round((p / 100) * width);
  return `${label.padEnd(24)} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${
    p.toFixed(0).padStart(3)
  }% ${phase}`;
}

/** Draws a board of progress bars: redrawn in place on a TTY, one line per change otherwise. */
export class ProgressBoard {
  readonly #out: (s: string) => void;
  readonly #tty: boolean;
  #drawn = 0;
  #lastLine = new Map<string, string>();

  constructor(options: { tty?: boolean; write?: (s: string) => void } = {}) {
    this.#tty = options.tty ?? Deno.stdout.isTerminal();
    this.#out = options.write ??
      ((s) => Deno.stdout.writeSync(new TextEncoder().encode(s)));
  }

  /** Shows the current states. */
  draw(states: TaskState[]): void {
    const lines = states.map((s) =>
      renderBar(s.scope || s.task_id, s.progress, s.phase || s.status)
    );
    if (this.#tty) {
      const up = this.#drawn > 0 ? `\x1b[${this.#drawn}A` : "";
      this.#out(up + lines.map((l) => `\r\x1b[2K${l}\n`).join(""));
      this.#drawn = lines.length;
      return;
    }
    states.forEach((s, i) => {
      // Plain output: a line when the phase changes or progress moves by 10 points.
      const key = `${s.phase}|${Math.floor(s.progress / 10)}`;
      if (this.#lastLine.get(s.task_id) !== key) {
        this.#lastLine.set(s.task_id, key);
        this.#out(lines[i] + "\n");
      }
    });
  }
}

/** Options for {@linkcode followTasks}. */
export interface FollowOptions {
  /** Called on every state change (e.g. to draw a board). */
  onUpdate?: (states: TaskState[]) => void;
  /** Called with every non-heartbeat event. */
  onEvent?: (e: GatewayEvent) => void;
  /** How often to poll the task over HTTP in case the socket missed something (default 3 s). */
  pollMs?: number;
  signal?: AbortSignal;
}

/**
 * Subscribes to `/ws` for `projectId`, runs `submit` once the subscription is
 * live (so no event is missed), then follows the returned task ids until each
 * has its terminal event. Resolves with the final states.
 */
export async function followTasks(
  api: GatewayClient,
  projectId: string,
  submit: () => Promise<{ task_id: string; scope: string }[]>,
  options: FollowOptions = {},
): Promise<TaskState[]> {
  const states = new Map<string, TaskState>();
  const early: GatewayEvent[] = [];
  let wake: () => void = () => {};
  const apply = (e: GatewayEvent) => {
    const s = states.get(e.task_id);
    if (!s) return void early.push(e);
    if (s.final) return;
    s.progress = Math.max(s.progress, e.progress);
    s.phase = e.phase;
    s.status = e.status;
    s.message = e.message;
    if (TERMINAL_TYPES.has(e.type)) s.final = e;
    options.onUpdate?.([...states.values()]);
    wake();
  };
  const sub = api.watch(projectId, (e) => {
    if (e.type === "heartbeat") return;
    options.onEvent?.(e);
    apply(e);
  });
  try {
    await sub.ready;
    for (const t of await submit()) {
      states.set(t.task_id, {
        task_id: t.task_id,
        scope: t.scope,
        progress: 0,
        phase: "queued",
        status: "queued",
        message: "",
      });
    }
    for (const e of early.splice(0)) apply(e);
    options.onUpdate?.([...states.values()]);
    const pollMs = options.pollMs ?? 3_000;
    while ([...states.values()].some((s) => !s.final)) {
      if (options.signal?.aborted) throw options.signal.reason ?? new Error("aborted");
      await new Promise<void>((r) => {
        const t = setTimeout(r, pollMs);
        wake = () => (clearTimeout(t), r());
      });
      // A socket can drop; the task record is the source of truth for the outcome.
      for (const s of states.values()) {
        if (s.final) continue;
        const task = await api.get<Record<string, unknown>>(`/api/tasks/${s.task_id}`);
        const status = String(task.status);
        if (["completed", "failed", "cancelled", "interrupted"].includes(status)) {
          apply({
            type: status === "completed"
              ? "completed"
              : status === "cancelled"
              ? "cancelled"
              : "error",
            scope: s.scope,
            project_id: projectId,
            task_id: s.task_id,
            phase: String(task.phase),
            status,
            progress: Number(task.progress),
            message: String(task.message ?? ""),
            timestamp: new Date().toISOString(),
          });
        }
      }
    }
    return [...states.values()];
  } finally {
    sub.close();
  }
}
