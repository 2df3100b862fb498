// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface Event {
  /**
   * progress, completed, error, cancelled, heartbeat.
   */
  'type'?: (string);
  'scope'?: (string);
  'project_id'?: (string);
  'task_id'?: (string);
  'phase'?: (string);
  'status'?: (string);
  'progress'?: (number | string);
  'message'?: (string);
  'timestamp'?: (string);
  /**
   * Phase-specific data as JSON text ("" when none).
   */
  'data_json'?: (string);
}

export interface Event__Output {
  /**
   * progress, completed, error, cancelled, heartbeat.
   */
  'type': (string);
  'scope': (string);
  'project_id': (string);
  'task_id': (string);
  'phase': (string);
  'status': (string);
  'progress': (number);
  'message': (string);
  'timestamp': (string);
  /**
   * Phase-specific data as JSON text ("" when none).
   */
  'data_json': (string);
}
