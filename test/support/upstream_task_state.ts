// How the upstream superAIAutoCutVideo frontend reads a task's state, restated from its source
// (frontend/src/hooks/useProjectEditGenerateStep.ts and useWsTaskProgress.ts) so our tests can
// ask what it would do with the payloads we serve. Our statuses `queued` and `interrupted` are
// not among the statuses it knows: only `type` makes those tasks active or finished for it.

/** The task fields the upstream frontend looks at. */
export interface UpstreamTaskView {
  status?: unknown;
  type?: unknown;
}

const lower = (v: unknown) => String(v ?? "").toLowerCase();

/**
 * Whether the frontend shows the task as running (and starts polling `tasks/latest`):
 * `type` "progress", or a status of "running", "processing" or "pending".
 */
export function upstreamSeesActive(task: UpstreamTaskView | null | undefined): boolean {
  if (!task) return false;
  if (lower(task.type) === "progress") return true;
  return ["running", "processing", "pending"].includes(lower(task.status));
}

/**
 * Whether the frontend stops polling the task: `type` "completed", "error" or "cancelled",
 * or a status of "completed", "failed" or "cancelled".
 */
export function upstreamSeesFinished(task: UpstreamTaskView | null | undefined): boolean {
  if (!task) return false;
  return ["completed", "error", "cancelled"].includes(lower(task.type)) ||
    ["completed", "failed", "cancelled"].includes(lower(task.status));
}

/**
 * Whether a `/ws` message ends the frontend's progress view: it only reads messages whose
 * `type` is "progress", "completed", "error" or "cancelled", and the last three end it.
 */
export function upstreamWsEnds(message: { type?: unknown }): boolean {
  return ["completed", "error", "cancelled"].includes(String(message.type));
}
