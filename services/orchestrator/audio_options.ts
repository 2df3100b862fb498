// The audio options of a video task (loudness, background music): checked at submission, and
// the background-music upload (stored per project, probed, refused unless it is audio).
import { join } from "node:path";
import { SacvError } from "../common/errors.ts";
import type { MediaClient } from "./clients.ts";
import { AUDIO_EXTENSIONS, receiveUpload } from "./files.ts";
import { normaliseMediaPath } from "./media_path.ts";
import type { TaskOptions } from "./pipeline.ts";

type Req = Record<string, unknown>;

function invalid(field: string, message: string): SacvError {
  return new SacvError("INVALID_ARGUMENT", `${field}: ${message}`, {
    reason: "INVALID_FIELD",
    details: { field },
  });
}

/** An optional number in `[min, max]` (undefined when absent), else INVALID_ARGUMENT. */
function number(o: Req, key: string, field: string, min: number, max: number) {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max) {
    throw invalid(field, `must be from ${min} to ${max}: got ${String(v)}`);
  }
  return v;
}

/**
 * The loudness and music options of a SubmitTaskRequest, checked: numbers in range, the music
 * a file inside the media root (symlinks out of it refused). Absent loudness means on.
 */
export function audioOptions(
  req: Req,
  mediaRoot: string,
): Pick<TaskOptions, "loudness" | "bgm"> {
  const out: Pick<TaskOptions, "loudness" | "bgm"> = {};
  const l = req.loudness;
  if (l && typeof l === "object") {
    const o = l as Req;
    out.loudness = { enabled: o.enabled === true };
    const i = number(o, "target_lufs", "loudness.target_lufs", -40, -5);
    const tp = number(o, "true_peak_db", "loudness.true_peak_db", -9, 0);
    if (i !== undefined) out.loudness.targetLufs = i;
    if (tp !== undefined) out.loudness.truePeakDb = tp;
  }
  const b = req.bgm;
  if (b && typeof b === "object") {
    const o = b as Req;
    const path = typeof o.path === "string" ? o.path : "";
    if (path.trim() !== "") {
      if (path.length > 4096 || [...path].some((c) => c < " ")) {
        throw invalid("bgm.path", "must be a path without control characters, at most 4096");
      }
      out.bgm = { path: normaliseMediaPath(mediaRoot, path, "bgm.path") };
      const volume = number(o, "volume_db", "bgm.volume_db", -60, 12);
      const duck = number(o, "duck_db", "bgm.duck_db", -40, 0);
      if (volume !== undefined) out.bgm.volumeDb = volume;
      if (duck !== undefined) out.bgm.duckDb = duck;
      if (o.loop === false) out.bgm.loop = false;
    }
  }
  return out;
}

/**
 * Probes the music: INVALID_ARGUMENT naming `field` unless it is readable audio. A media
 * service that cannot be reached lets it pass (BuildAudio probes it again).
 */
export async function checkMusic(
  media: Pick<MediaClient, "probe">,
  path: string,
  field: string,
  signal?: AbortSignal,
) {
  let info;
  try {
    info = await media.probe(path, signal);
  } catch (err) {
    const status = (err as SacvError).status;
    if (status === "UNAVAILABLE" || status === "DEADLINE_EXCEEDED") return undefined;
    throw invalid(field, `${path} is not readable audio (${(err as Error).message})`);
  }
  if (!info.has_audio || !(info.audio_duration > 0)) {
    throw invalid(field, `${path} has no audio`);
  }
  return info;
}

/** What {@linkcode receiveBgm} needs. */
export interface BgmUploadDeps {
  uploadsDir: string;
  mediaRoot: string;
  /** Throws NOT_FOUND for an unknown project. */
  checkProject(id: string): void;
  media: Pick<MediaClient, "probe">;
}

interface BgmChunk {
  project_id?: string;
  filename: string;
  data: Uint8Array;
}

/**
 * Receives a music upload (UploadBgm): the first message names the project and the file;
 * written to `<uploads>/bgm/<project_id>/<uuid>_<name>` like a video upload (temp file and
 * rename, nothing left on refusal or cancel), then probed; not audio → removed, INVALID_ARGUMENT.
 */
export async function receiveBgm(
  call: AsyncIterable<BgmChunk>,
  deps: BgmUploadDeps,
  isCancelled: () => boolean,
) {
  const it = call[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) {
    throw new SacvError("INVALID_ARGUMENT", "upload had no messages", {
      reason: "EMPTY_UPLOAD",
      details: { field: "filename" },
    });
  }
  const projectId = (first.value.project_id ?? "").trim();
  if (projectId === "") {
    throw new SacvError("INVALID_ARGUMENT", "project_id is required in the first message", {
      reason: "MISSING_FIELD",
      details: { field: "project_id" },
    });
  }
  deps.checkProject(projectId);
  const rest = async function* () {
    yield first.value;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  };
  const dir = join(deps.uploadsDir, "bgm", projectId);
  const saved = await receiveUpload(rest(), dir, deps.mediaRoot, isCancelled, {
    extensions: AUDIO_EXTENSIONS,
    noun: "audio",
    reason: "NOT_AUDIO",
  });
  try {
    const info = await deps.media.probe(saved.video_path).catch((err) => {
      if ((err as SacvError).status === "UNAVAILABLE") throw err;
      throw invalid("file", `${first.value.filename} is not readable audio`);
    });
    if (!info.has_audio || !(info.audio_duration > 0)) {
      throw invalid("file", `${first.value.filename} has no audio`);
    }
    return {
      bgm_path: saved.video_path,
      size: saved.size,
      duration: info.audio_duration,
      channels: info.channels,
      sample_rate: info.sample_rate,
    };
  } catch (err) {
    await Deno.remove(join(deps.mediaRoot, saved.video_path)).catch(() => {});
    throw err;
  }
}
