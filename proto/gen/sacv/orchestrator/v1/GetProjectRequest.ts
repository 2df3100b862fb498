// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface GetProjectRequest {
  'project_id'?: (string);
}

export interface GetProjectRequest__Output {
  'project_id': (string);
}
