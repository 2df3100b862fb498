// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface TtsConfig {
  'config_id'?: (string);
  /**
   * Our provider name ("tencent", "local", ...).
   */
  'provider'?: (string);
  /**
   * "***" when set, "" otherwise: secrets never leave the orchestrator.
   */
  'secret_id'?: (string);
  'secret_key'?: (string);
  'region'?: (string);
  'description'?: (string);
  'enabled'?: (boolean);
  'active_voice_id'?: (string);
  'speed_ratio'?: (number | string);
  /**
   * Provider-specific parameters as a JSON object.
   */
  'extra_params_json'?: (string);
  'api_key'?: (string);
  'base_url'?: (string);
  'updated_at'?: (string);
}

export interface TtsConfig__Output {
  'config_id': (string);
  /**
   * Our provider name ("tencent", "local", ...).
   */
  'provider': (string);
  /**
   * "***" when set, "" otherwise: secrets never leave the orchestrator.
   */
  'secret_id': (string);
  'secret_key': (string);
  'region': (string);
  'description': (string);
  'enabled': (boolean);
  'active_voice_id': (string);
  'speed_ratio': (number);
  /**
   * Provider-specific parameters as a JSON object.
   */
  'extra_params_json': (string);
  'api_key': (string);
  'base_url': (string);
  'updated_at': (string);
}
