// Original file: proto/sacv/tts/v1/tts.proto

import type { ProviderCredentials as _sacv_tts_v1_ProviderCredentials, ProviderCredentials__Output as _sacv_tts_v1_ProviderCredentials__Output } from '../../../sacv/tts/v1/ProviderCredentials.ts';

export interface SynthesizeRequest {
  /**
   * Caller's id for the item, echoed in the result (required on streams).
   */
  'request_id'?: (string);
  'text'?: (string);
  /**
   * Empty means SACV_TTS_DEFAULT_PROVIDER.
   */
  'provider'?: (string);
  'voice'?: (string);
  /**
   * Speaking rate as a ratio, 1.0 normal; 0 means 1.0.
   */
  'speed'?: (number | string);
  /**
   * "wav" (default), "mp3" or "pcm" (signed 16-bit little-endian mono).
   */
  'codec'?: (string);
  /**
   * 0 means the provider's default rate.
   */
  'sample_rate'?: (number);
  /**
   * Provider-specific knobs (the fake provider reads latency_ms, fail, ...).
   */
  'options'?: ({[key: string]: string});
  /**
   * Skip the result cache for this item.
   */
  'no_cache'?: (boolean);
  /**
   * Per-request provider credentials; unset means the service's own (environment) ones.
   */
  'credentials'?: (_sacv_tts_v1_ProviderCredentials | null);
}

export interface SynthesizeRequest__Output {
  /**
   * Caller's id for the item, echoed in the result (required on streams).
   */
  'request_id': (string);
  'text': (string);
  /**
   * Empty means SACV_TTS_DEFAULT_PROVIDER.
   */
  'provider': (string);
  'voice': (string);
  /**
   * Speaking rate as a ratio, 1.0 normal; 0 means 1.0.
   */
  'speed': (number);
  /**
   * "wav" (default), "mp3" or "pcm" (signed 16-bit little-endian mono).
   */
  'codec': (string);
  /**
   * 0 means the provider's default rate.
   */
  'sample_rate': (number);
  /**
   * Provider-specific knobs (the fake provider reads latency_ms, fail, ...).
   */
  'options': ({[key: string]: string});
  /**
   * Skip the result cache for this item.
   */
  'no_cache': (boolean);
  /**
   * Per-request provider credentials; unset means the service's own (environment) ones.
   */
  'credentials': (_sacv_tts_v1_ProviderCredentials__Output | null);
}
