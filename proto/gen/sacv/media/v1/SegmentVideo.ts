// Original file: proto/sacv/media/v1/media.proto


/**
 * Where one segment's frames came from.
 */
export interface SegmentVideo {
  'frames'?: (number);
  /**
   * Of those, frames copied from the source unchanged.
   */
  'copied_frames'?: (number);
}

/**
 * Where one segment's frames came from.
 */
export interface SegmentVideo__Output {
  'frames': (number);
  /**
   * Of those, frames copied from the source unchanged.
   */
  'copied_frames': (number);
}
