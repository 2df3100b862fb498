// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface SetJianyingDraftPathRequest {
  'path'?: (string);
}

export interface SetJianyingDraftPathRequest__Output {
  'path': (string);
}
