// Original file: proto/sacv/tts/v1/tts.proto

import type { ProviderCredentials as _sacv_tts_v1_ProviderCredentials, ProviderCredentials__Output as _sacv_tts_v1_ProviderCredentials__Output } from '../../../sacv/tts/v1/ProviderCredentials.ts';

export interface ListVoicesRequest {
  /**
   * Empty means SACV_TTS_DEFAULT_PROVIDER.
   */
  'provider'?: (string);
  /**
   * Only voices whose language starts with this (e.g. "zh", "en-US"); empty means all.
   */
  'language'?: (string);
  /**
   * For providers whose voice list depends on the account or server (openai).
   */
  'credentials'?: (_sacv_tts_v1_ProviderCredentials | null);
}

export interface ListVoicesRequest__Output {
  /**
   * Empty means SACV_TTS_DEFAULT_PROVIDER.
   */
  'provider': (string);
  /**
   * Only voices whose language starts with this (e.g. "zh", "en-US"); empty means all.
   */
  'language': (string);
  /**
   * For providers whose voice list depends on the account or server (openai).
   */
  'credentials': (_sacv_tts_v1_ProviderCredentials__Output | null);
}
