// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface PreviewTtsVoiceRequest {
  'voice_id'?: (string);
  /**
   * Provider to use ("" = the config's, else the active config's, else the default).
   */
  'provider'?: (string);
  'config_id'?: (string);
  'text'?: (string);
}

export interface PreviewTtsVoiceRequest__Output {
  'voice_id': (string);
  /**
   * Provider to use ("" = the config's, else the active config's, else the default).
   */
  'provider': (string);
  'config_id': (string);
  'text': (string);
}
