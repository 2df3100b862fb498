// Keeps the TTS service's global gate equal to the effective `tts` concurrency value.
import type { Logger } from "../common/log.ts";

/** Options for {@linkcode TtsLimitSync}. */
export interface TtsLimitSyncOptions {
  /** Re-push interval after a success, so a restarted TTS service gets the value back (ms). */
  resyncMs?: number;
  /** First retry delay after a failure; doubles up to `resyncMs` (ms). */
  retryBaseMs?: number;
}

/**
 * Pushes the desired limit with `push` (SetLimits) whenever it changes, retries
 * with backoff while the TTS service is down (never failing the caller), and
 * re-pushes periodically so a TTS restart does not silently drop it.
 */
export class TtsLimitSync {
  #push: (n: number, signal: AbortSignal) => Promise<unknown>;
  #logger: Logger;
  #resyncMs: number;
  #retryBaseMs: number;
  #desired = 0;
  #pushed = 0;
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #busy = false;
  #again = false;
  #closed = new AbortController();

  constructor(
    push: (n: number, signal: AbortSignal) => Promise<unknown>,
    logger: Logger,
    options: TtsLimitSyncOptions = {},
  ) {
    this.#push = push;
    this.#logger = logger;
    this.#resyncMs = options.resyncMs ?? 30_000;
    this.#retryBaseMs = options.retryBaseMs ?? 500;
  }

  /** Sets the limit the TTS service should have and pushes it now. */
  set(limit: number): void {
    if (this.#closed.signal.aborted) return;
    this.#desired = limit;
    void this.#run();
  }

  /** The last value the TTS service accepted (0 before the first success). */
  get pushed(): number {
    return this.#pushed;
  }

  /** Stops pushing and cancels a push in flight. */
  close(): void {
    this.#closed.abort();
    clearTimeout(this.#timer);
  }

  async #run(): Promise<void> {
    if (this.#busy) {
      this.#again = true;
      return;
    }
    this.#busy = true;
    clearTimeout(this.#timer);
    let delay = this.#resyncMs;
    try {
      do {
        this.#again = false;
        const n = this.#desired;
        try {
          await this.#push(n, AbortSignal.any([this.#closed.signal, AbortSignal.timeout(5000)]));
          if (this.#pushed !== n || this.#failures > 0) {
            this.#logger.info("tts global limit pushed", { limit: n });
          }
          this.#pushed = n;
          this.#failures = 0;
          delay = this.#resyncMs;
        } catch (err) {
          if (this.#closed.signal.aborted) return;
          this.#failures++;
          delay = Math.min(this.#resyncMs, this.#retryBaseMs * 2 ** (this.#failures - 1));
          if (this.#failures === 1 || this.#failures % 10 === 0) {
            this.#logger.warn("cannot push tts global limit, will retry", {
              limit: n,
              retry_ms: delay,
              failures: this.#failures,
              error: err,
            });
          }
        }
      } while (this.#again && !this.#closed.signal.aborted);
    } finally {
      this.#busy = false;
    }
    if (!this.#closed.signal.aborted) {
      this.#timer = setTimeout(() => void this.#run(), delay);
      Deno.unrefTimer(this.#timer as unknown as number);
    }
  }
}
