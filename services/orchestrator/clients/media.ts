// Typed client for sacv.media.v1.MediaService over its replicas: every call waits (bounded) for
// a ready replica, has a deadline (unary calls) or keepalive (streams), and is retried on
// UNAVAILABLE. All media calls are idempotent
// (outputs are written to a temp name and renamed), so a retry after a lost reply is safe.
import type * as grpc from "@grpc/grpc-js";
import { unary } from "../../common/client.ts";
import { CancelledError, fromGrpcError, SacvError } from "../../common/errors.ts";
import type { Logger } from "../../common/log.ts";
import type {
  BuildAudioProgress,
  BuildAudioRequestInit,
  BuildAudioResult,
  BuildVideoProgress,
  BuildVideoRequestInit,
  BuildVideoResult,
  ExtractFrameRequestInit,
  ExtractFrameResult,
  MuxVideoProgress,
  MuxVideoRequestInit,
  MuxVideoResult,
  NormalizeLoudnessRequestInit,
  NormalizeLoudnessResult,
  ProbeResult,
} from "../../media/messages.ts";
import { DEADLINES, isTransient, READY_WAIT_MS, retryTransient } from "./call_policy.ts";
import type { Endpoint, EndpointPool } from "./endpoints.ts";

export type * from "../../media/messages.ts";

/** Options of a server-streaming call: cancel with `signal`, hear each message. */
export interface StreamOptions<P> {
  signal?: AbortSignal;
  onProgress?: (p: P) => void;
}

/** Typed wrapper over the media service; aborting a signal cancels the call (ffmpeg is killed). */
export interface MediaClient {
  probe(path: string, signal?: AbortSignal): Promise<ProbeResult>;
  normalizeLoudness(
    req: NormalizeLoudnessRequestInit,
    signal?: AbortSignal,
  ): Promise<NormalizeLoudnessResult>;
  /** One frame of a video into an image file (draft stills). */
  extractFrame(req: ExtractFrameRequestInit, signal?: AbortSignal): Promise<ExtractFrameResult>;
  /**
   * The video track of a script; `onProgress` hears which segments are ready. The streamed
   * calls have no deadline: their length depends on the output, so keepalive pings bound them
   * (a dead replica fails one within ~15 s); a retry starts it again.
   */
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
  /** The replicas calls are spread over. */
  readonly pool: EndpointPool;
}

/** Options for {@linkcode createMediaClient}. */
export interface MediaClientOptions {
  /** Logs retries (warn). */
  logger?: Logger;
  /** How long a call waits for a ready replica (ms, default {@linkcode READY_WAIT_MS}). */
  readyWaitMs?: number;
}

/** Creates a media client calling the replicas of `pool`. */
export function createMediaClient(
  pool: EndpointPool,
  options: MediaClientOptions = {},
): MediaClient {
  const readyWaitMs = options.readyWaitMs ?? READY_WAIT_MS;

  /** One attempt on the least loaded ready replica; a transient failure cools it down. */
  async function onReplica<T>(
    signal: AbortSignal | undefined,
    fn: (ep: Endpoint) => Promise<T>,
  ): Promise<T> {
    const { ep, release: done } = await pool.lease(signal, readyWaitMs);
    try {
      const res = await fn(ep);
      pool.succeeded(ep);
      return res;
    } catch (err) {
      if (isTransient(err)) pool.failed(ep);
      throw err;
    } finally {
      done();
    }
  }

  function call<Req, Res>(
    method: string,
    req: Req,
    timeoutMs: number,
    signal?: AbortSignal,
  ): Promise<Res> {
    return retryTransient(
      () =>
        onReplica(signal, (ep) => unary<Req, Res>(ep.client, method, req, { signal, timeoutMs })),
      {
        signal,
        onRetry: (err, attempt) =>
          options.logger?.warn("media call failed transiently, retrying", {
            rpc: method,
            attempt,
            error: err,
          }),
      },
    );
  }

  /** One streamed call on `ep`: resolves with the `result` of the message marked `done`. */
  function streamOnce<Req, P extends { done: boolean; result?: R | null }, R>(
    ep: Endpoint,
    method: string,
    req: Req,
    o: StreamOptions<P>,
  ): Promise<R> {
    const { signal, onProgress } = o;
    if (signal?.aborted) return Promise.reject(new CancelledError());
    const open = ep.client[method] as (r: Req) => grpc.ClientReadableStream<P>;
    return new Promise<R>((resolve, reject) => {
      const stream = open.call(ep.client, req);
      let result: R | undefined;
      let settled = false;
      const finish = (err?: unknown) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener("abort", onAbort);
        if (err !== undefined) {
          stream.cancel();
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
      stream.on("data", (p: P) => {
        if (p.done && p.result) result = p.result;
        try {
          if (!p.done) onProgress?.(p);
        } catch (err) {
          finish(err);
        }
      });
      stream.on("error", (err: unknown) => finish(fromGrpcError(err)));
      stream.on("end", () => finish());
    });
  }

  /** A streamed call on a ready replica, started again from scratch on a transient failure. */
  function streamed<Req, P extends { done: boolean; result?: R | null }, R>(
    method: string,
    req: Req,
    o: StreamOptions<P> = {},
  ): Promise<R> {
    return retryTransient(
      () => onReplica(o.signal, (ep) => streamOnce<Req, P, R>(ep, method, req, o)),
      {
        signal: o.signal,
        onRetry: (err, attempt) =>
          options.logger?.warn("media stream failed transiently, retrying from the start", {
            rpc: method,
            attempt,
            error: err,
          }),
      },
    );
  }

  return {
    pool,
    probe: (path, signal) => call("Probe", { path }, DEADLINES.probe, signal),
    normalizeLoudness: (req, signal) => call("NormalizeLoudness", req, DEADLINES.segment, signal),
    extractFrame: (req, signal) => call("ExtractFrame", req, DEADLINES.probe, signal),
    buildVideo: (req, o) =>
      streamed<BuildVideoRequestInit, BuildVideoProgress, BuildVideoResult>("BuildVideo", req, o),
    buildAudio: (req, o) =>
      streamed<BuildAudioRequestInit, BuildAudioProgress, BuildAudioResult>("BuildAudio", req, o),
    muxVideo: (req, o) =>
      streamed<MuxVideoRequestInit, MuxVideoProgress, MuxVideoResult>("MuxVideo", req, o),
  };
}
