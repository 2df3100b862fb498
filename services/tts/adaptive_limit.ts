// AIMD (additive increase, multiplicative decrease) of a provider's effective concurrency limit:
// throttling halves it, successes climb it back to the configured limit.

/** Options for {@linkcode AdaptiveLimit}. */
export interface AdaptiveLimitOptions {
  /** Factor applied to the effective limit on throttling, in (0, 1). Default 0.5. */
  decreaseFactor?: number;
}

/**
 * The effective limit of one provider. A throttled call lowers it to
 * `floor(effective × decreaseFactor)` (at least 1); every `effective`
 * successes raise it by one, up to the configured limit, as TCP's congestion
 * window does. Calls already running when the limit dropped carry an older
 * {@linkcode AdaptiveLimit.epoch}; their throttling is the same congestion
 * and does not lower the limit again, so a burst of throttles halves it once.
 *
 * @example
 * ```ts
 * const limit = new AdaptiveLimit(20);
 * const epoch = limit.epoch; // when a call starts
 * limit.throttled(epoch); // 10
 * for (let i = 0; i < 10; i++) limit.succeeded(); // 11
 * ```
 */
export class AdaptiveLimit {
  readonly decreaseFactor: number;
  #configured: number;
  #effective: number;
  #epoch = 0;
  #credit = 0;

  constructor(configured: number, options: AdaptiveLimitOptions = {}) {
    const factor = options.decreaseFactor ?? 0.5;
    if (!(factor > 0 && factor < 1)) {
      throw new RangeError(
        `Cannot create an adaptive limit as 'decreaseFactor' must be in (0, 1): current value is ${factor}`,
      );
    }
    checkLimit(configured);
    this.decreaseFactor = factor;
    this.#configured = configured;
    this.#effective = configured;
  }

  /** The limit set by configuration or SetLimits. */
  get configured(): number {
    return this.#configured;
  }

  /** Sets the configured limit; the effective limit starts again from it. */
  set configured(value: number) {
    checkLimit(value);
    this.#configured = value;
    this.#effective = value;
    this.#credit = 0;
    this.#epoch++;
  }

  /** The limit in force now (1 ≤ effective ≤ configured). */
  get effective(): number {
    return this.#effective;
  }

  /** Changes each time the effective limit drops; record it when a call starts. */
  get epoch(): number {
    return this.#epoch;
  }

  /**
   * A call that started at `epoch` was throttled. Returns true when this
   * lowered the effective limit (false when an earlier throttle already
   * reacted to the same congestion, or the limit is at its floor of 1).
   */
  throttled(epoch: number): boolean {
    if (epoch !== this.#epoch) return false;
    const lowered = Math.max(1, Math.floor(this.#effective * this.decreaseFactor));
    this.#credit = 0;
    this.#epoch++;
    if (lowered === this.#effective) return false;
    this.#effective = lowered;
    return true;
  }

  /** A call succeeded. Returns true when this raised the effective limit. */
  succeeded(): boolean {
    if (this.#effective >= this.#configured) return false;
    if (++this.#credit < this.#effective) return false;
    this.#credit = 0;
    this.#effective++;
    return true;
  }
}

function checkLimit(value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(
      `Cannot set the adaptive limit as 'configured' must be a positive integer: current value is ${value}`,
    );
  }
}
