// Providers by name, and which one serves requests that name none.
import { SacvError } from "../common/errors.ts";
import type { Logger } from "../common/log.ts";
import type { TtsConfig } from "./config.ts";
import type { TtsProvider } from "./provider.ts";
import { createFakeProvider } from "./providers/fake.ts";
import { createEdgeProvider } from "./providers/edge.ts";
import { createLocalProvider } from "./providers/local.ts";
import { createOpenAiProvider, parseVoiceList } from "./providers/openai.ts";
import { createTencentProvider } from "./providers/tencent.ts";

/** Options for {@linkcode ProviderRegistry}. */
export interface ProviderRegistryOptions {
  /** Providers known but switched off here, each with how to switch it on. */
  disabled?: Record<string, string>;
}

/** The providers a service offers. */
export class ProviderRegistry {
  readonly defaultName: string;
  readonly #providers = new Map<string, TtsProvider>();
  readonly #disabled: Record<string, string>;

  /** Throws a RangeError when names repeat or `defaultName` is not among `providers`. */
  constructor(
    providers: readonly TtsProvider[],
    defaultName: string,
    options: ProviderRegistryOptions = {},
  ) {
    this.#disabled = { ...options.disabled };
    for (const p of providers) {
      if (this.#providers.has(p.name)) {
        throw new RangeError(`Cannot register provider '${p.name}' twice`);
      }
      this.#providers.set(p.name, p);
    }
    if (!this.#providers.has(defaultName)) {
      throw new RangeError(
        `Cannot use '${defaultName}' as the default provider: registered are ${
          [...this.#providers.keys()].join(", ")
        }`,
      );
    }
    this.defaultName = defaultName;
  }

  /**
   * The provider called `name` (the default when empty); INVALID_ARGUMENT
   * naming the `provider` field when there is none, FAILED_PRECONDITION
   * (reason `PROVIDER_DISABLED`) when it is switched off here.
   */
  get(name: string): TtsProvider {
    const provider = this.#providers.get(name === "" ? this.defaultName : name);
    if (!provider && Object.hasOwn(this.#disabled, name)) {
      throw new SacvError(
        "FAILED_PRECONDITION",
        `provider: '${name}' is not enabled on this service (${this.#disabled[name]})`,
        { reason: "PROVIDER_DISABLED", details: { field: "provider" } },
      );
    }
    if (!provider) {
      throw new SacvError(
        "INVALID_ARGUMENT",
        `provider: unknown provider '${name}' (known: ${[...this.#providers.keys()].join(", ")})`,
        { reason: "UNKNOWN_PROVIDER", details: { field: "provider" } },
      );
    }
    return provider;
  }

  /** Every provider, in registration order. */
  all(): TtsProvider[] {
    return [...this.#providers.values()];
  }

  /** Closes every provider that holds resources. */
  async close(): Promise<void> {
    await Promise.all(this.all().map((p) => p.close?.()));
  }
}

/** Providers the configuration switches off, with how to switch each on. */
export function disabledProviders(config: TtsConfig): Record<string, string> {
  return config.enableFake ? {} : { fake: "set SACV_TTS_ENABLE_FAKE=1 to enable it" };
}

/**
 * The service's providers built from its configuration: local, tencent, edge,
 * openai, and fake only when `SACV_TTS_ENABLE_FAKE=1` (its options let a
 * client choose latency and errors, which no production client should be
 * able to do).
 */
export function createProviders(config: TtsConfig, logger?: Logger): TtsProvider[] {
  const providers = [
    createLocalProvider({ workers: config.providerLimits.local }),
    // One call per attempt: the service retries above every provider (see provider_call.ts),
    // freeing the slot while it waits and adapting the limit to throttling.
    createTencentProvider({ ...config.tencent, logger, retry: { maxAttempts: 1 } }),
    createEdgeProvider({ endpoint: config.edge.endpoint }),
    createOpenAiProvider({
      baseUrl: config.openai.baseUrl,
      apiKey: config.openai.apiKey,
      model: config.openai.model,
      voices: config.openai.voices ? parseVoiceList(config.openai.voices) : undefined,
    }),
  ];
  if (config.enableFake) providers.push(createFakeProvider());
  return providers;
}
