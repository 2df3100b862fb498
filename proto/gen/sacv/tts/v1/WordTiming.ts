// Original file: proto/sacv/tts/v1/tts.proto


/**
 * When a word (or, for Chinese, a character or word) is spoken, relative to the audio start.
 */
export interface WordTiming {
  'text'?: (string);
  'start_ms'?: (number);
  'end_ms'?: (number);
}

/**
 * When a word (or, for Chinese, a character or word) is spoken, relative to the audio start.
 */
export interface WordTiming__Output {
  'text': (string);
  'start_ms': (number);
  'end_ms': (number);
}
