// Original file: proto/sacv/tts/v1/tts.proto


export interface SynthesizeResult {
  'request_id'?: (string);
  'audio'?: (Buffer | Uint8Array | string);
  'codec'?: (string);
  'sample_rate'?: (number);
  'duration_ms'?: (number);
  'provider'?: (string);
  'attempts'?: (number);
  'cached'?: (boolean);
  'voice'?: (string);
  /**
   * Number of provider calls the text was split into.
   */
  'chunks'?: (number);
}

export interface SynthesizeResult__Output {
  'request_id': (string);
  'audio': (Buffer);
  'codec': (string);
  'sample_rate': (number);
  'duration_ms': (number);
  'provider': (string);
  'attempts': (number);
  'cached': (boolean);
  'voice': (string);
  /**
   * Number of provider calls the text was split into.
   */
  'chunks': (number);
}
