// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface ListTasksRequest {
  'project_id'?: (string);
  /**
   * "all" (default), "running" (queued or processing) or "latest" (one per scope).
   */
  'filter'?: (string);
  'scope'?: (string);
}

export interface ListTasksRequest__Output {
  'project_id': (string);
  /**
   * "all" (default), "running" (queued or processing) or "latest" (one per scope).
   */
  'filter': (string);
  'scope': (string);
}
