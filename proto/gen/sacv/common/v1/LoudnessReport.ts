// Original file: proto/sacv/common/v1/common.proto


/**
 * What loudness normalisation measured and did.
 */
export interface LoudnessReport {
  /**
   * The mixed track before normalisation: integrated LUFS and true peak dBTP.
   */
  'input_i'?: (number | string);
  'input_tp'?: (number | string);
  /**
   * After normalisation (loudnorm's own measurement of its output).
   */
  'output_i'?: (number | string);
  'output_tp'?: (number | string);
  /**
   * linear (one gain), dynamic (loudnorm's limiter, when one gain would break the true-peak
   * ceiling) or silent (nothing to normalise: the track is left as it is).
   */
  'mode'?: (string);
  'target_i'?: (number | string);
  'target_tp'?: (number | string);
}

/**
 * What loudness normalisation measured and did.
 */
export interface LoudnessReport__Output {
  /**
   * The mixed track before normalisation: integrated LUFS and true peak dBTP.
   */
  'input_i': (number);
  'input_tp': (number);
  /**
   * After normalisation (loudnorm's own measurement of its output).
   */
  'output_i': (number);
  'output_tp': (number);
  /**
   * linear (one gain), dynamic (loudnorm's limiter, when one gain would break the true-peak
   * ceiling) or silent (nothing to normalise: the track is left as it is).
   */
  'mode': (string);
  'target_i': (number);
  'target_tp': (number);
}
