// Original file: proto/sacv/media/v1/media.proto


export interface ExtractFrameResult {
  'output'?: (string);
  /**
   * Seconds the frame was taken at (after clamping).
   */
  'time'?: (number | string);
  'width'?: (number);
  'height'?: (number);
}

export interface ExtractFrameResult__Output {
  'output': (string);
  /**
   * Seconds the frame was taken at (after clamping).
   */
  'time': (number);
  'width': (number);
  'height': (number);
}
