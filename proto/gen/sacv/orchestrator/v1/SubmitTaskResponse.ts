// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { Task as _sacv_orchestrator_v1_Task, Task__Output as _sacv_orchestrator_v1_Task__Output } from '../../../sacv/orchestrator/v1/Task.ts';

export interface SubmitTaskResponse {
  'task'?: (_sacv_orchestrator_v1_Task | null);
  /**
   * True when the project already had a queued or running task in the scope.
   */
  'existing'?: (boolean);
}

export interface SubmitTaskResponse__Output {
  'task': (_sacv_orchestrator_v1_Task__Output | null);
  /**
   * True when the project already had a queued or running task in the scope.
   */
  'existing': (boolean);
}
