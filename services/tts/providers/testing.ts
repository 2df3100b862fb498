// What the provider tests share: synthesis requests with a provider's defaults, an emulator
// started and closed around a test, a synthesizer that puts one provider behind the gates, and
// the Tencent provider aimed at an emulator.
import { createLogger } from "../../common/log.ts";
import { TtsGates } from "../gates.ts";
import type { SynthesisInput, TtsProvider } from "../provider.ts";
import { ProviderRegistry } from "../registry.ts";
import { Synthesizer } from "../synthesizer.ts";
import { createTencentProvider, type TencentOptions } from "./tencent.ts";

/**
 * Makes the `input(text, more)` a provider test builds its requests with: WAV at speed 1 with
 * no options, then the provider's `defaults` (its voice and sample rate), then `more`.
 *
 * @example
 * ```ts
 * const input = inputMaker({ voice: "alloy", sampleRate: 24000 });
 * input("你好。", { codec: "mp3" });
 * ```
 */
export function inputMaker(
  defaults: Pick<SynthesisInput, "voice" | "sampleRate">,
): (text: string, more?: Partial<SynthesisInput>) => SynthesisInput {
  return (text, more = {}) => ({
    text,
    speed: 1,
    codec: "wav",
    options: {},
    ...defaults,
    ...more,
  });
}

/** Starts a server with `start`, runs `fn` with it, and closes it whatever `fn` did. */
export async function withServer<S extends { close(): Promise<void> }>(
  start: () => Promise<S>,
  fn: (server: S) => Promise<void>,
): Promise<void> {
  const server = await start();
  try {
    await fn(server);
  } finally {
    await server.close();
  }
}

/**
 * A synthesizer with `provider` as its only (and default) provider: global limit 8, the
 * provider's own default limit, no cache, logs dropped — what a TTS replica does with one call.
 */
export function soloSynthesizer(provider: TtsProvider): Synthesizer {
  return new Synthesizer({
    registry: new ProviderRegistry([provider], provider.name),
    gates: new TtsGates(8, { [provider.name]: provider.defaultLimit }),
    cacheBytes: 0,
    logger: createLogger("test", { sink: () => {} }),
  });
}

/** A signal nobody aborts, for calls a test lets run to the end. */
export const neverAborted = (): AbortSignal => new AbortController().signal;

/** The Tencent provider in ap-guangzhou at `endpoint` over plain HTTP (an emulator's address). */
export function tencentAt(
  endpoint: string,
  options: Omit<Partial<TencentOptions>, "endpoint"> = {},
): TtsProvider {
  return createTencentProvider({
    region: "ap-guangzhou",
    endpoint,
    protocol: "http://",
    ...options,
  });
}
