// Sends one job's synthesis items to the TTS replicas and survives losing them: one
// SynthesizeStream per replica, items dispatched least-in-flight first as window slots free,
// and the unfinished items of a dropped stream sent again (another replica, or the same one
// once it is back), with bounded attempts per item and a bounded wait for any ready replica.
import type * as grpc from "@grpc/grpc-js";
import { CancelledError, fromGrpcError, SacvError } from "../../common/errors.ts";
import type { Logger } from "../../common/log.ts";
import type {
  ItemError,
  SynthesizeRequestInit,
  SynthesizeStreamResponse,
} from "../../tts/messages.ts";
import type { SynthesizeResult } from "../../tts/messages.ts";
import { READY_WAIT_MS } from "./call_policy.ts";
import type { Endpoint, EndpointPool } from "./endpoints.ts";

/** One item sent on the synthesis stream: a request whose `request_id` is required. */
export type TtsItem = SynthesizeRequestInit & { request_id: string; codec?: "wav" | "mp3" | "pcm" };

/** One outcome delivered to `onResult`, in completion order; `replica` is the address that answered. */
export type TtsOutcome =
  & ({ ok: true; result: SynthesizeResult } | { ok: false; error: ItemError })
  & { replica?: string };

/** Options for {@linkcode dispatchSynthesis}. */
export interface DispatchOptions {
  /** Aborting cancels every stream (every in-flight provider call). */
  signal?: AbortSignal;
  /** Called once per item as it completes; a throw cancels every stream and rejects. */
  onResult: (outcome: TtsOutcome) => void;
  /** Most items of this job outstanding on one replica (default: no limit). */
  window?: number;
  /** Streams an item may be lost with before it fails (default 5). */
  maxItemAttempts?: number;
  /** How long items may wait with no replica ready before the job fails (ms, default 30 000). */
  readyWaitMs?: number;
  logger?: Logger;
}

interface Lane {
  ep: Endpoint;
  call: grpc.ClientDuplexStream<TtsItem, SynthesizeStreamResponse>;
  /** Items sent on this stream without an outcome yet, with the end of their in-flight count. */
  outstanding: Map<string, { item: TtsItem; done: () => void }>;
  /** Half-closed: takes no more items. */
  ended: boolean;
  /** Failed or finished: ignore its events. */
  dead: boolean;
}

/**
 * A stream error worth sending the items again: the replica went away
 * (UNAVAILABLE), reset the stream (INTERNAL/UNKNOWN), cancelled it without
 * us asking, or ended it with items unanswered. Bad requests, auth failures
 * and the like fail the job at once.
 */
function lostStream(err: SacvError): boolean {
  return ["UNAVAILABLE", "INTERNAL", "UNKNOWN", "CANCELLED"].includes(err.status);
}

/**
 * Synthesises `items` over the replicas of `pool` and resolves when every
 * item has an outcome; rejects with CancelledError on abort, with a stream
 * error that is not a lost replica, or with what `onResult` threw. An item
 * lost with `maxItemAttempts` streams, or waiting `readyWaitMs` for any ready
 * replica, gets an ItemError (code UNAVAILABLE) naming the last cause.
 */
export function dispatchSynthesis(
  pool: EndpointPool,
  items: readonly TtsItem[],
  options: DispatchOptions,
): Promise<void> {
  const { signal, onResult, logger } = options;
  const window = options.window ?? Infinity;
  const maxAttempts = options.maxItemAttempts ?? 5;
  const readyWaitMs = options.readyWaitMs ?? READY_WAIT_MS;
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

  const pending: TtsItem[] = [...items];
  const open = new Map<Endpoint, Lane>();
  const lanes = new Set<Lane>();
  const attempts = new Map<string, number>();
  const lastCause = new Map<string, string>();
  let stalledSince: number | undefined;
  let settled = false;
  const quit = new AbortController();
  let wake: (() => void) | undefined;
  const kick = () => wake?.();
  let resolveRun!: () => void;
  let rejectRun!: (err: unknown) => void;
  const done = new Promise<void>((res, rej) => (resolveRun = res, rejectRun = rej));

  const outstandingOn = (ep: Endpoint) => {
    let n = 0;
    for (const l of lanes) if (l.ep === ep && !l.dead) n += l.outstanding.size;
    return n;
  };
  const outstandingAll = () => [...lanes].reduce((n, l) => n + l.outstanding.size, 0);

  const finish = (err?: unknown) => {
    if (settled) return;
    settled = true;
    quit.abort();
    signal?.removeEventListener("abort", onAbort);
    for (const lane of lanes) {
      const cancel = err !== undefined && !lane.dead;
      lane.dead = true;
      for (const o of lane.outstanding.values()) o.done();
      lane.outstanding.clear();
      if (cancel) lane.call.cancel();
    }
    kick();
    if (err === undefined) resolveRun();
    else rejectRun(err);
  };
  const onAbort = () => finish(new CancelledError("TTS stream cancelled"));
  signal?.addEventListener("abort", onAbort, { once: true });

  const deliver = (outcome: TtsOutcome) => {
    const id = outcome.ok ? outcome.result.request_id : outcome.error.request_id;
    if (!ids.delete(id)) return;
    try {
      onResult(outcome);
    } catch (err) {
      finish(err);
      return;
    }
    if (ids.size === 0) finish();
  };

  const failItem = (item: TtsItem, code: string, reason: string, message: string) =>
    deliver({
      ok: false,
      error: {
        request_id: item.request_id,
        code,
        reason,
        message,
        provider: item.provider ?? "",
        attempts: attempts.get(item.request_id) ?? 0,
        retryable: true,
      },
    });

  /** A lane's stream is gone: its unanswered items go back to the front of the queue. */
  const laneLost = (lane: Lane, err: SacvError) => {
    if (lane.dead || settled) return;
    lane.dead = true;
    open.delete(lane.ep);
    lanes.delete(lane);
    const lost = [...lane.outstanding.values()];
    lane.outstanding.clear();
    for (const o of lost) o.done();
    if (lost.length === 0) return;
    if (!lostStream(err)) {
      finish(err);
      return;
    }
    pool.failed(lane.ep);
    // A replica that refused the stream while shutting down never took the items.
    const refused = err.reason === "SHUTTING_DOWN";
    logger?.warn("TTS stream lost, sending its items again", {
      replica: lane.ep.addr,
      items: lost.length,
      error: err,
    });
    requeue(lost.map((o) => o.item), lane.ep, `${err.status}: ${err.message}`, !refused);
  };

  /**
   * Puts lost items back at the front of the queue; one lost `maxAttempts`
   * times (counted when `count`) fails with UNAVAILABLE naming the last cause.
   */
  const requeue = (lost: TtsItem[], ep: Endpoint, cause: string, count: boolean) => {
    const again: TtsItem[] = [];
    for (const item of lost) {
      const n = (attempts.get(item.request_id) ?? 0) + (count ? 1 : 0);
      attempts.set(item.request_id, n);
      lastCause.set(item.request_id, cause);
      if (n >= maxAttempts) {
        failItem(
          item,
          "UNAVAILABLE",
          "TTS_STREAM_LOST",
          `TTS stream lost ${n} times (last at ${ep.addr}: ${cause})`,
        );
        if (settled) return;
      } else again.push(item);
    }
    pending.unshift(...again);
    kick();
  };

  const openLane = (ep: Endpoint): Lane => {
    const start = ep.client.SynthesizeStream as () => grpc.ClientDuplexStream<
      TtsItem,
      SynthesizeStreamResponse
    >;
    const lane: Lane = {
      ep,
      call: start.call(ep.client),
      outstanding: new Map(),
      ended: false,
      dead: false,
    };
    lanes.add(lane);
    open.set(ep, lane);
    lane.call.on("data", (res: SynthesizeStreamResponse) => {
      if (lane.dead || settled) return;
      const outcome: TtsOutcome | undefined = res.item === "error" && res.error
        ? { ok: false, error: res.error, replica: ep.addr }
        : res.result
        ? { ok: true, result: res.result, replica: ep.addr }
        : undefined;
      if (!outcome) return;
      const id = outcome.ok ? outcome.result.request_id : outcome.error.request_id;
      const entry = lane.outstanding.get(id);
      if (!entry) return;
      lane.outstanding.delete(id);
      entry.done();
      // An item the replica cancelled itself (it is shutting down) was lost, not failed.
      if (!outcome.ok && outcome.error.code === "CANCELLED") {
        pool.failed(ep);
        requeue([entry.item], ep, `CANCELLED: ${outcome.error.message}`, true);
        return;
      }
      pool.succeeded(ep);
      deliver(outcome);
      kick();
    });
    lane.call.on("error", (err: unknown) => laneLost(lane, fromGrpcError(err)));
    lane.call.on("end", () => {
      if (lane.outstanding.size > 0) {
        laneLost(
          lane,
          new SacvError("UNAVAILABLE", "TTS stream ended with items unanswered", {
            reason: "STREAM_TRUNCATED",
          }),
        );
      } else {
        lane.dead = true;
        lanes.delete(lane);
        if (open.get(ep) === lane) open.delete(ep);
      }
    });
    return lane;
  };

  /** Sends pending items to ready replicas with free window slots, least in flight first. */
  const pump = () => {
    while (pending.length > 0 && !settled) {
      const ep = pool.ready().find((e) => outstandingOn(e) < window);
      if (!ep) break;
      let lane = open.get(ep);
      if (!lane || lane.ended || lane.dead) lane = openLane(ep);
      const item = pending.shift()!;
      lane.outstanding.set(item.request_id, { item, done: pool.begin(ep) });
      lane.call.write(item);
    }
    // Nothing left to send: half-close, so replicas end their streams once they have answered.
    if (pending.length === 0) {
      for (const lane of open.values()) {
        lane.ended = true;
        lane.call.end();
      }
      open.clear();
    }
  };

  (async () => {
    while (!settled) {
      pump();
      if (settled) break;
      const now = Date.now();
      if (pending.length > 0 && outstandingAll() === 0) {
        stalledSince ??= now;
        if (now - stalledSince >= readyWaitMs) {
          const item = pending[0];
          const cause = lastCause.get(item.request_id);
          failItem(
            item,
            "UNAVAILABLE",
            "TTS_UNAVAILABLE",
            pool.unavailable(readyWaitMs).message + (cause ? ` (last error ${cause})` : ""),
          );
          pending.shift();
          continue;
        }
      } else stalledSince = undefined;
      const woken = new Promise<void>((r) => (wake = r));
      // Items waiting for a replica also wake on connectivity changes; otherwise results wake us.
      await (pending.length > 0
        ? Promise.race([woken, pool.changed(quit.signal, stalledSince ? 500 : 2000)])
        : woken);
      wake = undefined;
    }
  })().catch(finish);

  return done;
}
