// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface ActivateTtsConfigRequest {
  'config_id'?: (string);
}

export interface ActivateTtsConfigRequest__Output {
  'config_id': (string);
}
