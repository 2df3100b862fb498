// gRPC handlers for sacv.media.v1.MediaService: one error mapping, one
// cancellation path (client cancel or shutdown aborts the ffmpeg child).
import type * as grpc from "@grpc/grpc-js";
import { SacvError, toGrpcError } from "../common/errors.ts";
import type { Logger } from "../common/log.ts";
import type { RunningServer } from "../common/server.ts";
import { alignNarration } from "./align.ts";
import { buildAudio } from "./audio_build.ts";
import { concatClips } from "./concat.ts";
import type { MediaContext } from "./context.ts";
import { cutClip } from "./cut.ts";
import { extractFrame } from "./frame.ts";
import { normalizeLoudness } from "./loudness.ts";
import type { CallOutcome, MediaMetrics } from "./metrics.ts";
import type {
  AlignNarrationRequest,
  BuildAudioRequest,
  BuildVideoRequest,
  ConcatProgressInit,
  ConcatRequest,
  CutClipRequest,
  ExtractFrameRequest,
  MuxVideoRequest,
  NormalizeLoudnessRequest,
  ProbeRequest,
} from "./messages.ts";
import { muxVideo } from "./mux_video.ts";
import { resolveInput } from "./paths.ts";
import { probe } from "./probe.ts";
import { buildVideo } from "./video_build.ts";

/** The part of a grpc-js server call that reports client cancellation. */
interface CancellableCall {
  on(event: "cancelled", listener: () => void): unknown;
}

/** Clients see paths relative to the media root, never where the root lives. */
function hideRoot(err: unknown, root: string): unknown {
  if (!(err instanceof Error) || !err.message.includes(root)) return err;
  const message = err.message.replaceAll(`${root}/`, "").replaceAll(root, ".");
  if (err instanceof SacvError) {
    return new SacvError(err.status, message, {
      reason: err.reason,
      retryable: err.retryable,
      details: err.details,
      cause: err,
    });
  }
  return new SacvError("INTERNAL", message, { cause: err });
}

/** Options for {@linkcode createMediaService}. */
export interface MediaServiceOptions {
  ctx: MediaContext;
  logger: Logger;
  /** Call counts and durations go here when given. */
  metrics?: MediaMetrics;
}

/** The outcome label of a failed call: the caller's fault, a cancel, or ours. */
function outcomeOf(err: unknown): CallOutcome {
  const status = err instanceof SacvError ? err.status : "INTERNAL";
  if (status === "CANCELLED") return "cancelled";
  const invalid = ["INVALID_ARGUMENT", "NOT_FOUND", "FAILED_PRECONDITION", "OUT_OF_RANGE"];
  return invalid.includes(status) ? "invalid" : "error";
}

/** The service implementation plus the hooks graceful shutdown needs. */
export interface MediaService {
  impl: grpc.UntypedServiceImplementation;
  /** Calls currently running. */
  inFlight(): number;
  /** Resolves when no call is running. */
  whenIdle(): Promise<void>;
  /** Waits for running calls; when `deadline` aborts, cancels them (killing ffmpeg). */
  drain(deadline: AbortSignal): Promise<void>;
}

/**
 * Creates the MediaService handlers over a media root.
 *
 * @example
 * ```ts
 * const media = createMediaService({ ctx, logger });
 * await serve(addr, { services: [{ name: "sacv.media.v1.MediaService", impl: media.impl }], logger, onDrain: media.drain });
 * ```
 */
export function createMediaService(options: MediaServiceOptions): MediaService {
  const { ctx, logger, metrics } = options;
  const running = new Set<AbortController>();
  let idleWaiters: (() => void)[] = [];
  const whenIdle = () =>
    running.size === 0 ? Promise.resolve() : new Promise<void>((r) => idleWaiters.push(r));

  const track = <T>(
    method: string,
    call: CancellableCall,
    work: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> => {
    const controller = new AbortController();
    running.add(controller);
    call.on("cancelled", () => controller.abort());
    const started = performance.now();
    const ended = metrics?.callStarted(method);
    // async wrapper: a synchronous throw (e.g. a refused path) becomes a rejection.
    return (async () => await work(controller.signal))().then(
      (res) => {
        logger.info("call done", { method, ms: Math.round(performance.now() - started) });
        ended?.("ok");
        return res;
      },
      (err) => {
        const status = err instanceof SacvError ? err.status : "INTERNAL";
        const log = status === "INTERNAL" ? logger.error : logger.warn;
        log("call failed", { method, status, error: err });
        ended?.(outcomeOf(err));
        throw hideRoot(err, ctx.root);
      },
    ).finally(() => {
      running.delete(controller);
      if (running.size === 0) {
        for (const wake of idleWaiters) wake();
        idleWaiters = [];
      }
    });
  };

  const unaryCall = <Req, Res>(
    method: string,
    fn: (req: Req, signal: AbortSignal) => Promise<Res>,
  ) =>
  (call: grpc.ServerUnaryCall<Req, Res>, cb: grpc.sendUnaryData<Res>) => {
    track(method, call, (signal) => fn(call.request, signal)).then(
      (res) => cb(null, res),
      (err) => cb(toGrpcError(err)),
    );
  };

  /**
   * A server-streaming call: `work` writes progress messages through `send` and resolves
   * with the result, which goes out as the last message (`done: true`).
   */
  const streamCall = <Req, Msg extends object>(
    method: string,
    work: (req: Req, send: (m: Msg) => void, signal: AbortSignal) => Promise<unknown>,
  ) =>
  (call: grpc.ServerWritableStream<Req, Msg>) => {
    track(method, call, async (signal) => {
      const result = await work(call.request, (m) => call.write({ ...m, done: false }), signal);
      call.write({ progress: 1, done: true, result } as unknown as Msg);
    }).then(
      () => call.end(),
      (err) => call.emit("error", toGrpcError(err)),
    );
  };

  /** Progress reports with segment readiness, sent when something changed enough to tell. */
  const readiness = (send: (m: { progress: number; ready: number[] }) => void) => {
    let last = -1;
    return (progress: number, ready: number[]) => {
      if (ready.length === 0 && progress - last < 0.01) return;
      last = progress;
      send({ progress, ready });
    };
  };

  const impl: grpc.UntypedServiceImplementation = {
    BuildVideo: streamCall<BuildVideoRequest, { progress: number; ready: number[] }>(
      "BuildVideo",
      (req, send, signal) => buildVideo(ctx, req, readiness(send), signal),
    ),
    BuildAudio: streamCall<BuildAudioRequest, { progress: number; ready: number[] }>(
      "BuildAudio",
      (req, send, signal) => buildAudio(ctx, req, readiness(send), signal),
    ),
    MuxVideo: streamCall<MuxVideoRequest, { progress: number; stage: string }>(
      "MuxVideo",
      (req, send, signal) => {
        let last = "";
        return muxVideo(ctx, req, (stage, progress) => {
          const key = `${stage}:${Math.floor(progress * 50)}`;
          if (key !== last) (last = key, send({ stage, progress }));
        }, signal);
      },
    ),
    Probe: unaryCall<ProbeRequest, unknown>("Probe", (req, signal) => {
      const abs = resolveInput(ctx.root, req.path, "path");
      return probe(abs, { ffprobe: ctx.ffprobe, signal, field: "path", displayPath: req.path });
    }),
    CutClip: unaryCall(
      "CutClip",
      (req: CutClipRequest, signal) => cutClip(ctx, req, signal),
    ),
    AlignNarration: unaryCall(
      "AlignNarration",
      (req: AlignNarrationRequest, signal) => alignNarration(ctx, req, signal),
    ),
    ExtractFrame: unaryCall(
      "ExtractFrame",
      (req: ExtractFrameRequest, signal) => extractFrame(ctx, req, signal),
    ),
    NormalizeLoudness: unaryCall(
      "NormalizeLoudness",
      (req: NormalizeLoudnessRequest, signal) => normalizeLoudness(ctx, req, signal),
    ),
    Concat(call: grpc.ServerWritableStream<ConcatRequest, ConcatProgressInit>) {
      track("Concat", call, async (signal) => {
        const result = await concatClips(
          ctx,
          call.request,
          (p) => call.write({ ...p, done: false }),
          signal,
        );
        call.write({
          progress: 1,
          out_time: result.duration,
          total_duration: result.duration,
          done: true,
          result,
        });
      }).then(
        () => call.end(),
        (err) => call.emit("error", toGrpcError(err)),
      );
    },
  };

  return {
    impl,
    inFlight: () => running.size,
    whenIdle,
    async drain(deadline: AbortSignal) {
      if (running.size === 0) return;
      logger.info("draining", { in_flight: running.size });
      const cancelAll = () => {
        logger.warn("drain deadline reached, cancelling calls", { in_flight: running.size });
        for (const c of running) c.abort();
      };
      if (deadline.aborted) cancelAll();
      else deadline.addEventListener("abort", cancelAll, { once: true });
      await whenIdle();
      deadline.removeEventListener("abort", cancelAll);
    },
  };
}

/** How long idle client connections get to close after the last call finished. */
const IDLE_CONNECTION_GRACE_MS = 500;

/**
 * Graceful stop: stop taking calls, let running ones finish (cancelling them
 * at `deadlineMs`), then close the server.
 */
export async function stopMediaServer(
  server: RunningServer,
  media: MediaService,
  deadlineMs: number,
): Promise<void> {
  const closing = server.shutdown(deadlineMs);
  await media.whenIdle();
  // Deno's node:http2 clients ignore GOAWAY (denoland/deno#29115), so an idle
  // client connection would hold the graceful close open until the deadline.
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    closing,
    new Promise((resolve) => (timer = setTimeout(resolve, IDLE_CONNECTION_GRACE_MS))),
  ]);
  clearTimeout(timer);
  server.closeConnections();
  await closing;
}
