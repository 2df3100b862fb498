// Original file: proto/sacv/media/v1/media.proto


export interface NormalizeLoudnessRequest {
  'input'?: (string);
  'output'?: (string);
  /**
   * Integrated loudness target, LUFS; 0 means -16.
   */
  'target_lufs'?: (number | string);
  /**
   * True peak, dBTP; 0 means -1.5.
   */
  'true_peak'?: (number | string);
  /**
   * Loudness range target; 0 means 11.
   */
  'lra'?: (number | string);
  'trim_leading_silence'?: (boolean);
  /**
   * Output sample rate; 0 means 48000.
   */
  'sample_rate'?: (number);
}

export interface NormalizeLoudnessRequest__Output {
  'input': (string);
  'output': (string);
  /**
   * Integrated loudness target, LUFS; 0 means -16.
   */
  'target_lufs': (number);
  /**
   * True peak, dBTP; 0 means -1.5.
   */
  'true_peak': (number);
  /**
   * Loudness range target; 0 means 11.
   */
  'lra': (number);
  'trim_leading_silence': (boolean);
  /**
   * Output sample rate; 0 means 48000.
   */
  'sample_rate': (number);
}
