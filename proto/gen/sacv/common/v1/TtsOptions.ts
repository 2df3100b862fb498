// Original file: proto/sacv/common/v1/common.proto


/**
 * Options for speech synthesis as a caller chooses them.
 */
export interface TtsOptions {
  /**
   * Provider name ("local", "tencent", "edge", "openai", "fake"); empty means the default.
   */
  'provider'?: (string);
  /**
   * Provider-specific voice id; empty means the provider's default voice.
   */
  'voice'?: (string);
  /**
   * Speaking rate as a ratio (1.0 = normal); 0 means 1.0.
   */
  'speed'?: (number | string);
  /**
   * Provider-specific knobs passed on every synthesis of the task (the fake
   * provider reads latency_ms, fail, ...); a segment's own tts_options win.
   */
  'options'?: ({[key: string]: string});
}

/**
 * Options for speech synthesis as a caller chooses them.
 */
export interface TtsOptions__Output {
  /**
   * Provider name ("local", "tencent", "edge", "openai", "fake"); empty means the default.
   */
  'provider': (string);
  /**
   * Provider-specific voice id; empty means the provider's default voice.
   */
  'voice': (string);
  /**
   * Speaking rate as a ratio (1.0 = normal); 0 means 1.0.
   */
  'speed': (number);
  /**
   * Provider-specific knobs passed on every synthesis of the task (the fake
   * provider reads latency_ms, fail, ...); a segment's own tts_options win.
   */
  'options': ({[key: string]: string});
}
