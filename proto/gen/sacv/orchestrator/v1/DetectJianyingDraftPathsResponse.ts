// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface DetectJianyingDraftPathsResponse {
  'candidates'?: (string)[];
  'selected'?: (string);
}

export interface DetectJianyingDraftPathsResponse__Output {
  'candidates': (string)[];
  'selected': (string);
}
