// Original file: proto/sacv/media/v1/media.proto


export interface AudioSegment {
  'start'?: (number | string);
  'end'?: (number | string);
  /**
   * "narration" (replaces the original sound), "original" or "mixed" (narration over
   * the original ducked).
   */
  'kind'?: (string);
  /**
   * Narration audio for narration and mixed segments.
   */
  'narration'?: (string);
}

export interface AudioSegment__Output {
  'start': (number);
  'end': (number);
  /**
   * "narration" (replaces the original sound), "original" or "mixed" (narration over
   * the original ducked).
   */
  'kind': (string);
  /**
   * Narration audio for narration and mixed segments.
   */
  'narration': (string);
}
