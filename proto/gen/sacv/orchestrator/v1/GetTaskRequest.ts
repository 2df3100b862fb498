// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface GetTaskRequest {
  'task_id'?: (string);
}

export interface GetTaskRequest__Output {
  'task_id': (string);
}
