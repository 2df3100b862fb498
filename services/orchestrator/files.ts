// Video upload (client stream into the media root) and output download (server stream).
import type * as grpc from "@grpc/grpc-js";
import { basename, extname, join, relative } from "node:path";
import { CancelledError, SacvError } from "../common/errors.ts";
import { checkDirInside, ensureDirInside } from "./safe_path.ts";

/** Extensions accepted by UploadVideo. */
export const VIDEO_EXTENSIONS: readonly string[] = [
  ".mp4",
  ".mov",
  ".mkv",
  ".avi",
  ".webm",
  ".flv",
  ".m4v",
  ".ts",
  ".mpg",
  ".mpeg",
  ".wmv",
];

/** Extensions accepted by UploadBgm (what ffmpeg reads as music). */
export const AUDIO_EXTENSIONS: readonly string[] = [
  ".mp3",
  ".m4a",
  ".aac",
  ".wav",
  ".flac",
  ".ogg",
  ".oga",
  ".opus",
  ".wma",
];

/** What {@linkcode receiveUpload} accepts: extensions and what to call the file. */
export interface UploadKind {
  extensions: readonly string[];
  /** "video" or "audio", for messages. */
  noun: string;
  /** Error reason for another extension. */
  reason: string;
}

const VIDEO_UPLOAD: UploadKind = {
  extensions: VIDEO_EXTENSIONS,
  noun: "video",
  reason: "NOT_A_VIDEO",
};

/** Bytes per FileChunk sent by ReadOutputVideo. */
export const CHUNK_BYTES = 256 * 1024;

interface UploadChunk {
  filename: string;
  data: Uint8Array;
}

/** Keeps letters (any script), digits, dot, dash and underscore; everything else becomes `_`. */
export function safeFileName(name: string): string {
  const base = basename(name.replaceAll("\\", "/")).normalize("NFC");
  const cleaned = base.replace(/[^\p{L}\p{N}._-]+/gu, "_").replace(/^[._]+/, "");
  return cleaned.slice(-120) || "video";
}

/**
 * Receives an upload: the first message names the file, every message may
 * carry bytes. Writes `<uploads>/<uuid>_<safe name>` through a temp file and a
 * rename, so a cancelled (`isCancelled`) or refused upload leaves nothing behind. Returns the
 * path relative to the media root and the size.
 */
export async function receiveUpload(
  call: AsyncIterable<UploadChunk>,
  uploadsDir: string,
  mediaRoot: string,
  isCancelled: () => boolean = () => false,
  kind: UploadKind = VIDEO_UPLOAD,
): Promise<{ video_path: string; size: number }> {
  // The real uploads dir, which must lie in the media root (a symlink leading out is refused);
  // the temp file is created exclusively there and renamed inside it.
  const dir = ensureDirInside(uploadsDir, [mediaRoot], { field: "uploads_dir" });
  const root = Deno.realPathSync(mediaRoot);
  const tmp = join(dir, `.upload_${crypto.randomUUID()}.part`);
  let file: Deno.FsFile | undefined;
  let name = "";
  let size = 0;
  try {
    for await (const chunk of call) {
      if (!file) {
        name = chunk.filename.trim();
        if (name === "") {
          throw new SacvError("INVALID_ARGUMENT", "filename is required in the first message", {
            reason: "MISSING_FIELD",
            details: { field: "filename" },
          });
        }
        const ext = extname(name).toLowerCase();
        if (!kind.extensions.includes(ext)) {
          throw new SacvError(
            "INVALID_ARGUMENT",
            `filename must have ${kind.noun === "audio" ? "an" : "a"} ${kind.noun} extension (${
              kind.extensions.join(", ")
            }): got ${name}`,
            { reason: kind.reason, details: { field: "filename" } },
          );
        }
        file = await Deno.open(tmp, { write: true, createNew: true });
      }
      if (chunk.data?.length) {
        await file.write(chunk.data);
        size += chunk.data.length;
      }
    }
    // A client that cancels ends the stream like a finished upload: never keep a truncated file.
    if (isCancelled()) throw new CancelledError("upload cancelled by the client");
    if (!file) {
      throw new SacvError("INVALID_ARGUMENT", "upload had no messages", {
        reason: "EMPTY_UPLOAD",
        details: { field: "filename" },
      });
    }
    if (size === 0) {
      throw new SacvError("INVALID_ARGUMENT", `upload ${name} is empty`, {
        reason: "EMPTY_UPLOAD",
        details: { field: "data" },
      });
    }
    file.close();
    file = undefined;
    const finalName = `${crypto.randomUUID()}_${safeFileName(name)}`;
    checkDirInside(dir, [mediaRoot], { field: "uploads_dir" });
    const dest = join(dir, finalName);
    await Deno.rename(tmp, dest);
    const rel = relative(root, dest);
    return { video_path: rel.split("\\").join("/"), size };
  } finally {
    file?.close();
    await Deno.remove(tmp).catch(() => {});
  }
}

/** Waits until `call` can take more data, or is cancelled or closed (then the loop stops). */
function writable(call: grpc.ServerWritableStream<unknown, unknown>): Promise<void> {
  return new Promise((resolve) => {
    const events = ["drain", "cancelled", "close", "error"] as const;
    const settle = () => {
      for (const e of events) call.off(e, settle);
      resolve();
    };
    for (const e of events) call.once(e, settle);
  });
}

/**
 * Streams `path` from `offset` for `length` bytes (0 = to the end). The first
 * chunk carries the total size and file name.
 */
export async function sendFile(
  call: grpc.ServerWritableStream<unknown, unknown>,
  path: string,
  offset: number,
  length: number,
): Promise<void> {
  const file = await Deno.open(path, { read: true });
  try {
    const total = (await file.stat()).size;
    if (offset < 0 || offset > total) {
      throw new SacvError("INVALID_ARGUMENT", `offset must be from 0 to ${total}: got ${offset}`, {
        reason: "OFFSET_OUT_OF_RANGE",
        details: { field: "offset" },
      });
    }
    if (length < 0) {
      throw new SacvError("INVALID_ARGUMENT", `length must not be negative: got ${length}`, {
        reason: "INVALID_LENGTH",
        details: { field: "length" },
      });
    }
    const end = length === 0 ? total : Math.min(total, offset + length);
    await file.seek(offset, Deno.SeekMode.Start);
    let pos = offset;
    let first = true;
    const buf = new Uint8Array(CHUNK_BYTES);
    while (pos < end || first) {
      if (call.cancelled || call.destroyed) return;
      const want = Math.min(CHUNK_BYTES, end - pos);
      const n = want > 0 ? (await file.read(buf.subarray(0, want))) ?? 0 : 0;
      const data = buf.slice(0, n);
      const ok = call.write({
        data,
        total_size: first ? total : 0,
        offset: pos,
        filename: first ? basename(path) : "",
      });
      first = false;
      pos += n;
      if (n === 0) break;
      if (!ok) await writable(call);
    }
  } finally {
    file.close();
  }
}

/**
 * Which file of a project's output ReadOutputVideo sends: the MP4 (`file` "" or "video") or
 * the .srt beside it ("subtitles"; NOT_FOUND when the video was made before SRTs were).
 */
export function outputFileOf(videoAbs: string, file: string, projectId: string): string {
  if (file === "" || file === "video") return videoAbs;
  if (file !== "subtitles") {
    throw new SacvError(
      "INVALID_ARGUMENT",
      `file must be "video" or "subtitles": got ${JSON.stringify(file.slice(0, 100))}`,
      { reason: "INVALID_FILE", details: { field: "file" } },
    );
  }
  const srt = videoAbs.slice(0, videoAbs.length - extname(videoAbs).length) + ".srt";
  try {
    if (Deno.statSync(srt).isFile) return srt;
  } catch {
    // Missing: said below.
  }
  throw new SacvError("NOT_FOUND", `project ${projectId} has no subtitles file yet`, {
    reason: "NO_SUBTITLES",
    details: { project_id: projectId },
  });
}
