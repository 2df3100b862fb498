// Original file: proto/sacv/tts/v1/tts.proto


/**
 * Provider credentials passed per request; never logged, never cached with the audio.
 */
export interface Credentials {
  'secret_id'?: (string);
  'secret_key'?: (string);
  'session_token'?: (string);
  'region'?: (string);
  'api_key'?: (string);
  'base_url'?: (string);
}

/**
 * Provider credentials passed per request; never logged, never cached with the audio.
 */
export interface Credentials__Output {
  'secret_id': (string);
  'secret_key': (string);
  'session_token': (string);
  'region': (string);
  'api_key': (string);
  'base_url': (string);
}
