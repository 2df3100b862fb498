// Original file: proto/sacv/media/v1/media.proto


/**
 * Where a segment lands in the output, seconds.
 */
export interface SegmentTiming {
  'start'?: (number | string);
  'end'?: (number | string);
}

/**
 * Where a segment lands in the output, seconds.
 */
export interface SegmentTiming__Output {
  'start': (number);
  'end': (number);
}
