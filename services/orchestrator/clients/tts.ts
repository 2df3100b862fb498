// Typed client for sacv.tts.v1.TtsService over its replicas: a job's syntheses go through the
// dispatcher (re-sent when a stream drops); control calls wait for a ready replica, have a
// deadline and are retried on UNAVAILABLE.
import { unary } from "../../common/client.ts";
import { SacvError } from "../../common/errors.ts";
import type { Logger } from "../../common/log.ts";
import type { Limits, ListProvidersResponse } from "../../tts/messages.ts";
import { DEADLINES, READY_WAIT_MS, retryTransient } from "./call_policy.ts";
import type { EndpointPool } from "./endpoints.ts";
import { dispatchSynthesis, type TtsItem, type TtsOutcome } from "./tts_dispatch.ts";

export type * from "../../tts/messages.ts";

/** Window of a job's items per replica before the first limit is known. */
const DEFAULT_WINDOW = 8;
/** Items beyond a replica's limit kept outstanding there, to cover the round trip. */
const WINDOW_HEADROOM = 2;
export type { TtsItem, TtsOutcome } from "./tts_dispatch.ts";

/** Options for {@linkcode TtsClient.synthesizeMany}. */
export interface SynthesizeManyOptions {
  /** Aborting cancels every stream (every in-flight provider call). */
  signal?: AbortSignal;
  /** Called once per item as it completes; a throw cancels the streams and rejects. */
  onResult: (outcome: TtsOutcome) => void;
}

/** Typed wrapper over the TTS service. */
export interface TtsClient {
  /**
   * Sends the items over `SynthesizeStream` and delivers results and per-item
   * errors in completion order. A dropped stream's unanswered items are sent
   * again (bounded); resolves when every item has an outcome; rejects with
   * CancelledError on abort.
   */
  synthesizeMany(items: readonly TtsItem[], options: SynthesizeManyOptions): Promise<void>;
  /**
   * Sets the global limit (the `tts` scope) on EVERY replica the client knows
   * of and returns the first one's limits; rejects when any replica refused
   * (the caller re-pushes). Also sizes the per-replica window of
   * `synthesizeMany` to it.
   */
  setGlobalLimit(n: number, signal?: AbortSignal): Promise<Limits>;
  getLimits(signal?: AbortSignal): Promise<Limits>;
  listProviders(signal?: AbortSignal): Promise<ListProvidersResponse>;
  /** The replicas calls are spread over. */
  readonly pool: EndpointPool;
}

/** Options for {@linkcode createTtsClient}. */
export interface TtsClientOptions {
  logger?: Logger;
  /** How long work waits for a ready replica (ms, default {@linkcode READY_WAIT_MS}). */
  readyWaitMs?: number;
  /** Streams an item may be lost with before it fails (default 5). */
  maxItemAttempts?: number;
}

/** Creates a TTS client calling the replicas of `pool`. */
export function createTtsClient(pool: EndpointPool, options: TtsClientOptions = {}): TtsClient {
  const readyWaitMs = options.readyWaitMs ?? READY_WAIT_MS;

  // Items of one job outstanding per replica: its gate's worth plus a little, so a replica never
  // idles waiting for the next item while the rest wait here for whichever replica frees first.
  let window = DEFAULT_WINDOW;

  const control = <Res>(method: string, req: unknown, signal?: AbortSignal) =>
    retryTransient(async () => {
      const { ep, release: done } = await pool.lease(signal, readyWaitMs);
      try {
        return await unary<unknown, Res>(ep.client, method, req, {
          signal,
          timeoutMs: DEADLINES.control,
        });
      } finally {
        done();
      }
    }, { signal });

  /** SetLimits on every replica at once (each with its deadline); the first replica's answer. */
  const pushToAll = async (n: number, signal?: AbortSignal): Promise<Limits> => {
    const eps = pool.endpoints;
    if (eps.length === 0) throw pool.unavailable(0);
    const req = { global_limit: n, provider_limits: {} };
    const results = await Promise.allSettled(
      eps.map((ep) =>
        unary<unknown, Limits>(ep.client, "SetLimits", req, {
          signal,
          timeoutMs: DEADLINES.control,
        })
      ),
    );
    const failed = results.flatMap((r, i) =>
      r.status === "rejected" ? [`${eps[i].addr}: ${r.reason}`] : []
    );
    if (failed.length > 0) {
      throw new SacvError(
        "UNAVAILABLE",
        `SetLimits failed on ${failed.length} of ${eps.length} TTS replicas: ${failed.join("; ")}`,
        { reason: "PARTIAL_PUSH", retryable: true },
      );
    }
    return (results[0] as PromiseFulfilledResult<Limits>).value;
  };

  return {
    pool,
    synthesizeMany: (items, { signal, onResult }) =>
      dispatchSynthesis(pool, items, {
        signal,
        onResult,
        readyWaitMs,
        window,
        maxItemAttempts: options.maxItemAttempts,
        logger: options.logger,
      }),
    setGlobalLimit: (n, signal) => {
      if (!Number.isInteger(n) || n < 1) {
        return Promise.reject(
          new RangeError(
            `Cannot set TTS global limit as 'n' must be a positive integer: current value is ${n}`,
          ),
        );
      }
      window = n + WINDOW_HEADROOM;
      return pushToAll(n, signal);
    },
    getLimits: (signal) => control("GetLimits", {}, signal),
    listProviders: (signal) => control("ListProviders", {}, signal),
  };
}
