// gRPC client helpers: construction (with round-robin for dns:/// targets) and promisified calls.
import * as grpc from "@grpc/grpc-js";
import { clientConstructor, type ServiceName } from "./proto.ts";
import { MAX_MESSAGE_BYTES } from "./server.ts";
import { CancelledError, fromGrpcError } from "./errors.ts";
import { clientAuthInterceptor, internalToken } from "./internal_auth.ts";

/** How often an idle or busy channel pings its server to notice a dead peer. */
export const KEEPALIVE_TIME_MS = 20_000;
/** How long a ping may go unanswered before the connection counts as dead. */
export const KEEPALIVE_TIMEOUT_MS = 10_000;

/** Options for {@linkcode createClient} beyond grpc-js channel options. */
export interface ClientAuthOptions {
  /** Token sent on every call; defaults to the process token; "" sends none. */
  internalToken?: string;
}

/** A generic grpc-js client with untyped methods. */
export type AnyClient = grpc.Client & Record<string, unknown>;

/**
 * Creates a client for `service` at `addr`. A `dns:///name:port` target
 * resolves every address behind the name and balances calls round-robin.
 * `options` adds or overrides grpc-js channel options. Every call carries the
 * internal token when one is set, and the channel pings its server
 * ({@linkcode KEEPALIVE_TIME_MS}) so a dead peer fails calls instead of hanging them.
 */
export function createClient(
  service: ServiceName,
  addr: string,
  options: grpc.ChannelOptions = {},
  auth: ClientAuthOptions = {},
): AnyClient {
  const Ctor = clientConstructor(service);
  const token = auth.internalToken ?? internalToken();
  return new Ctor(addr, grpc.credentials.createInsecure(), {
    "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
    "grpc.max_send_message_length": MAX_MESSAGE_BYTES,
    "grpc.service_config": JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }),
    "grpc.keepalive_time_ms": KEEPALIVE_TIME_MS,
    "grpc.keepalive_timeout_ms": KEEPALIVE_TIMEOUT_MS,
    "grpc.keepalive_permit_without_calls": 1,
    ...options,
    ...(token ? { interceptors: [clientAuthInterceptor(token)] } : {}),
  }) as AnyClient;
}

/** Options for {@linkcode unary}. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Milliseconds until DEADLINE_EXCEEDED. */
  timeoutMs?: number;
  metadata?: grpc.Metadata;
}

/**
 * Calls a unary method and resolves with its response; gRPC errors become
 * SacvError, and aborting `signal` cancels the call.
 */
export function unary<Req, Res>(
  client: AnyClient,
  method: string,
  request: Req,
  options: CallOptions = {},
): Promise<Res> {
  const fn = client[method] as
    | ((
      req: Req,
      md: grpc.Metadata,
      opts: grpc.CallOptions,
      cb: grpc.requestCallback<Res>,
    ) => grpc.ClientUnaryCall)
    | undefined;
  if (typeof fn !== "function") throw new TypeError(`no method ${method} on client`);
  if (options.signal?.aborted) return Promise.reject(new CancelledError());
  return new Promise<Res>((resolve, reject) => {
    const callOpts: grpc.CallOptions = {};
    if (options.timeoutMs !== undefined) callOpts.deadline = Date.now() + options.timeoutMs;
    const call = fn.call(
      client,
      request,
      options.metadata ?? new grpc.Metadata(),
      callOpts,
      (err, res) => {
        options.signal?.removeEventListener("abort", onAbort);
        if (err) reject(fromGrpcError(err));
        else resolve(res as Res);
      },
    );
    const onAbort = () => call.cancel();
    options.signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Waits until the client's channel is ready, or rejects after `timeoutMs`. */
export function waitForReady(client: grpc.Client, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    client.waitForReady(Date.now() + timeoutMs, (err) => (err ? reject(err) : resolve()));
  });
}
