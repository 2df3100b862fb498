// Original file: proto/sacv/media/v1/media.proto


/**
 * A segment and its slot as BuildAudio fitted it (AlignedSegment.video and .duration).
 */
export interface MuxSegment {
  'start'?: (number | string);
  'end'?: (number | string);
  'video'?: (string);
  'duration'?: (number | string);
}

/**
 * A segment and its slot as BuildAudio fitted it (AlignedSegment.video and .duration).
 */
export interface MuxSegment__Output {
  'start': (number);
  'end': (number);
  'video': (string);
  'duration': (number);
}
