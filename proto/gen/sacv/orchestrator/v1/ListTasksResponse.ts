// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { Task as _sacv_orchestrator_v1_Task, Task__Output as _sacv_orchestrator_v1_Task__Output } from '../../../sacv/orchestrator/v1/Task.ts';

export interface ListTasksResponse {
  'tasks'?: (_sacv_orchestrator_v1_Task)[];
}

export interface ListTasksResponse__Output {
  'tasks': (_sacv_orchestrator_v1_Task__Output)[];
}
