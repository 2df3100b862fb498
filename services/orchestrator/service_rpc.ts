// What every module of the orchestrator's gRPC service shares: readers of request fields whose
// errors name the field, and the one place that turns a handler's outcome into a gRPC answer.
import type * as grpc from "@grpc/grpc-js";
import { SacvError, toGrpcError } from "../common/errors.ts";
import type { Logger } from "../common/log.ts";

/** A request as grpc-js hands it over (proto-loader objects: unset strings are ""). */
export type Req = Record<string, unknown>;

/** A grpc-js unary handler. */
export type UnaryHandler = (
  call: grpc.ServerUnaryCall<Req, unknown>,
  cb: grpc.sendUnaryData<unknown>,
) => void;
/** A grpc-js client-streaming handler (an upload). */
export type UploadHandler = (
  call: grpc.ServerReadableStream<Req, unknown>,
  cb: grpc.sendUnaryData<unknown>,
) => void;
/** A grpc-js server-streaming handler (a download). */
export type DownloadHandler = (call: grpc.ServerWritableStream<Req, unknown>) => void;

/**
 * Makes grpc-js handlers of plain async functions: a result is the answer, an error goes out
 * as its gRPC status. Errors that are not ours (or are INTERNAL) are logged with the RPC name.
 */
export interface Rpc {
  /** A unary RPC answering `fn(request)`. */
  unary(name: string, fn: (req: Req) => unknown): UnaryHandler;
  /** A client-streaming RPC answering what `fn` makes of the stream. */
  upload(
    name: string,
    fn: (call: grpc.ServerReadableStream<Req, unknown>) => Promise<unknown>,
  ): UploadHandler;
  /** A server-streaming RPC: `fn` writes the messages; the stream ends when it settles. */
  download(
    name: string,
    fn: (call: grpc.ServerWritableStream<Req, unknown>) => Promise<void>,
  ): DownloadHandler;
}

/** The service's {@linkcode Rpc}, logging to `logger`. */
export function createRpc(logger: Logger): Rpc {
  const failure = (name: string, err: unknown) => {
    if (!(err instanceof SacvError) || err.status === "INTERNAL") {
      logger.error("rpc failed", { rpc: name, error: err });
    }
    return toGrpcError(err) as grpc.ServiceError;
  };
  return {
    unary: (name, fn) => (call, cb) => {
      Promise.resolve().then(() => fn(call.request)).then(
        (res) => cb(null, res),
        (err) => cb(failure(name, err)),
      );
    },
    upload: (name, fn) => (call, cb) => {
      fn(call).then((res) => cb(null, res), (err) => cb(failure(name, err)));
    },
    download: (name, fn) => (call) => {
      fn(call).then(() => call.end(), (err) => call.emit("error", failure(name, err)));
    },
  };
}

/** INVALID_ARGUMENT naming `field` (reason INVALID_FIELD unless given). */
export function invalid(field: string, message: string, reason = "INVALID_FIELD"): SacvError {
  return new SacvError("INVALID_ARGUMENT", message, { reason, details: { field } });
}

/** The string `field` of `req`, trimmed; "" when unset or not a string. */
export function str(req: Req, field: string): string {
  const v = req[field];
  return typeof v === "string" ? v.trim() : "";
}

/** The string `field` of `req`, trimmed; INVALID_ARGUMENT (MISSING_FIELD) when empty. */
export function required(req: Req, field: string): string {
  const v = str(req, field);
  if (v === "") throw invalid(field, `${field} is required`, "MISSING_FIELD");
  return v;
}

/** Whether the proto3 `optional` field `field` was sent (proto-loader's `_field` marker). */
export function isSet(req: Req, field: string): boolean {
  return req[`_${field}`] === field;
}

/** The proto3 `optional` string `field` as sent (untrimmed), or undefined when not sent. */
export function optional(req: Req, field: string): string | undefined {
  return isSet(req, field) ? String(req[field] ?? "") : undefined;
}
