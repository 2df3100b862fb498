// Original file: proto/sacv/tts/v1/tts.proto


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
}
