// Original file: proto/sacv/media/v1/media.proto


export interface ConcatRequest {
  'inputs'?: (string)[];
  'output'?: (string);
  /**
   * Target frame size and rate; 0 means take them from the first input.
   */
  'width'?: (number);
  'height'?: (number);
  'fps'?: (number | string);
}

export interface ConcatRequest__Output {
  'inputs': (string)[];
  'output': (string);
  /**
   * Target frame size and rate; 0 means take them from the first input.
   */
  'width': (number);
  'height': (number);
  'fps': (number);
}
