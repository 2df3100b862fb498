// Helpers for tests and the benchmark that drive a TTS service over gRPC (not used by the service).
import type * as grpc from "@grpc/grpc-js";
import { type AnyClient, createClient, unary } from "../common/client.ts";
import { fromGrpcError } from "../common/errors.ts";
import type { GetLimitsRequest, Limits, SynthesizeStreamResponse } from "./messages.ts";

/** A TTS client for tests. */
export function ttsClient(addr: string): AnyClient {
  return createClient("sacv.tts.v1.TtsService", addr);
}

/** Calls GetLimits. */
export function getLimits(client: AnyClient): Promise<Limits> {
  return unary<GetLimitsRequest, Limits>(client, "GetLimits", {});
}

/** Calls SetLimits (0 / omitted entries leave limits unchanged). */
export function setLimits(
  client: AnyClient,
  global: number,
  providers: Record<string, number> = {},
): Promise<Limits> {
  return unary(client, "SetLimits", { global_limit: global, provider_limits: providers });
}

/** The gate entry of `provider` in `limits`. */
export function providerLimit(limits: Limits, provider: string) {
  const p = limits.providers.find((x) => x.provider === provider);
  if (!p) throw new Error(`no provider ${provider} in limits`);
  return p;
}

/** An open SynthesizeStream call. */
export interface OpenStream {
  call: grpc.ClientDuplexStream<unknown, SynthesizeStreamResponse>;
  /** Items in arrival order. */
  items: SynthesizeStreamResponse[];
  /** Resolves when the server ends the stream; rejects with a SacvError on a call error. */
  done: Promise<SynthesizeStreamResponse[]>;
}

/** Opens a stream, writes every request and half-closes. */
export function synthesizeStream(client: AnyClient, requests: unknown[]): OpenStream {
  const call =
    (client.SynthesizeStream as () => grpc.ClientDuplexStream<unknown, SynthesizeStreamResponse>)
      .call(client);
  const items: SynthesizeStreamResponse[] = [];
  const done = new Promise<SynthesizeStreamResponse[]>((resolve, reject) => {
    call.on("data", (item: SynthesizeStreamResponse) => items.push(item));
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
