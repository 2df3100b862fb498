// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface CancelTaskResponse {
  'scope'?: (string);
  'task_id'?: (string);
  'cancelled'?: (boolean);
}

export interface CancelTaskResponse__Output {
  'scope': (string);
  'task_id': (string);
  'cancelled': (boolean);
}
