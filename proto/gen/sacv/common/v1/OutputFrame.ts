// Original file: proto/sacv/common/v1/common.proto


/**
 * The output frame of a generate_video task; all zero/empty keeps the source's (stream copy).
 */
export interface OutputFrame {
  /**
   * "16:9", "9:16" or "1:1": the frame's shorter side is the source's shorter side.
   */
  'aspect'?: (string);
  /**
   * Exact size (even numbers, 16 to 7680); given, it wins over aspect. One alone takes the
   * other from the aspect (or the source's).
   */
  'width'?: (number);
  'height'?: (number);
  /**
   * "fit" (default: the whole picture, over a blurred copy of it filling the frame) or
   * "fill" (scaled to cover the frame, the overflow cropped).
   */
  'fit'?: (string);
  /**
   * Frame rate, 1 to 120; 0 keeps the source's.
   */
  'fps'?: (number | string);
}

/**
 * The output frame of a generate_video task; all zero/empty keeps the source's (stream copy).
 */
export interface OutputFrame__Output {
  /**
   * "16:9", "9:16" or "1:1": the frame's shorter side is the source's shorter side.
   */
  'aspect': (string);
  /**
   * Exact size (even numbers, 16 to 7680); given, it wins over aspect. One alone takes the
   * other from the aspect (or the source's).
   */
  'width': (number);
  'height': (number);
  /**
   * "fit" (default: the whole picture, over a blurred copy of it filling the frame) or
   * "fill" (scaled to cover the frame, the overflow cropped).
   */
  'fit': (string);
  /**
   * Frame rate, 1 to 120; 0 keeps the source's.
   */
  'fps': (number);
}
