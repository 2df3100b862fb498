// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface DeleteProjectRequest {
  'project_id'?: (string);
}

export interface DeleteProjectRequest__Output {
  'project_id': (string);
}
