// Original file: proto/sacv/common/v1/common.proto


/**
 * Background music under a whole video, looped or trimmed to its length.
 */
export interface BgmOptions {
  /**
   * An audio file in the media root (e.g. what UploadBgm answered).
   */
  'path'?: (string);
  /**
   * Gain applied to the music as uploaded, dB, -60 to 12; unset means -20.
   */
  'volume_db'?: (number | string);
  /**
   * How far the music dips under narration (sidechain ducking), dB, -40 to 0 (0: no
   * ducking); unset means -15.
   */
  'duck_db'?: (number | string);
  /**
   * Repeat the music to fill the video; unset means true. False plays it once.
   */
  'loop'?: (boolean);
  '_volume_db'?: "volume_db";
  '_duck_db'?: "duck_db";
  '_loop'?: "loop";
}

/**
 * Background music under a whole video, looped or trimmed to its length.
 */
export interface BgmOptions__Output {
  /**
   * An audio file in the media root (e.g. what UploadBgm answered).
   */
  'path': (string);
  /**
   * Gain applied to the music as uploaded, dB, -60 to 12; unset means -20.
   */
  'volume_db'?: (number);
  /**
   * How far the music dips under narration (sidechain ducking), dB, -40 to 0 (0: no
   * ducking); unset means -15.
   */
  'duck_db'?: (number);
  /**
   * Repeat the music to fill the video; unset means true. False plays it once.
   */
  'loop'?: (boolean);
  '_volume_db'?: "volume_db";
  '_duck_db'?: "duck_db";
  '_loop'?: "loop";
}
