// Original file: proto/sacv/tts/v1/tts.proto

import type { ProviderLimit as _sacv_tts_v1_ProviderLimit, ProviderLimit__Output as _sacv_tts_v1_ProviderLimit__Output } from '../../../sacv/tts/v1/ProviderLimit.ts';

export interface Limits {
  'global_limit'?: (number);
  'global_in_flight'?: (number);
  'global_queued'?: (number);
  'providers'?: (_sacv_tts_v1_ProviderLimit)[];
}

export interface Limits__Output {
  'global_limit': (number);
  'global_in_flight': (number);
  'global_queued': (number);
  'providers': (_sacv_tts_v1_ProviderLimit__Output)[];
}
