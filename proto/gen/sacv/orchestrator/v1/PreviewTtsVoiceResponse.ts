// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface PreviewTtsVoiceResponse {
  'audio'?: (Buffer | Uint8Array | string);
  'codec'?: (string);
  'duration_ms'?: (number);
  'provider'?: (string);
  'voice'?: (string);
  'cached'?: (boolean);
}

export interface PreviewTtsVoiceResponse__Output {
  'audio': (Buffer);
  'codec': (string);
  'duration_ms': (number);
  'provider': (string);
  'voice': (string);
  'cached': (boolean);
}
