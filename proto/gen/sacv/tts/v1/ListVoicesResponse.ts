// Original file: proto/sacv/tts/v1/tts.proto

import type { Voice as _sacv_tts_v1_Voice, Voice__Output as _sacv_tts_v1_Voice__Output } from '../../../sacv/tts/v1/Voice.ts';

export interface ListVoicesResponse {
  'provider'?: (string);
  'voices'?: (_sacv_tts_v1_Voice)[];
  /**
   * Where the list came from: "service" (asked the provider live) or "builtin" (our table).
   */
  'source'?: (string);
}

export interface ListVoicesResponse__Output {
  'provider': (string);
  'voices': (_sacv_tts_v1_Voice__Output)[];
  /**
   * Where the list came from: "service" (asked the provider live) or "builtin" (our table).
   */
  'source': (string);
}
