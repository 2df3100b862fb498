// Starts a gRPC server with health checking, reflection and graceful shutdown.
import * as grpc from "@grpc/grpc-js";
import { ReflectionService } from "@grpc/reflection";
import { packageDefinition, serviceDefinition, type ServiceName } from "./proto.ts";
import type { Logger } from "./log.ts";
import { CallTracker } from "./call_tracker.ts";
import { internalToken, serverAuthInterceptor } from "./internal_auth.ts";

/** Set by {@linkcode exitOnSignal}: shutdowns then leave connections to the process exit. */
let processExiting = false;

/** Time for the last responses to be written before the process exits. */
const FLUSH_GRACE_MS = 100;

/** Largest message accepted or sent (audio travels in responses). */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/** Serving status as `grpc.health.v1` names it. */
export type HealthStatus = "SERVING" | "NOT_SERVING";

/** One service to register on the server. */
export interface ServiceRegistration {
  name: ServiceName;
  impl: grpc.UntypedServiceImplementation;
}

/** Options for {@linkcode serve}. */
export interface ServeOptions {
  services: ServiceRegistration[];
  logger: Logger;
  /**
   * Called on shutdown after the server stops taking new calls, to abort or
   * drain service-specific work (it should honour the deadline's signal).
   */
  onDrain?: (signal: AbortSignal) => Promise<void> | void;
  /**
   * Token every call (health checks excepted) must carry; defaults to the
   * process token ({@linkcode setInternalToken}); "" serves without one.
   */
  internalToken?: string;
}

/** A running server. */
export interface RunningServer {
  /** The bound port (useful when listening on port 0). */
  port: number;
  server: grpc.Server;
  setHealth(status: HealthStatus, service?: string): void;
  /**
   * Stops taking calls, lets in-flight ones finish for up to `deadlineMs`,
   * then cancels what is left. Resolves when the server is closed. When the
   * process is exiting ({@linkcode exitOnSignal}), connections are left for
   * the exit to drop instead of being closed with GOAWAY.
   */
  shutdown(deadlineMs?: number): Promise<void>;
  /** Closes every connection now, unless the process is exiting (then its exit does). */
  closeConnections(): void;
}

function healthImpl(statuses: Map<string, HealthStatus>): grpc.UntypedServiceImplementation {
  const watchers = new Set<
    { service: string; call: grpc.ServerWritableStream<{ service: string }, unknown> }
  >();
  const statusOf = (service: string) =>
    statuses.get(service) ?? (service === "" ? "NOT_SERVING" : "SERVICE_UNKNOWN");
  (statuses as Map<string, HealthStatus> & { notify?: () => void }).notify = () => {
    for (const w of watchers) w.call.write({ status: statusOf(w.service) });
  };
  return {
    Check(
      call: grpc.ServerUnaryCall<{ service: string }, unknown>,
      cb: grpc.sendUnaryData<unknown>,
    ) {
      const s = statusOf(call.request.service);
      if (s === "SERVICE_UNKNOWN") {
        cb({ code: grpc.status.NOT_FOUND, details: `unknown service ${call.request.service}` });
        return;
      }
      cb(null, { status: s });
    },
    Watch(call: grpc.ServerWritableStream<{ service: string }, unknown>) {
      const w = { service: call.request.service, call };
      watchers.add(w);
      call.write({ status: statusOf(w.service) });
      call.on("cancelled", () => watchers.delete(w));
    },
  };
}

/**
 * Binds a gRPC server on `addr` (`host:port`; port 0 picks a free one) with
 * the given services plus `grpc.health.v1.Health` and server reflection.
 *
 * @example
 * ```ts
 * const running = await serve("127.0.0.1:0", { services: [{ name: "sacv.tts.v1.TtsService", impl }], logger });
 * await running.shutdown(5000);
 * ```
 */
export async function serve(addr: string, options: ServeOptions): Promise<RunningServer> {
  const token = options.internalToken ?? internalToken();
  const server = new grpc.Server({
    "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
    "grpc.max_send_message_length": MAX_MESSAGE_BYTES,
    // Clients ping every 20 s to notice dead peers; allow it even between calls.
    "grpc.keepalive_permit_without_calls": 1,
    "grpc.http2.min_ping_interval_without_data_ms": 10_000,
    interceptors: token ? [serverAuthInterceptor(token)] : [],
  });
  const statuses = new Map<string, HealthStatus>() as Map<string, HealthStatus> & {
    notify?: () => void;
  };
  server.addService(serviceDefinition("grpc.health.v1.Health"), healthImpl(statuses));
  const calls = new CallTracker((method, err) =>
    options.logger.error("handler failed outside its error handling; answered INTERNAL", {
      method,
      error: err,
    })
  );
  for (const s of options.services) {
    const definition = serviceDefinition(s.name);
    server.addService(definition, calls.wrap(definition, s.impl));
  }
  new ReflectionService(packageDefinition()).addToServer(server);

  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync(addr, grpc.ServerCredentials.createInsecure(), (err, p) => {
      if (err) reject(new Error(`cannot listen on ${addr}: ${err.message}`, { cause: err }));
      else resolve(p);
    });
  });

  const setHealth = (status: HealthStatus, service?: string) => {
    if (service === undefined) {
      statuses.set("", status);
      for (const s of options.services) statuses.set(s.name, status);
    } else statuses.set(service, status);
    statuses.notify?.();
  };
  setHealth("SERVING");

  let closing: Promise<void> | undefined;
  const shutdown = (deadlineMs = 10_000): Promise<void> => {
    closing ??= (async () => {
      setHealth("NOT_SERVING");
      calls.close();
      const deadline = AbortSignal.timeout(deadlineMs);
      if (processExiting) {
        // Deno 2.9.6 clients crash on an HTTP/2 GOAWAY (denoland/deno#36788): drain the calls,
        // then let the process exit drop the connections; callers see a reset and reconnect.
        await options.onDrain?.(deadline);
        await calls.whenIdle(deadline);
        if (calls.inFlight > 0) {
          options.logger.warn("shutdown deadline reached with calls in flight", {
            deadline_ms: deadlineMs,
            in_flight: calls.inFlight,
          });
        }
        // Give the last responses a moment to leave the socket before the exit.
        await new Promise((resolve) => setTimeout(resolve, FLUSH_GRACE_MS));
        return;
      }
      const drained = new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
      await options.onDrain?.(deadline);
      const timer = new Promise<"timeout">((resolve) => {
        if (deadline.aborted) resolve("timeout");
        deadline.addEventListener("abort", () => resolve("timeout"), { once: true });
      });
      if (await Promise.race([drained.then(() => "drained" as const), timer]) === "timeout") {
        options.logger.warn("shutdown deadline reached, cancelling remaining calls", {
          deadline_ms: deadlineMs,
        });
        server.forceShutdown();
      }
    })();
    return closing;
  };

  options.logger.info("listening", { addr, port, internal_auth: token ? "token" : "none" });
  const closeConnections = () => {
    if (!processExiting) server.forceShutdown();
  };
  return { port, server, setHealth, shutdown, closeConnections };
}

/**
 * Runs `stop` on SIGINT or SIGTERM, then exits 0 (1 if `stop` throws).
 * Entry points call this; tests never do.
 */
export function exitOnSignal(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const handler = (signal: string) => () => {
    if (stopping) return;
    stopping = true;
    processExiting = true;
    logger.info("shutting down", { signal });
    stop().then(
      () => Deno.exit(0),
      (err) => {
        logger.error("shutdown failed", { error: err });
        Deno.exit(1);
      },
    );
  };
  Deno.addSignalListener("SIGINT", handler("SIGINT"));
  Deno.addSignalListener("SIGTERM", handler("SIGTERM"));
}
