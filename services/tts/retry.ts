// Retries an async operation with jittered exponential backoff (after denoland/std async/retry.ts),
// bounded by a number of attempts and/or a total time budget.

/** Options for {@linkcode retry}. */
export interface RetryOptions {
  /** Calls made at most, the first included; `Infinity` leaves only the budget. Default 5. */
  maxAttempts?: number;
  /**
   * Total time in ms, from the first call, within which retries may start.
   * A wait is cut short so that the last attempt starts at the budget's end;
   * none starts after it. Default `Infinity`.
   */
  budgetMs?: number;
  /** Upper bound of the wait before the second attempt, in ms. Default 200. */
  minDelayMs?: number;
  /** Largest wait between attempts, in ms. Default 5000. */
  maxDelayMs?: number;
  /** How much the wait bound grows per attempt. Default 2. */
  multiplier?: number;
  /** Whether a failure may succeed on another try. Default: every error is retriable. */
  isRetriable?: (err: unknown) => boolean;
  /** Aborting stops at once: a pending wait ends and no further attempt starts. */
  signal?: AbortSignal;
  /** Called before each wait with the failed attempt's number (1-based), its error and the wait. */
  onRetry?: (info: { attempt: number; error: unknown; delayMs: number }) => void;
  /** Source of randomness in [0, 1); tests pin it. Default `Math.random`. */
  random?: () => number;
}

/** What the operation receives on each call. */
export interface AttemptContext {
  /** 1 for the first call. */
  attempt: number;
  signal?: AbortSignal;
}

/**
 * Thrown when every attempt failed with a retriable error, either because
 * the attempts ran out or because the time budget did; `cause` is the last error.
 */
export class RetryError extends Error {
  /** Attempts made. */
  readonly attempts: number;
  /** What ran out. */
  readonly exhausted: "maxAttempts" | "budgetMs";
  /** Time from the first call to giving up, in ms. */
  readonly elapsedMs: number;

  constructor(
    cause: unknown,
    attempts: number,
    exhausted: "maxAttempts" | "budgetMs" = "maxAttempts",
    elapsedMs = 0,
  ) {
    super(
      exhausted === "maxAttempts"
        ? `Retrying exceeded the maxAttempts (${attempts}).`
        : `Retrying exceeded the budgetMs after ${attempts} attempts in ${
          Math.round(elapsedMs)
        } ms.`,
      { cause },
    );
    this.name = "RetryError";
    this.attempts = attempts;
    this.exhausted = exhausted;
    this.elapsedMs = elapsedMs;
  }
}

/**
 * The wait before attempt `attempt + 1` with full jitter: a uniform draw in
 * `[0, min(maxDelayMs, minDelayMs * multiplier^(attempt - 1)))`.
 */
export function backoffDelay(
  attempt: number,
  options: { minDelayMs: number; maxDelayMs: number; multiplier: number; random: () => number },
): number {
  const cap = Math.min(
    options.maxDelayMs,
    options.minDelayMs * options.multiplier ** (attempt - 1),
  );
  return Math.floor(cap * options.random());
}

/** Throws the RangeError {@linkcode retry} would for bad options, without calling anything. */
export function validateRetryOptions(o: RetryOptions): void {
  const fail = (name: string, rule: string, value: unknown) => {
    throw new RangeError(`Cannot retry as '${name}' must be ${rule}: current value is ${value}`);
  };
  const { maxAttempts = 5, minDelayMs = 200, maxDelayMs = 5000, multiplier = 2 } = o;
  if (!(Number.isInteger(maxAttempts) || maxAttempts === Infinity) || maxAttempts < 1) {
    fail("maxAttempts", "a positive integer or Infinity", maxAttempts);
  }
  const budgetMs = o.budgetMs ?? Infinity;
  if (Number.isNaN(budgetMs) || budgetMs < 0) fail("budgetMs", "a number >= 0", budgetMs);
  if (!Number.isFinite(minDelayMs) || minDelayMs < 0) {
    fail("minDelayMs", "a finite number >= 0", minDelayMs);
  }
  if (!Number.isFinite(maxDelayMs) || maxDelayMs < minDelayMs) {
    fail("maxDelayMs", `a finite number >= minDelayMs (${minDelayMs})`, maxDelayMs);
  }
  if (!Number.isFinite(multiplier) || multiplier < 1) {
    fail("multiplier", "a finite number >= 1", multiplier);
  }
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Calls `fn` until it succeeds, a failure is not retriable, the attempts or
 * the time budget run out, or `signal` aborts. Returns the value and the
 * number of attempts made. A non-retriable error is rethrown as is; running
 * out throws a {@linkcode RetryError} whose `cause` is the last error; an
 * abort rejects with the signal's reason (an `AbortError` when it has none),
 * at once, also during a wait.
 *
 * @example
 * ```ts
 * const { value, attempts } = await retry(() => fetchSomething(), {
 *   maxAttempts: 3,
 *   isRetriable: (err) => err instanceof TypeError,
 * });
 * ```
 */
export async function retry<T>(
  fn: (context: AttemptContext) => Promise<T>,
  options: RetryOptions = {},
): Promise<{ value: T; attempts: number }> {
  validateRetryOptions(options);
  const {
    maxAttempts = 5,
    budgetMs = Infinity,
    minDelayMs = 200,
    maxDelayMs = 5000,
    multiplier = 2,
    isRetriable = () => true,
    signal,
    onRetry,
    random = Math.random,
  } = options;
  const started = performance.now();
  for (let attempt = 1;; attempt++) {
    if (signal?.aborted) throw abortReason(signal);
    try {
      return { value: await fn({ attempt, signal }), attempts: attempt };
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      if (!isRetriable(error)) throw error;
      if (attempt >= maxAttempts) {
        throw new RetryError(error, attempt, "maxAttempts", performance.now() - started);
      }
      const left = budgetMs - (performance.now() - started);
      if (left <= 0) throw new RetryError(error, attempt, "budgetMs", performance.now() - started);
      const delayMs = Math.min(
        Math.ceil(left),
        backoffDelay(attempt, { minDelayMs, maxDelayMs, multiplier, random }),
      );
      onRetry?.({ attempt, error, delayMs });
      await wait(delayMs, signal);
    }
  }
}
