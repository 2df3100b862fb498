// Counts a server's in-flight calls and refuses new ones once it is closing, so a
// shutdown can drain without HTTP/2 GOAWAY (which crashes Deno clients, denoland/deno#36788).
import * as grpc from "@grpc/grpc-js";
import { toGrpcError } from "./errors.ts";

/** What this module uses of a server call object (unary or streaming): its events. */
interface SurfaceCall {
  on(event: string, listener: () => void): unknown;
  emit(event: string, arg: unknown): boolean;
}

type Handler = (call: SurfaceCall, callback?: grpc.sendUnaryData<unknown>) => unknown;

/** Told about a handler failure that escaped the handler (a bug: the call was answered INTERNAL). */
export type EscapedErrorListener = (method: string, err: unknown) => void;

/** Tracks the calls of the services it wraps. */
export class CallTracker {
  #inFlight = 0;
  #closing = false;
  #idle: (() => void)[] = [];
  #onEscaped: EscapedErrorListener;

  /** `onEscaped` hears of errors a handler threw or rejected with instead of answering. */
  constructor(onEscaped: EscapedErrorListener = () => {}) {
    this.#onEscaped = onEscaped;
  }

  /** Calls whose handler has not finished yet. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** From now on, new calls fail with UNAVAILABLE (reason SHUTTING_DOWN). */
  close(): void {
    this.#closing = true;
  }

  /** Resolves once no call is in flight, or when `signal` aborts (whichever is first). */
  whenIdle(signal: AbortSignal): Promise<void> {
    if (this.#inFlight === 0 || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        signal.removeEventListener("abort", done);
        resolve();
      };
      this.#idle.push(done);
      signal.addEventListener("abort", done, { once: true });
    });
  }

  /**
   * Wraps every handler of `impl`: unary and client-streaming calls end when
   * their callback is called, server-streaming and bidi calls when the stream
   * finishes, errors or is cancelled.
   */
  wrap(
    definition: grpc.ServiceDefinition,
    impl: grpc.UntypedServiceImplementation,
  ): grpc.UntypedServiceImplementation {
    const out: grpc.UntypedServiceImplementation = {};
    for (const [name, fn] of Object.entries(impl)) {
      const streaming = definition[name]?.responseStream ?? false;
      const handler = fn as unknown as Handler;
      out[name] = ((call: SurfaceCall, callback?: grpc.sendUnaryData<unknown>) => {
        if (this.#closing) {
          const status = {
            code: grpc.status.UNAVAILABLE,
            details: "server is shutting down",
            metadata: reasonMetadata(),
          };
          if (callback) callback(status);
          else call.emit("error", status);
          return;
        }
        const end = this.#begin();
        call.on("cancelled", end);
        let answered = false;
        // A handler that throws or rejects must not take the process down: the call is
        // answered INTERNAL (unless it already was) and the error is reported.
        const escaped = (err: unknown) => {
          this.#onEscaped(name, err);
          if (answered) return;
          answered = true;
          end();
          const status = { ...toGrpcError(err), code: grpc.status.INTERNAL };
          try {
            if (callback) callback(status as grpc.ServiceError);
            else call.emit("error", status);
          } catch (e) {
            this.#onEscaped(name, e);
          }
        };
        const run = (args: [SurfaceCall, grpc.sendUnaryData<unknown>?]) => {
          try {
            const result = handler(...args);
            if (result instanceof Promise) result.catch(escaped);
          } catch (err) {
            escaped(err);
          }
        };
        if (!streaming && callback) {
          run([call, (err, value, trailer, flags) => {
            if (answered) return;
            answered = true;
            end();
            callback(err, value, trailer, flags);
          }]);
          return;
        }
        for (const event of ["finish", "error", "close"]) call.on(event, end);
        for (const event of ["finish", "error"]) call.on(event, () => (answered = true));
        run([call]);
      }) as unknown as grpc.UntypedHandleCall;
    }
    return out;
  }

  #begin(): () => void {
    this.#inFlight++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.#inFlight--;
      if (this.#inFlight === 0) { for (const resolve of this.#idle.splice(0)) resolve(); }
    };
  }
}

function reasonMetadata(): grpc.Metadata {
  const md = new grpc.Metadata();
  md.set("sacv-reason", "SHUTTING_DOWN");
  md.set("sacv-retryable", "1");
  return md;
}
