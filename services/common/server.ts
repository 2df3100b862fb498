// Starts a gRPC server with health checking, reflection and graceful shutdown.
import * as grpc from "@grpc/grpc-js";
import { ReflectionService } from "@grpc/reflection";
import { packageDefinition, serviceDefinition, type ServiceName } from "./proto.ts";
import type { Logger } from "./log.ts";

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
}

/** A running server. */
export interface RunningServer {
  /** The bound port (useful when listening on port 0). */
  port: number;
  server: grpc.Server;
  setHealth(status: HealthStatus, service?: string): void;
  /**
   * Stops taking calls, lets in-flight ones finish for up to `deadlineMs`,
   * then cancels what is left. Resolves when the server is closed.
   */
  shutdown(deadlineMs?: number): Promise<void>;
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
  const server = new grpc.Server({
    "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
    "grpc.max_send_message_length": MAX_MESSAGE_BYTES,
  });
  const statuses = new Map<string, HealthStatus>() as Map<string, HealthStatus> & {
    notify?: () => void;
  };
  server.addService(serviceDefinition("grpc.health.v1.Health"), healthImpl(statuses));
  for (const s of options.services) server.addService(serviceDefinition(s.name), s.impl);
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
      const deadline = AbortSignal.timeout(deadlineMs);
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

  options.logger.info("listening", { addr, port });
  return { port, server, setHealth, shutdown };
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
