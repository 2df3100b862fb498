// Helpers for tests and the benchmark that drive a TTS service over gRPC (not used by the service).
import type * as grpc from "@grpc/grpc-js";
import { type AnyClient, createClient, unary } from "../common/client.ts";
import { fromGrpcError } from "../common/errors.ts";

/** A result or per-item error as the stream delivers it. */
export interface StreamItem {
  result?: { request_id: string; cached: boolean; duration_ms: number; audio: Uint8Array };
  error?: { request_id: string; code: string; reason: string; message: string };
}

/** Limits as GetLimits returns them. */
export interface LimitsMsg {
  global_limit: number;
  global_in_flight: number;
  global_queued: number;
  providers: { provider: string; limit: number; in_flight: number; queued: number }[];
}

/** A TTS client for tests. */
export function ttsClient(addr: string): AnyClient {
  return createClient("sacv.tts.v1.TtsService", addr);
}

/** Calls GetLimits. */
export function getLimits(client: AnyClient): Promise<LimitsMsg> {
  return unary<Record<string, never>, LimitsMsg>(client, "GetLimits", {});
}

/** Calls SetLimits (0 / omitted entries leave limits unchanged). */
export function setLimits(
  client: AnyClient,
  global: number,
  providers: Record<string, number> = {},
): Promise<LimitsMsg> {
  return unary(client, "SetLimits", { global_limit: global, provider_limits: providers });
}

/** The gate entry of `provider` in `limits`. */
export function providerLimit(limits: LimitsMsg, provider: string) {
  const p = limits.providers.find((x) => x.provider === provider);
  if (!p) throw new Error(`no provider ${provider} in limits`);
  return p;
}

/** An open SynthesizeStream call. */
export interface OpenStream {
  call: grpc.ClientDuplexStream<unknown, StreamItem>;
  /** Items in arrival order. */
  items: StreamItem[];
  /** Resolves when the server ends the stream; rejects with a SacvError on a call error. */
  done: Promise<StreamItem[]>;
}

/** Opens a stream, writes every request and half-closes. */
export function synthesizeStream(client: AnyClient, requests: unknown[]): OpenStream {
  const call = (client.SynthesizeStream as () => grpc.ClientDuplexStream<unknown, StreamItem>)
    .call(client);
  const items: StreamItem[] = [];
  const done = new Promise<StreamItem[]>((resolve, reject) => {
    call.on("data", (item: StreamItem) => items.push(item));
    call.on("error", (err) => reject(fromGrpcError(err)));
    call.on("end", () => resolve(items));
  });
  done.catch(() => {});
  for (const r of requests) call.write(r);
  call.end();
  return { call, items, done };
}

/**
 * Polls `probe` until `until` holds for its value or the deadline passes;
 * returns the last value. Throws with `what` when the deadline passes.
 */
export async function pollUntil<T>(
  probe: () => Promise<T>,
  until: (value: T) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (true) {
    const value = await probe();
    if (until(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}: last ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
