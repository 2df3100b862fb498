// How a task's outcome becomes a stored error detail and a DESIGN §5 event.
import { SacvError } from "../common/errors.ts";
import type { EventType, TaskEvent } from "./events.ts";
import { type FailureLocation, PipelineError } from "./pipeline.ts";
import type { ErrorDetail, TaskRecord } from "./tasks.ts";

/** Where `err` happened: a PipelineError's location, else the pipeline as a whole. */
export function failureLocation(err: unknown): FailureLocation {
  if (err instanceof PipelineError) return err.location;
  return { stage: "pipeline", code: err instanceof SacvError ? err.reason : "INTERNAL" };
}

/** The task's `error` field for a failure at `location`. */
export function errorDetail(err: unknown, location: FailureLocation): ErrorDetail {
  const e = err instanceof SacvError ? err : undefined;
  return {
    code: location.code ?? e?.reason ?? "INTERNAL",
    reason: e?.reason ?? "INTERNAL",
    message: err instanceof Error ? err.message : String(err),
    segment_id: location.segment_id ?? "",
    index: location.index ?? -1,
    stage: location.stage,
    provider: location.provider ?? "",
  };
}

/** The error detail of a task stopped by an orchestrator shutdown or crash. */
export function interruptedDetail(message: string): ErrorDetail {
  return errorDetail(new SacvError("UNAVAILABLE", message, { reason: "INTERRUPTED" }), {
    stage: "orchestrator",
    code: "INTERRUPTED",
  });
}

/**
 * The `error` event's data: `{segment_id?, index?, stage, provider?, code?, bad_segments?}`
 * (numbers as numbers).
 */
export function errorEventData(
  detail: ErrorDetail,
  bad_segments?: readonly number[],
): Record<string, unknown> {
  const data: Record<string, unknown> = { stage: detail.stage, code: detail.code };
  if (detail.segment_id) data.segment_id = detail.segment_id;
  if (detail.index >= 0) data.index = detail.index;
  if (detail.provider) data.provider = detail.provider;
  if (bad_segments?.length) data.bad_segments = bad_segments;
  return data;
}

/** An event carrying the task's current phase, status and progress. */
export function taskEvent(
  task: TaskRecord,
  type: EventType,
  data: Record<string, unknown> = {},
): TaskEvent {
  return {
    type,
    scope: task.scope,
    project_id: task.project_id,
    task_id: task.task_id,
    phase: task.phase,
    status: task.status,
    progress: task.progress,
    message: task.message,
    timestamp: new Date().toISOString(),
    data_json: Object.keys(data).length ? JSON.stringify(data) : "",
  };
}
