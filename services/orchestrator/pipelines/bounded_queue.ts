// A job queue running up to N jobs at once: a task's independent media work (copies, loudness,
// frames) uses the machine's cores instead of waiting in line.
import pLimit, { type LimitFunction } from "p-limit";
import { availableParallelism } from "node:os";
import { CancelledError } from "../../common/errors.ts";

/** Default parallelism: the cores of this machine, at least 2 and at most 8. */
export function defaultMediaWorkers(): number {
  return Math.min(8, Math.max(2, availableParallelism()));
}

/**
 * Runs pushed jobs, at most `concurrency` at a time, in push order. Once
 * `signal` aborts, jobs that have not started are skipped (they reject with
 * CancelledError); running ones are expected to honour the same signal.
 *
 * @example
 * ```ts
 * const queue = new BoundedQueue(signal, 4);
 * for (const f of files) queue.push(() => copy(f, signal)).catch(fail);
 * await queue.idle();
 * ```
 */
export class BoundedQueue {
  readonly #limit: LimitFunction;
  readonly #signal?: AbortSignal;
  readonly #pending = new Set<Promise<unknown>>();

  constructor(signal: AbortSignal | undefined, concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new RangeError(
        `Cannot create a queue as 'concurrency' must be a positive integer: current value is ${concurrency}`,
      );
    }
    this.#limit = pLimit(concurrency);
    this.#signal = signal;
  }

  /** Queues `job`; the returned promise settles with the job's outcome. */
  push<T>(job: () => Promise<T>): Promise<T> {
    const run = this.#limit(() => {
      if (this.#signal?.aborted) throw new CancelledError("skipped: queue aborted");
      return job();
    });
    const settled = run.catch(() => {});
    this.#pending.add(settled);
    settled.finally(() => this.#pending.delete(settled));
    return run;
  }

  /** Jobs queued or running. */
  get size(): number {
    return this.#pending.size;
  }

  /** Resolves once every job pushed so far (and any they pushed) has settled; never rejects. */
  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }
}
