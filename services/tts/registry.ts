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

/** The providers a service offers. */
export class ProviderRegistry {
  readonly defaultName: string;
  readonly #providers = new Map<string, TtsProvider>();

  /** Throws a RangeError when names repeat or `defaultName` is not among `providers`. */
  constructor(providers: readonly TtsProvider[], defaultName: string) {
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
   * naming the `provider` field when there is none.
   */
  get(name: string): TtsProvider {
    const provider = this.#providers.get(name === "" ? this.defaultName : name);
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

/** The service's providers built from its configuration: local, tencent, edge, openai and fake. */
export function createProviders(config: TtsConfig, logger?: Logger): TtsProvider[] {
  return [
    createLocalProvider({ workers: config.providerLimits.local }),
    createTencentProvider({ ...config.tencent, logger }),
    createEdgeProvider({ endpoint: config.edge.endpoint }),
    createOpenAiProvider({
      baseUrl: config.openai.baseUrl,
      apiKey: config.openai.apiKey,
      model: config.openai.model,
      voices: config.openai.voices ? parseVoiceList(config.openai.voices) : undefined,
    }),
    createFakeProvider(),
  ];
}
