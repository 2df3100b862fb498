// What the cross-service orchestrator tests do again and again on a running stack: create a
// project on its source video, read a task, poll a call until a condition holds, and tell the
// event that ends a task.
import type { Task } from "../../services/orchestrator/messages.ts";
import type { Stack, StreamEvent } from "./stack.ts";

/** Whether `e` ends its task: `completed`, `error` or `cancelled`. */
export function isTerminal(e: StreamEvent): boolean {
  return ["completed", "error", "cancelled"].includes(e.type);
}

/**
 * Creates a project named `name` on `source.mp4` (in the stack's media root) with `segments`
 * as its script; returns its id.
 */
export async function createProject(
  stack: Stack,
  name: string,
  segments: readonly unknown[],
): Promise<string> {
  const project = await stack.call<{ id: string }>("CreateProject", {
    name,
    video_path: "source.mp4",
    script_json: JSON.stringify({ segments }),
  });
  return project.id;
}

/** The task `taskId` as GetTask answers it. */
export function getTask(stack: Stack, taskId: string): Promise<Task> {
  return stack.call<Task>("GetTask", { task_id: taskId });
}

/**
 * Calls `probe` until `ok` holds for its answer and returns that answer. A call that fails
 * counts as "not yet" (a service may be restarting); after `timeoutMs` it rejects naming `what`
 * and the last answer or error.
 *
 * @example
 * ```ts
 * await poll(() => getTask(stack, id), (t) => t.status === "completed", "the task to finish");
 * ```
 */
export async function poll<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (true) {
    let last: string;
    try {
      const value = await probe();
      if (ok(value)) return value;
      last = JSON.stringify(value);
    } catch (err) {
      last = `error ${err}`;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${last}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
