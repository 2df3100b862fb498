// Original file: proto/sacv/common/v1/common.proto


/**
 * Subtitles burned into the video of a generate_video task (the .srt is always written).
 */
export interface SubtitleStyle {
  /**
   * Render the subtitles into the picture (re-encodes the whole video).
   */
  'burn'?: (boolean);
  /**
   * Text height in output pixels; 0 means 5.5% of the frame height (at least 12).
   */
  'font_size'?: (number);
  /**
   * "bottom" (default), "top" or "middle".
   */
  'position'?: (string);
  /**
   * Outline width in output pixels; unset means font_size / 14 (at least 1).
   */
  'outline'?: (number | string);
  '_outline'?: "outline";
}

/**
 * Subtitles burned into the video of a generate_video task (the .srt is always written).
 */
export interface SubtitleStyle__Output {
  /**
   * Render the subtitles into the picture (re-encodes the whole video).
   */
  'burn': (boolean);
  /**
   * Text height in output pixels; 0 means 5.5% of the frame height (at least 12).
   */
  'font_size': (number);
  /**
   * "bottom" (default), "top" or "middle".
   */
  'position': (string);
  /**
   * Outline width in output pixels; unset means font_size / 14 (at least 1).
   */
  'outline'?: (number);
  '_outline'?: "outline";
}
