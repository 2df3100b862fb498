// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface WatchEventsRequest {
  /**
   * Empty means every project.
   */
  'project_id'?: (string);
}

export interface WatchEventsRequest__Output {
  /**
   * Empty means every project.
   */
  'project_id': (string);
}
