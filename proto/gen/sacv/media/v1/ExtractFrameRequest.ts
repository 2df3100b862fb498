// Original file: proto/sacv/media/v1/media.proto


export interface ExtractFrameRequest {
  'input'?: (string);
  /**
   * .jpg, .jpeg or .png.
   */
  'output'?: (string);
  /**
   * Seconds into the input; a time at or past the end gives the last frame.
   */
  'time'?: (number | string);
  /**
   * Scale down to at most this width; 0 keeps the size.
   */
  'max_width'?: (number);
}

export interface ExtractFrameRequest__Output {
  'input': (string);
  /**
   * .jpg, .jpeg or .png.
   */
  'output': (string);
  /**
   * Seconds into the input; a time at or past the end gives the last frame.
   */
  'time': (number);
  /**
   * Scale down to at most this width; 0 keeps the size.
   */
  'max_width': (number);
}
