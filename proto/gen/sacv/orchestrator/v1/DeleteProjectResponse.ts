// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface DeleteProjectResponse {
  'deleted'?: (boolean);
}

export interface DeleteProjectResponse__Output {
  'deleted': (boolean);
}
