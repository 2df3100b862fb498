// How the orchestrator calls TTS and media: channel settings, per-call deadlines, which
// failures are transient, and the bounded retry of idempotent calls on another try.
import type * as grpc from "@grpc/grpc-js";
import pRetry from "p-retry";
import { CancelledError, SacvError } from "../../common/errors.ts";

/**
 * Channel options for internal calls, on top of the common client's (which
 * has keepalive: a dead or partitioned peer fails calls within ~30 s even in
 * the middle of a long stream, which is what bounds Concat and the TTS
 * streams; see docs/reliability.md). Reconnect backoff is short, so a
 * restarted replica is used within ~2 s instead of after grpc-js's default
 * of up to 2 min.
 */
export const CHANNEL_OPTIONS: grpc.ChannelOptions = {
  "grpc.initial_reconnect_backoff_ms": 250,
  "grpc.max_reconnect_backoff_ms": 2000,
};

/** How long a call waits for a ready replica before failing UNAVAILABLE (ms). */
export const READY_WAIT_MS = 30_000;

/** Retry budget of one idempotent call: at most this many attempts... */
export const RETRY_ATTEMPTS = 8;
/** ...within this much time (ms) after the first failure. */
export const RETRY_TIME_MS = 30_000;

/** Deadlines of unary calls (ms). */
export const DEADLINES = {
  /** GetLimits, SetLimits, ListProviders. */
  control: 5_000,
  /** Health checks. */
  health: 1_500,
  probe: 30_000,
  /** NormalizeLoudness works on one segment's audio (draft narration). */
  segment: 600_000,
} as const;

/**
 * True when trying again (on this replica after a moment, or another one)
 * may succeed: the replica is unreachable, dropped the connection, or is
 * shutting down (UNAVAILABLE, or a transport failure grpc-js reports as
 * INTERNAL). Everything else (bad input, deadline, internal errors) is
 * not retried: a deadline means the work is too slow, not that it was lost.
 */
export function isTransient(err: unknown): boolean {
  if (!(err instanceof SacvError)) return false;
  return err.status === "UNAVAILABLE" || isTransportFailure(err);
}

/**
 * True for an INTERNAL/UNKNOWN error grpc-js made up itself because the
 * connection broke (a killed peer shows as "RST_STREAM ... write EPIPE" as
 * often as UNAVAILABLE), as opposed to one a server sent: server errors
 * always carry `sacv-*` metadata.
 */
export function isTransportFailure(err: SacvError): boolean {
  if (err.status !== "INTERNAL" && err.status !== "UNKNOWN") return false;
  const md = (err.cause as { metadata?: grpc.Metadata } | undefined)?.metadata;
  const fromServer = Object.keys(md?.getMap() ?? {}).some((k) => k.startsWith("sacv-"));
  return !fromServer && /RST_STREAM|EPIPE|ECONNRESET|Connection dropped|socket/i.test(err.message);
}

/** Options for {@linkcode retryTransient}. */
export interface RetryOptions {
  signal?: AbortSignal;
  /** Attempts in all (default {@linkcode RETRY_ATTEMPTS}). */
  attempts?: number;
  /** Retry window after the first failure (ms, default {@linkcode RETRY_TIME_MS}). */
  maxRetryTimeMs?: number;
  /** Called before each retry (logging). */
  onRetry?: (err: unknown, attempt: number) => void;
}

/**
 * Runs `fn` and retries it while it fails transiently ({@linkcode isTransient}),
 * with jittered exponential backoff (200 ms doubling to 3 s), at most
 * `attempts` times and within `maxRetryTimeMs`. Only for idempotent calls.
 * Rejects with the last error; with CancelledError when `signal` aborts.
 */
export async function retryTransient<T>(
  fn: (attempt: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? RETRY_ATTEMPTS;
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new RangeError(
      `Cannot retry as 'attempts' must be a positive integer: current value is ${attempts}`,
    );
  }
  const { signal } = options;
  try {
    return await pRetry(fn, {
      retries: attempts - 1,
      minTimeout: 200,
      maxTimeout: 3_000,
      factor: 2,
      randomize: true,
      maxRetryTime: options.maxRetryTimeMs ?? RETRY_TIME_MS,
      signal,
      // A replica that stayed unready through the whole ready wait is not waited for again.
      shouldRetry: ({ error }) =>
        isTransient(error) && (error as SacvError).reason !== "DEPENDENCY_UNAVAILABLE" &&
        !signal?.aborted,
      onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
        if (retriesLeft > 0 && isTransient(error)) options.onRetry?.(error, attemptNumber);
      },
    });
  } catch (err) {
    // p-retry rejects with the abort reason; callers expect a cancellation to look like one.
    if (signal?.aborted && !(err instanceof SacvError)) throw new CancelledError();
    throw err;
  }
}
