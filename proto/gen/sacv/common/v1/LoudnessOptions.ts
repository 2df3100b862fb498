// Original file: proto/sacv/common/v1/common.proto


/**
 * Loudness normalisation of a finished audio track: two-pass EBU R128 loudnorm (measure the
 * whole track, then apply the measured values, linearly where the true peak allows).
 */
export interface LoudnessOptions {
  /**
   * Off leaves the level as mixed.
   */
  'enabled'?: (boolean);
  /**
   * Integrated loudness target, LUFS, -40 to -5; unset means -16.
   */
  'target_lufs'?: (number | string);
  /**
   * True-peak ceiling, dBTP, -9 to 0; unset means -1.5.
   */
  'true_peak_db'?: (number | string);
  '_target_lufs'?: "target_lufs";
  '_true_peak_db'?: "true_peak_db";
}

/**
 * Loudness normalisation of a finished audio track: two-pass EBU R128 loudnorm (measure the
 * whole track, then apply the measured values, linearly where the true peak allows).
 */
export interface LoudnessOptions__Output {
  /**
   * Off leaves the level as mixed.
   */
  'enabled': (boolean);
  /**
   * Integrated loudness target, LUFS, -40 to -5; unset means -16.
   */
  'target_lufs'?: (number);
  /**
   * True-peak ceiling, dBTP, -9 to 0; unset means -1.5.
   */
  'true_peak_db'?: (number);
  '_target_lufs'?: "target_lufs";
  '_true_peak_db'?: "true_peak_db";
}
