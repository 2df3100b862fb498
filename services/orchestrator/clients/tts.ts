// Typed client for sacv.tts.v1.TtsService: one bidi stream for many syntheses, limits, providers.
import type * as grpc from "@grpc/grpc-js";
import { type AnyClient, createClient, unary } from "../../common/client.ts";
import { CancelledError, fromGrpcError, SacvError } from "../../common/errors.ts";
import type {
  ItemError,
  Limits,
  ListProvidersResponse,
  SynthesizeRequestInit,
  SynthesizeResult,
  SynthesizeStreamResponse,
} from "../../tts/messages.ts";

export type * from "../../tts/messages.ts";

/** One item sent on the synthesis stream: a request whose `request_id` is required. */
export type TtsItem = SynthesizeRequestInit & { request_id: string; codec?: "wav" | "mp3" | "pcm" };

/** One outcome delivered to `onResult`, in completion order. */
export type TtsOutcome = { ok: true; result: SynthesizeResult } | { ok: false; error: ItemError };

/** Options for {@linkcode TtsClient.synthesizeMany}. */
export interface SynthesizeManyOptions {
  /** Aborting cancels the whole stream (every in-flight provider call). */
  signal?: AbortSignal;
  /** Called once per item as it completes; a throw cancels the stream and rejects. */
  onResult: (outcome: TtsOutcome) => void;
}

/** Typed wrapper over the TTS service. */
export interface TtsClient {
  /**
   * Sends every item at once on ONE `SynthesizeStream`, half-closes, and
   * delivers results and per-item errors in completion order. Resolves when
   * every item has an outcome; rejects with CancelledError on abort.
   */
  synthesizeMany(items: readonly TtsItem[], options: SynthesizeManyOptions): Promise<void>;
  /** Sets the service's global limit (the `tts` scope); returns the new limits. */
  setGlobalLimit(n: number, signal?: AbortSignal): Promise<Limits>;
  getLimits(signal?: AbortSignal): Promise<Limits>;
  listProviders(signal?: AbortSignal): Promise<ListProvidersResponse>;
  /** The underlying grpc-js client (for health checks and close). */
  readonly raw: AnyClient;
}

/** Creates a TTS client for `addr` (host:port or `dns:///name:port`). */
export function createTtsClient(addr: string): TtsClient {
  const raw = createClient("sacv.tts.v1.TtsService", addr);

  function synthesizeMany(
    items: readonly TtsItem[],
    { signal, onResult }: SynthesizeManyOptions,
  ): Promise<void> {
    if (signal?.aborted) return Promise.reject(new CancelledError());
    if (items.length === 0) return Promise.resolve();
    const ids = new Set(items.map((i) => i.request_id));
    if (ids.size !== items.length || ids.has("")) {
      return Promise.reject(
        new SacvError("INVALID_ARGUMENT", "request_id must be unique and non-empty", {
          reason: "BAD_REQUEST_ID",
        }),
      );
    }
    const open = raw.SynthesizeStream as () => grpc.ClientDuplexStream<
      TtsItem,
      SynthesizeStreamResponse
    >;
    return new Promise<void>((resolve, reject) => {
      const call = open.call(raw);
      let settled = false;
      let received = 0;
      const finish = (err?: unknown) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener("abort", onAbort);
        if (err === undefined) resolve();
        else {
          call.cancel();
          reject(err);
        }
      };
      const onAbort = () => finish(new CancelledError("TTS stream cancelled"));
      signal?.addEventListener("abort", onAbort, { once: true });
      call.on("data", (res: SynthesizeStreamResponse) => {
        if (settled) return;
        const outcome: TtsOutcome | undefined = res.item === "error" && res.error
          ? { ok: false, error: res.error }
          : res.result
          ? { ok: true, result: res.result }
          : undefined;
        if (!outcome) return;
        const id = outcome.ok ? outcome.result.request_id : outcome.error.request_id;
        if (!ids.delete(id)) return;
        received++;
        try {
          onResult(outcome);
        } catch (err) {
          finish(err);
          return;
        }
        if (received === items.length) finish();
      });
      call.on("error", (err: unknown) => finish(fromGrpcError(err)));
      call.on("end", () => {
        if (received < items.length) {
          finish(
            new SacvError(
              "INTERNAL",
              `TTS stream ended after ${received} of ${items.length} results`,
              { reason: "STREAM_TRUNCATED" },
            ),
          );
        }
      });
      for (const item of items) call.write(item);
      call.end();
    });
  }

  return {
    raw,
    synthesizeMany,
    setGlobalLimit: (n, signal) => {
      if (!Number.isInteger(n) || n < 1) {
        return Promise.reject(
          new RangeError(
            `Cannot set TTS global limit as 'n' must be a positive integer: current value is ${n}`,
          ),
        );
      }
      return unary(raw, "SetLimits", { global_limit: n, provider_limits: {} }, { signal });
    },
    getLimits: (signal) => unary(raw, "GetLimits", {}, { signal }),
    listProviders: (signal) => unary(raw, "ListProviders", {}, { signal }),
  };
}
