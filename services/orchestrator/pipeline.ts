// The contract between the task scheduler and the pipelines it runs.
import type { Logger } from "../common/log.ts";
import { SacvError, type SacvErrorOptions, type StatusName } from "../common/errors.ts";

/** Task scopes (project-level queues). */
export type Scope = "generate_video" | "generate_jianying_draft";

/** The scopes in a fixed order. */
export const SCOPES: readonly Scope[] = ["generate_video", "generate_jianying_draft"];

/** The overflow policies a task may ask for (TaskOptions.overflow). */
export const OVERFLOWS: readonly string[] = ["trim", "extend", "freeze", "stretch"];

/** Options a caller gives when submitting a task. */
export interface TaskOptions {
  tts: {
    provider?: string;
    voice?: string;
    speed?: number;
    /** Provider-specific knobs for every synthesis (a segment's `tts_options` win). */
    options?: Record<string, string>;
  };
  /** Drafts directory for generate_jianying_draft ("" = default). */
  draftDir?: string;
  /**
   * Narration longer than its slot beyond the tempo window: trim (default), or keep it
   * whole and lengthen the slot with more footage (extend), the last frame held (freeze)
   * or the clip slowed down (stretch); later segments shift.
   */
  overflow?: "trim" | "extend" | "freeze" | "stretch";
}

/** The project as a pipeline sees it. */
export interface PipelineProject {
  id: string;
  name: string;
  /** Relative to the media root. */
  videoPath: string;
  /** The stored script (parsed JSON, unknown keys kept). */
  script: unknown;
}

/** Per-segment progress a pipeline reports (merged into the task's segment list). */
export interface SegmentUpdate {
  segment_id: string;
  index: number;
  kind?: "narration" | "original" | "mixed";
  status?: string;
  strategy?: string;
  provider?: string;
  attempts?: number;
  duration?: number;
  tts_duration?: number;
  error?: string;
}

/** What a pipeline is handed for one task. */
export interface PipelineContext {
  taskId: string;
  scope: Scope;
  project: PipelineProject;
  options: TaskOptions;
  /** Absolute media root (SACV_UPLOADS_DIR), shared with the media service. */
  mediaRoot: string;
  /** Absolute data dir (SACV_DATA_DIR). */
  dataDir: string;
  /**
   * Reports progress: `phase` from DESIGN §5, `progress` 0-100 (the scheduler
   * keeps it monotonic), and phase data (e.g. `{total}` for tts_generate).
   */
  emit(phase: string, progress: number, message: string, data?: Record<string, unknown>): void;
  updateSegment(update: SegmentUpdate): void;
  /** Aborted when the task is cancelled or the orchestrator shuts down. */
  signal: AbortSignal;
  logger: Logger;
}

/** What a pipeline returns on success. */
export interface PipelineResult {
  /** Output path (MP4 relative to the media root, or the draft folder, absolute). */
  filePath: string;
  /** Data for the `completed` event. */
  data: Record<string, unknown>;
  /** The completed task's message (default "completed"), e.g. which path the video took. */
  message?: string;
}

/** A pipeline: plain async flow code calling activities (TTS, media). */
export type Pipeline = (ctx: PipelineContext) => Promise<PipelineResult>;

/** Where a failure happened, for the `error` event's data. */
export interface FailureLocation {
  segment_id?: string;
  index?: number;
  stage: string;
  provider?: string;
  code?: string;
}

/**
 * A task failure located to a segment and stage.
 *
 * @example
 * ```ts
 * throw new PipelineError("RESOURCE_EXHAUSTED", "TTS failed for segment s3", {
 *   stage: "tts", segment_id: "s3", index: 2, provider: "tencent", code: "RequestLimitExceeded",
 * });
 * ```
 */
export class PipelineError extends SacvError {
  readonly location: FailureLocation;

  constructor(
    status: StatusName,
    message: string,
    location: FailureLocation,
    options: SacvErrorOptions = {},
  ) {
    super(status, message, { reason: location.code ?? status, ...options });
    this.name = "PipelineError";
    this.location = location;
  }
}
