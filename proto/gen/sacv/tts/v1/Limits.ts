// Original file: proto/sacv/tts/v1/tts.proto

import type { ProviderLimit as _sacv_tts_v1_ProviderLimit, ProviderLimit__Output as _sacv_tts_v1_ProviderLimit__Output } from '../../../sacv/tts/v1/ProviderLimit.ts';

export interface Limits {
  'global_limit'?: (number);
  /**
   * Slots this replica holds.
   */
  'global_in_flight'?: (number);
  'global_queued'?: (number);
  'providers'?: (_sacv_tts_v1_ProviderLimit)[];
  /**
   * "local" (gates in this process), "shared" (in Redis, across every replica, SACV_REDIS_URL)
   * or "fallback" (Redis unreachable: local gates at limit / replicas last seen).
   */
  'mode'?: (string);
  /**
   * Replicas sharing the gates (1 when local; the last count seen when falling back).
   */
  'replicas'?: (number);
  /**
   * Global slots held across every replica (mode "shared"); else global_in_flight.
   */
  'shared_global_in_flight'?: (number);
}

export interface Limits__Output {
  'global_limit': (number);
  /**
   * Slots this replica holds.
   */
  'global_in_flight': (number);
  'global_queued': (number);
  'providers': (_sacv_tts_v1_ProviderLimit__Output)[];
  /**
   * "local" (gates in this process), "shared" (in Redis, across every replica, SACV_REDIS_URL)
   * or "fallback" (Redis unreachable: local gates at limit / replicas last seen).
   */
  'mode': (string);
  /**
   * Replicas sharing the gates (1 when local; the last count seen when falling back).
   */
  'replicas': (number);
  /**
   * Global slots held across every replica (mode "shared"); else global_in_flight.
   */
  'shared_global_in_flight': (number);
}
