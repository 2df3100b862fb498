// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface GetSubtitleRequest {
  'project_id'?: (string);
}

export interface GetSubtitleRequest__Output {
  'project_id': (string);
}
