// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface ResizeConcurrencyResponse {
  'scopes'?: (string)[];
}

export interface ResizeConcurrencyResponse__Output {
  'scopes': (string)[];
}
