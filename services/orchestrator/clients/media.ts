// Typed client for sacv.media.v1.MediaService: unary calls with a signal, Concat as a progress stream.
import type * as grpc from "@grpc/grpc-js";
import { type AnyClient, createClient, unary } from "../../common/client.ts";
import { CancelledError, fromGrpcError, SacvError } from "../../common/errors.ts";
import type {
  AlignNarrationRequestInit,
  AlignNarrationResult,
  BuildAudioProgress,
  BuildAudioRequestInit,
  BuildAudioResult,
  BuildVideoProgress,
  BuildVideoRequestInit,
  BuildVideoResult,
  ConcatProgress,
  ConcatRequestInit,
  ConcatResult,
  CutClipRequestInit,
  CutClipResult,
  MuxVideoProgress,
  MuxVideoRequestInit,
  MuxVideoResult,
  NormalizeLoudnessRequestInit,
  NormalizeLoudnessResult,
  ProbeResult,
} from "../../media/messages.ts";

export type * from "../../media/messages.ts";

/** Options for {@linkcode MediaClient.concat}. */
export interface ConcatOptions {
  signal?: AbortSignal;
  onProgress?: (p: ConcatProgress) => void;
}

/** Options of a server-streaming call: cancel with `signal`, hear each message. */
export interface StreamOptions<P> {
  signal?: AbortSignal;
  onProgress?: (p: P) => void;
}

/**
 * Calls a server-streaming method whose messages carry `done` and, on the last one,
 * `result`; resolves with that result. Aborting cancels the call (the server kills ffmpeg).
 */
export function progressStream<Req, P extends { done: boolean; result?: R | null }, R>(
  raw: AnyClient,
  method: string,
  req: Req,
  options: StreamOptions<P> = {},
): Promise<R> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(new CancelledError());
  const open = raw[method] as (r: Req) => grpc.ClientReadableStream<P>;
  return new Promise<R>((resolve, reject) => {
    const call = open.call(raw, req);
    let result: R | undefined;
    let settled = false;
    const finish = (err?: unknown) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      if (err !== undefined) {
        call.cancel();
        reject(err);
      } else if (result !== undefined) resolve(result);
      else {
        reject(
          new SacvError("INTERNAL", `${method} stream ended without a result`, {
            reason: "STREAM_TRUNCATED",
          }),
        );
      }
    };
    const onAbort = () => finish(new CancelledError(`${method} cancelled`));
    signal?.addEventListener("abort", onAbort, { once: true });
    call.on("data", (p: P) => {
      if (p.done && p.result) result = p.result;
      try {
        if (!p.done) onProgress?.(p);
      } catch (err) {
        finish(err);
      }
    });
    call.on("error", (err: unknown) => finish(fromGrpcError(err)));
    call.on("end", () => finish());
  });
}

/** Typed wrapper over the media service; aborting a signal cancels the call (ffmpeg is killed). */
export interface MediaClient {
  probe(path: string, signal?: AbortSignal): Promise<ProbeResult>;
  cutClip(req: CutClipRequestInit, signal?: AbortSignal): Promise<CutClipResult>;
  alignNarration(
    req: AlignNarrationRequestInit,
    signal?: AbortSignal,
  ): Promise<AlignNarrationResult>;
  normalizeLoudness(
    req: NormalizeLoudnessRequestInit,
    signal?: AbortSignal,
  ): Promise<NormalizeLoudnessResult>;
  /** Streams progress to `onProgress` and resolves with the final result. */
  concat(req: ConcatRequestInit, options?: ConcatOptions): Promise<ConcatResult>;
  /** The video track of a script; `onProgress` hears which segments are ready. */
  buildVideo(
    req: BuildVideoRequestInit,
    options?: StreamOptions<BuildVideoProgress>,
  ): Promise<BuildVideoResult>;
  /** The audio track of a script; `onProgress` hears which segments are done. */
  buildAudio(
    req: BuildAudioRequestInit,
    options?: StreamOptions<BuildAudioProgress>,
  ): Promise<BuildAudioResult>;
  /** The output from both tracks, by stream copy, checked. */
  muxVideo(
    req: MuxVideoRequestInit,
    options?: StreamOptions<MuxVideoProgress>,
  ): Promise<MuxVideoResult>;
  readonly raw: AnyClient;
}

/** Creates a media client for `addr`. */
export function createMediaClient(addr: string): MediaClient {
  const raw = createClient("sacv.media.v1.MediaService", addr);

  function concat(req: ConcatRequestInit, options: ConcatOptions = {}): Promise<ConcatResult> {
    const { signal, onProgress } = options;
    if (signal?.aborted) return Promise.reject(new CancelledError());
    const open = raw.Concat as (r: ConcatRequestInit) => grpc.ClientReadableStream<ConcatProgress>;
    return new Promise<ConcatResult>((resolve, reject) => {
      const call = open.call(raw, req);
      let result: ConcatResult | undefined;
      let settled = false;
      const finish = (err?: unknown) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener("abort", onAbort);
        if (err !== undefined) {
          call.cancel();
          reject(err);
        } else if (result) resolve(result);
        else {
          reject(
            new SacvError("INTERNAL", "Concat stream ended without a result", {
              reason: "STREAM_TRUNCATED",
            }),
          );
        }
      };
      const onAbort = () => finish(new CancelledError("concat cancelled"));
      signal?.addEventListener("abort", onAbort, { once: true });
      call.on("data", (p: ConcatProgress) => {
        if (p.done && p.result) result = p.result;
        try {
          onProgress?.(p);
        } catch (err) {
          finish(err);
        }
      });
      call.on("error", (err: unknown) => finish(fromGrpcError(err)));
      call.on("end", () => finish());
    });
  }

  return {
    raw,
    probe: (path, signal) => unary(raw, "Probe", { path }, { signal }),
    cutClip: (req, signal) => unary(raw, "CutClip", req, { signal }),
    alignNarration: (req, signal) => unary(raw, "AlignNarration", req, { signal }),
    normalizeLoudness: (req, signal) => unary(raw, "NormalizeLoudness", req, { signal }),
    concat,
    buildVideo: (req, options) => progressStream(raw, "BuildVideo", req, options),
    buildAudio: (req, options) => progressStream(raw, "BuildAudio", req, options),
    muxVideo: (req, options) => progressStream(raw, "MuxVideo", req, options),
  };
}
