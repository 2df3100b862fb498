// Original file: proto/sacv/tts/v1/tts.proto

import type { ProviderInfo as _sacv_tts_v1_ProviderInfo, ProviderInfo__Output as _sacv_tts_v1_ProviderInfo__Output } from '../../../sacv/tts/v1/ProviderInfo.ts';

export interface ListProvidersResponse {
  'providers'?: (_sacv_tts_v1_ProviderInfo)[];
  'default_provider'?: (string);
  /**
   * The global gate, so one call shows every limit.
   */
  'global_limit'?: (number);
  'global_in_flight'?: (number);
  'global_queued'?: (number);
  /**
   * As in Limits.
   */
  'mode'?: (string);
  'replicas'?: (number);
}

export interface ListProvidersResponse__Output {
  'providers': (_sacv_tts_v1_ProviderInfo__Output)[];
  'default_provider': (string);
  /**
   * The global gate, so one call shows every limit.
   */
  'global_limit': (number);
  'global_in_flight': (number);
  'global_queued': (number);
  /**
   * As in Limits.
   */
  'mode': (string);
  'replicas': (number);
}
