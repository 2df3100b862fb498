// Steps both pipelines share: load and validate the script, build TTS items, locate failures.
import { isAbortError, SacvError, type StatusName } from "../../common/errors.ts";
import { type FailureLocation, type PipelineContext, PipelineError } from "../pipeline.ts";
import { type ParsedScript, parseScript, type ScriptSegment, validateScript } from "../script.ts";
import type { Clients, ItemError, ProbeResult, SynthesizeResult, TtsItem } from "../clients.ts";

/** TTS task options as the pipelines read them (`options` carries provider knobs). */
export interface TaskTts {
  provider?: string;
  voice?: string;
  speed?: number;
  options?: Record<string, string>;
}

/**
 * Converts a failure into a PipelineError located at `location`; aborts and
 * errors that are already located pass through unchanged.
 */
export function locate(err: unknown, location: FailureLocation): unknown {
  if (err instanceof PipelineError || isAbortError(err)) return err;
  if (err instanceof SacvError) {
    if (err.status === "CANCELLED") return err;
    const where = location.segment_id !== undefined
      ? ` (segment ${location.segment_id}, index ${location.index})`
      : "";
    return new PipelineError(err.status, `${location.stage} failed${where}: ${err.message}`, {
      ...location,
      code: location.code ?? err.reason,
    }, { cause: err, retryable: err.retryable });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new PipelineError("INTERNAL", `${location.stage} failed: ${message}`, location, {
    cause: err,
  });
}

/** Runs `fn`, locating any failure at `location`. */
export async function located<T>(location: FailureLocation, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw locate(err, location);
  }
}

/**
 * Parses the project's script (and, given the probe, checks it against the source: in range,
 * at least one frame long), failing the task with stage "validate" in one error naming every
 * bad segment; the location carries the first one and `bad_segments` lists them all.
 */
export function loadScript(ctx: PipelineContext, probe?: ProbeResult): ParsedScript {
  try {
    return probe
      ? validateScript(ctx.project.script, probe.duration, probe.fps)
      : parseScript(ctx.project.script);
  } catch (err) {
    if (!(err instanceof SacvError)) throw err;
    const index = Number(err.details.index);
    const segment_id = err.details.segment_id ? String(err.details.segment_id) : undefined;
    const bad = String(err.details.bad_segments ?? "").split(",").filter((x) => x !== "")
      .map(Number);
    throw new PipelineError("INVALID_ARGUMENT", err.message, {
      stage: "validate",
      code: err.reason,
      ...(segment_id !== undefined ? { segment_id } : {}),
      ...(Number.isInteger(index) ? { index } : {}),
      ...(bad.length > 0 ? { bad_segments: bad } : {}),
    }, { cause: err, details: err.details });
  }
}

/** Probes the project's source video, which must have a video stream. */
export async function probeSource(
  ctx: PipelineContext,
  clients: Clients,
  signal: AbortSignal,
): Promise<ProbeResult> {
  const probe = await located(
    { stage: "probe" },
    () => clients.media.probe(ctx.project.videoPath, signal),
  );
  if (!probe.has_video || !(probe.duration > 0)) {
    throw new PipelineError(
      "FAILED_PRECONDITION",
      `source ${ctx.project.videoPath} has no video stream or no duration`,
      { stage: "probe", code: "NO_VIDEO" },
    );
  }
  return probe;
}

/** The TTS request for a segment: task options, then the segment's own overrides. */
export function ttsItem(seg: ScriptSegment, task: TaskTts, codec: "wav" | "mp3" = "wav"): TtsItem {
  const own = seg.tts ?? {};
  const item: TtsItem = { request_id: seg.id, text: seg.text, codec };
  const provider = own.provider ?? task.provider;
  const voice = own.voice ?? task.voice;
  const speed = own.speed ?? task.speed;
  if (provider) item.provider = provider;
  if (voice) item.voice = voice;
  if (speed) item.speed = speed;
  const options = { ...task.options, ...own.options };
  if (Object.keys(options).length > 0) item.options = options;
  return item;
}

const STATUSES = new Set<string>([
  "INVALID_ARGUMENT",
  "NOT_FOUND",
  "FAILED_PRECONDITION",
  "RESOURCE_EXHAUSTED",
  "UNAVAILABLE",
  "DEADLINE_EXCEEDED",
  "PERMISSION_DENIED",
  "UNAUTHENTICATED",
  "INTERNAL",
]);

/** The PipelineError for a TTS per-item failure, located to its segment. */
export function ttsFailure(seg: ScriptSegment, e: ItemError): PipelineError {
  const status = (STATUSES.has(e.code) ? e.code : "UNKNOWN") as StatusName;
  return new PipelineError(
    status,
    `TTS failed for segment ${seg.id} (index ${seg.index}) after ${e.attempts} attempt(s): ${e.message}`,
    {
      segment_id: seg.id,
      index: seg.index,
      stage: "tts",
      provider: e.provider,
      code: e.reason || e.code,
    },
    { retryable: e.retryable },
  );
}

/** Data of a `tts_generate_progress` event. */
export function ttsProgressData(
  seg: ScriptSegment,
  r: SynthesizeResult,
  completed: number,
  total: number,
): Record<string, unknown> {
  return {
    segment_id: seg.id,
    index: seg.index,
    completed,
    total,
    provider: r.provider,
    attempts: r.attempts,
    duration: r.duration_ms / 1000,
  };
}

/** File extension for a TTS codec. */
export function audioExt(codec: string): string {
  return codec === "mp3" ? "mp3" : codec === "pcm" ? "pcm" : "wav";
}

/** A file-system-safe version of a project name (keeps CJK, drops separators). */
export function safeName(name: string): string {
  const cleaned = [...name].map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? "_" : c))
    .join("").replace(/^\.+/, "").trim();
  return (cleaned || "project").slice(0, 80);
}

/** An AbortController that also aborts when `parent` does. */
export function linkedController(parent: AbortSignal): AbortController {
  const ac = new AbortController();
  if (parent.aborted) ac.abort(parent.reason);
  else parent.addEventListener("abort", () => ac.abort(parent.reason), { once: true });
  return ac;
}
