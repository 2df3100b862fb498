// One synthesis's provider calls: through the gates, retrying throttling and transient failures
// with jittered exponential backoff inside a time budget, for every provider alike.
import { SacvError } from "../common/errors.ts";
import type { Logger } from "../common/log.ts";
import { abortReason } from "./gate.ts";
import type { Gates } from "./gates.ts";
import type { SynthesisContext, SynthesisInput, SynthesisOutput, TtsProvider } from "./provider.ts";
import { retry, RetryError } from "./retry.ts";

/** How a synthesis retries; see {@linkcode callProvider}. */
export interface RetryPolicy {
  /** Time from the first call within which retries may start (`SACV_TTS_RETRY_BUDGET_MS`). */
  budgetMs: number;
  /** Upper bound of the first wait, in ms. Default 250. */
  minDelayMs?: number;
  /** Largest wait, in ms. Default 8000. */
  maxDelayMs?: number;
  /** Source of randomness for the jitter (tests). */
  random?: () => number;
}

/** The default retry policy: two minutes, waits of up to 0.25 s growing to 8 s. */
export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  budgetMs: 120_000,
  minDelayMs: 250,
  maxDelayMs: 8_000,
};

/**
 * Whether a provider failure may succeed on another call: the provider marked
 * it retryable (throttling, transient failures, undecodable audio). Anything
 * else (auth, parameters, unsupported, or a plain bug) fails at once.
 */
export function isRetriableProviderError(err: unknown): boolean {
  return err instanceof SacvError && err.retryable && err.status !== "CANCELLED";
}

/** Provider calls a failure reports (`details.attempts`), else 1. */
function callsOf(err: unknown): number {
  const n = err instanceof SacvError ? Number(err.details.attempts) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : 1;
}

/** Options for {@linkcode callProvider}. */
export interface CallProviderOptions {
  policy: RetryPolicy;
  logger?: Logger;
  /** The caller's item id, for logs. */
  requestId?: string;
}

/**
 * Runs `provider.synthesize(input)` holding a global and a provider slot (see
 * {@linkcode Gates.run}) and, when it fails with a retryable error, calls
 * it again after a jittered exponential wait, holding no slot while waiting
 * and queueing ahead of first attempts afterwards. Retries stop when the
 * policy's budget is spent; the last error is then thrown, its message
 * saying so. The result's `attempts` (and a failure's `details.attempts`)
 * count every provider call made. Aborting `signal` rejects at once, also
 * during a wait, with CANCELLED.
 */
export async function callProvider(
  gates: Gates,
  provider: TtsProvider,
  input: SynthesisInput,
  signal: AbortSignal,
  options: CallProviderOptions,
): Promise<SynthesisOutput> {
  const { policy, logger } = options;
  let calls = 0;
  const context: SynthesisContext = { attempt: 0, memo: new Map() };
  const once = (s: AbortSignal) =>
    provider.synthesize(input, s, { ...context, attempt: ++context.attempt }).then((out) => {
      calls += out.attempts >= 1 ? out.attempts : 1;
      return out;
    }, (err) => {
      calls += callsOf(err);
      throw err;
    });
  try {
    const { value } = await retry(({ attempt }) => {
      if (attempt > 1) gates.noteRetry(provider.name);
      return gates.run(provider.name, signal, once, { priority: attempt > 1 });
    }, {
      maxAttempts: Infinity,
      budgetMs: policy.budgetMs,
      minDelayMs: policy.minDelayMs ?? DEFAULT_RETRY_POLICY.minDelayMs,
      maxDelayMs: policy.maxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs,
      random: policy.random,
      signal,
      isRetriable: isRetriableProviderError,
      onRetry: ({ attempt, error, delayMs }) =>
        logger?.debug("provider call failed, retrying", {
          request_id: options.requestId ?? "",
          provider: provider.name,
          attempt,
          delay_ms: delayMs,
          code: error instanceof SacvError ? error.reason : String(error),
        }),
    });
    return { ...value, attempts: calls };
  } catch (err) {
    if (signal.aborted) throw abortReason(signal);
    if (err instanceof RetryError) {
      const last = err.cause as SacvError;
      logger?.warn("provider call failed, retry budget spent", {
        request_id: options.requestId ?? "",
        provider: provider.name,
        attempts: calls,
        code: last.reason,
      });
      return rethrow(
        last,
        calls,
        ` (gave up after ${calls} provider calls in ${
          Math.round(err.elapsedMs / 1000)
        } s: retry budget of ${policy.budgetMs} ms spent)`,
      );
    }
    if (err instanceof SacvError) return rethrow(err, calls, "");
    throw err;
  }
}

/** Throws `err` again with the calls made recorded in `details.attempts`. */
function rethrow(err: SacvError, calls: number, suffix: string): never {
  throw new SacvError(err.status, `${err.message}${suffix}`, {
    reason: err.reason,
    retryable: err.retryable,
    cause: err,
    details: { ...err.details, attempts: calls },
  });
}
