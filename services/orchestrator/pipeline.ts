// The contract between the task scheduler and the pipelines it runs.
import type { Logger } from "../common/log.ts";
import {
  CancelledError,
  SacvError,
  type SacvErrorOptions,
  type StatusName,
} from "../common/errors.ts";

/** Task scopes (project-level queues). */
export type Scope = "generate_video" | "generate_jianying_draft";

/** The scopes in a fixed order. */
export const SCOPES: readonly Scope[] = ["generate_video", "generate_jianying_draft"];

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
   * What happens to narration longer than its slot beyond the tempo window:
   * "trim" cuts it (MP4 only; drafts never drop speech), "slow" / "freeze" /
   * "extend" keep all of it and lengthen the slot (footage slowed, last frame
   * held, or more source footage), shifting what follows.
   */
  overflow?: "trim" | "extend" | "freeze" | "slow";
  /** Tempo window / speed-up ceiling, 1 to 2 (default 1.15). */
  maxTempo?: number;
  /** Editor a draft is written for (default "jianying"). */
  editor?: "jianying" | "capcut";
  /** The editor's drafts folder on the editor's machine, for the draft's meta paths. */
  editorDraftsRoot?: string;
  /** generate_video: subtitles burned into the picture (common.proto SubtitleStyle). */
  subtitles?: { burn: boolean; font_size?: number; position?: string; outline?: number };
  /** generate_video: output frame and rate (common.proto OutputFrame); absent keeps the source's. */
  output?: { aspect?: string; width?: number; height?: number; fit?: string; fps?: number };
  /**
   * Video tasks: loudness normalisation of the MP4's audio. Absent means on with the
   * defaults (-16 LUFS, -1.5 dBTP).
   */
  loudness?: { enabled: boolean; targetLufs?: number; truePeakDb?: number };
  /** Video tasks: background music (relative to the media root), its gain and ducking, dB. */
  bgm?: { path: string; volumeDb?: number; duckDb?: number; loop?: boolean };
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
  /** Index of every bad segment, for a validation failure naming several. */
  bad_segments?: number[];
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

/**
 * The abort reason of a task stopped because the orchestrator is shutting
 * down: the pipeline unwinds like a cancel but keeps its work dir, so the
 * resumed task can reuse the narration already synthesised.
 */
export class InterruptedError extends CancelledError {
  constructor(message = "task interrupted by orchestrator shutdown") {
    super(message, { reason: "INTERRUPTED" });
    this.name = "InterruptedError";
  }
}
