// Original file: proto/sacv/tts/v1/tts.proto


export interface Voice {
  'id'?: (string);
  'name'?: (string);
  'language'?: (string);
  /**
   * "female", "male", or "" when the provider does not say.
   */
  'gender'?: (string);
  /**
   * A sentence in the voice's language, what PreviewVoice speaks by default.
   */
  'sample_text'?: (string);
}

export interface Voice__Output {
  'id': (string);
  'name': (string);
  'language': (string);
  /**
   * "female", "male", or "" when the provider does not say.
   */
  'gender': (string);
  /**
   * A sentence in the voice's language, what PreviewVoice speaks by default.
   */
  'sample_text': (string);
}
