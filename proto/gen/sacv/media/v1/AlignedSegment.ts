// Original file: proto/sacv/media/v1/media.proto


export interface AlignedSegment {
  /**
   * exact, speed_up, slow_down, trim, pad, extend, freeze, slow or original.
   */
  'strategy'?: (string);
  'tempo'?: (number | string);
  'narration_duration'?: (number | string);
  /**
   * What the slot's video does: copy (as cut), extend, freeze or slow.
   */
  'video'?: (string);
  /**
   * Slot length, seconds (whole output frames).
   */
  'duration'?: (number | string);
}

export interface AlignedSegment__Output {
  /**
   * exact, speed_up, slow_down, trim, pad, extend, freeze, slow or original.
   */
  'strategy': (string);
  'tempo': (number);
  'narration_duration': (number);
  /**
   * What the slot's video does: copy (as cut), extend, freeze or slow.
   */
  'video': (string);
  /**
   * Slot length, seconds (whole output frames).
   */
  'duration': (number);
}
