// A one-at-a-time job queue: media work for a task runs serially while TTS results keep arriving.
import { CancelledError } from "../../common/errors.ts";

/**
 * Runs pushed jobs strictly one after another in push order. Once `signal`
 * aborts, jobs that have not started are skipped (they reject with
 * CancelledError); the running one is expected to honour the same signal.
 *
 * @example
 * ```ts
 * const queue = new SerialQueue(signal);
 * queue.push(() => cut(a));
 * queue.push(() => cut(b));
 * await queue.idle();
 * ```
 */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();
  #signal?: AbortSignal;

  constructor(signal?: AbortSignal) {
    this.#signal = signal;
  }

  /** Queues `job`; the returned promise settles with the job's outcome. */
  push<T>(job: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(() => {
      if (this.#signal?.aborted) throw new CancelledError("skipped: queue aborted");
      return job();
    });
    this.#tail = run.catch(() => {});
    return run;
  }

  /** Resolves once every job pushed so far has settled (never rejects). */
  async idle(): Promise<void> {
    let tail;
    do {
      tail = this.#tail;
      await tail;
    } while (tail !== this.#tail);
  }
}
