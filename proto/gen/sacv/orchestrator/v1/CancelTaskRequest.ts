// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface CancelTaskRequest {
  'project_id'?: (string);
  'scope'?: (string);
  /**
   * Empty means the project's current task in the scope.
   */
  'task_id'?: (string);
}

export interface CancelTaskRequest__Output {
  'project_id': (string);
  'scope': (string);
  /**
   * Empty means the project's current task in the scope.
   */
  'task_id': (string);
}
