// Puts the credentials of TTS configs saved through the API on every synthesis the pipelines
// send, so a config change drives the next task without a restart. Secrets stay in memory.
import type { Clients, TtsItem } from "./clients.ts";
import type { TtsConfigStore } from "./tts_configs.ts";

/**
 * Wraps `clients` so that each item sent on a synthesis stream carries the
 * stored credentials for its provider (see {@linkcode TtsConfigStore.credentialsFor}).
 * An item without a provider, or a provider without stored secrets, is sent as
 * it is: the TTS service then uses its environment credentials.
 *
 * @example
 * ```ts
 * const clients = withStoredCredentials(createClients(addrs), new TtsConfigStore(dataDir));
 * ```
 */
export function withStoredCredentials<C extends Pick<Clients, "tts">>(
  clients: C,
  store: Pick<TtsConfigStore, "credentialsFor">,
): C {
  const tts = clients.tts;
  return {
    ...clients,
    tts: {
      ...tts,
      synthesizeMany: (items, options) =>
        tts.synthesizeMany(
          items.map((item): TtsItem => {
            const credentials = item.provider ? store.credentialsFor(item.provider) : undefined;
            return credentials ? { ...item, credentials } : item;
          }),
          options,
        ),
    },
  };
}
