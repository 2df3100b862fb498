// What the provider emulators share besides audio: an HTTP server on 127.0.0.1 that counts the
// requests in flight, a hold that keeps requests waiting until released, and the waits they use.

/** A server from {@linkcode serveCounting}. */
export interface CountingServer {
  readonly port: number;
  /** Requests being handled now. */
  readonly inFlight: number;
  /** The most requests ever handled at once (since the last {@linkcode resetMax}). */
  readonly maxInFlight: number;
  /** Starts the max-in-flight mark again from the requests in flight now. */
  resetMax(): void;
  /** Stops listening and waits for the requests in flight to finish. */
  shutdown(): Promise<void>;
}

/** Serves `handler` on 127.0.0.1 (`port` 0: a free one), counting the requests in flight. */
export function serveCounting(
  port: number,
  handler: (req: Request) => Promise<Response>,
): CountingServer {
  let inFlight = 0;
  let maxInFlight = 0;
  const server = Deno.serve({ hostname: "127.0.0.1", port, onListen() {} }, async (req) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      return await handler(req);
    } finally {
      inFlight--;
    }
  });
  return {
    port: server.addr.port,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    resetMax() {
      maxInFlight = inFlight;
    },
    shutdown: () => server.shutdown(),
  };
}

/**
 * Keeps requests waiting while held, as a busy upstream does: tests hold, look at what is in
 * flight (or cancel it), then release. Release before shutting a server down, or its graceful
 * shutdown waits for the held requests forever.
 */
export class Hold {
  #held: PromiseWithResolvers<void> | undefined;

  /** Makes every request that reaches {@linkcode Hold.pass} wait from now on. */
  hold(): void {
    this.#held ??= Promise.withResolvers<void>();
  }

  /** Lets the waiting requests and new ones through. */
  release(): void {
    const held = this.#held;
    this.#held = undefined;
    held?.resolve();
  }

  /** Waits while held; returns early once `gone` settles (the client went away). */
  async pass(gone: Promise<unknown>): Promise<void> {
    let left = false;
    gone.then(() => left = true, () => left = true);
    while (this.#held && !left) await Promise.race([this.#held.promise, gone]);
  }
}

/** Settles when `signal` aborts (at once when it already has). */
export function aborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) =>
    signal.addEventListener("abort", () => resolve(), { once: true })
  );
}

/** Settles after `ms`, or at once when `signal` aborts. */
export function wait(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

/** Polls `predicate` until it holds; rejects naming `what` after `timeoutMs`. */
export async function waitUntil(
  predicate: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}
