// Original file: proto/sacv/tts/v1/tts.proto


export interface ProviderLimit {
  'provider'?: (string);
  /**
   * The configured limit (SACV_TTS_PROVIDER_LIMITS, the provider default or SetLimits).
   */
  'limit'?: (number);
  'in_flight'?: (number);
  'queued'?: (number);
  /**
   * The limit in force now: lowered on throttling (AIMD), climbing back to `limit`.
   */
  'effective_limit'?: (number);
  /**
   * Provider calls that failed with throttling, since start.
   */
  'throttles'?: (number);
  /**
   * Provider calls started again after a retryable failure, since start.
   */
  'retries'?: (number);
  /**
   * Slots held across every replica (mode "shared"); else the same as in_flight.
   */
  'shared_in_flight'?: (number);
}

export interface ProviderLimit__Output {
  'provider': (string);
  /**
   * The configured limit (SACV_TTS_PROVIDER_LIMITS, the provider default or SetLimits).
   */
  'limit': (number);
  'in_flight': (number);
  'queued': (number);
  /**
   * The limit in force now: lowered on throttling (AIMD), climbing back to `limit`.
   */
  'effective_limit': (number);
  /**
   * Provider calls that failed with throttling, since start.
   */
  'throttles': (number);
  /**
   * Provider calls started again after a retryable failure, since start.
   */
  'retries': (number);
  /**
   * Slots held across every replica (mode "shared"); else the same as in_flight.
   */
  'shared_in_flight': (number);
}
