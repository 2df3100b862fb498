// Original file: proto/sacv/media/v1/media.proto


/**
 * A range of the source, seconds from its start.
 */
export interface VideoSegment {
  'start'?: (number | string);
  'end'?: (number | string);
}

/**
 * A range of the source, seconds from its start.
 */
export interface VideoSegment__Output {
  'start': (number);
  'end': (number);
}
