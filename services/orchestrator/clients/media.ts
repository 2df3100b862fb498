// Typed client for sacv.media.v1.MediaService: unary calls with a signal, Concat as a progress stream.
import type * as grpc from "@grpc/grpc-js";
import { type AnyClient, createClient, unary } from "../../common/client.ts";
import { CancelledError, fromGrpcError, SacvError } from "../../common/errors.ts";
import type {
  AlignNarrationRequestInit,
  AlignNarrationResult,
  ConcatProgress,
  ConcatRequestInit,
  ConcatResult,
  CutClipRequestInit,
  CutClipResult,
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
  };
}
