// Original file: proto/sacv/tts/v1/tts.proto

import type { Voice as _sacv_tts_v1_Voice, Voice__Output as _sacv_tts_v1_Voice__Output } from '../../../sacv/tts/v1/Voice.ts';

export interface ProviderInfo {
  'name'?: (string);
  /**
   * False when the provider cannot work here (e.g. no credentials).
   */
  'available'?: (boolean);
  'unavailable_reason'?: (string);
  'limit'?: (number);
  'in_flight'?: (number);
  'default_voice'?: (string);
  'voices'?: (_sacv_tts_v1_Voice)[];
  'codecs'?: (string)[];
  'is_default'?: (boolean);
  /**
   * As in ProviderLimit: `limit` is the configured limit, this the one in force now.
   */
  'effective_limit'?: (number);
  'queued'?: (number);
  'throttles'?: (number);
  'retries'?: (number);
  'shared_in_flight'?: (number);
}

export interface ProviderInfo__Output {
  'name': (string);
  /**
   * False when the provider cannot work here (e.g. no credentials).
   */
  'available': (boolean);
  'unavailable_reason': (string);
  'limit': (number);
  'in_flight': (number);
  'default_voice': (string);
  'voices': (_sacv_tts_v1_Voice__Output)[];
  'codecs': (string)[];
  'is_default': (boolean);
  /**
   * As in ProviderLimit: `limit` is the configured limit, this the one in force now.
   */
  'effective_limit': (number);
  'queued': (number);
  'throttles': (number);
  'retries': (number);
  'shared_in_flight': (number);
}
