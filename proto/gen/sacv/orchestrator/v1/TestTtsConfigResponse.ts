// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface TestTtsConfigResponse {
  'success'?: (boolean);
  'config_id'?: (string);
  'provider'?: (string);
  'message'?: (string);
  'duration_ms'?: (number);
}

export interface TestTtsConfigResponse__Output {
  'success': (boolean);
  'config_id': (string);
  'provider': (string);
  'message': (string);
  'duration_ms': (number);
}
