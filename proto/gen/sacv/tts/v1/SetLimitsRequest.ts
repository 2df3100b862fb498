// Original file: proto/sacv/tts/v1/tts.proto


export interface SetLimitsRequest {
  /**
   * 0 leaves the global limit unchanged.
   */
  'global_limit'?: (number);
  /**
   * Provider name to its new limit; providers not named are unchanged.
   */
  'provider_limits'?: ({[key: string]: number});
}

export interface SetLimitsRequest__Output {
  /**
   * 0 leaves the global limit unchanged.
   */
  'global_limit': (number);
  /**
   * Provider name to its new limit; providers not named are unchanged.
   */
  'provider_limits': ({[key: string]: number});
}
