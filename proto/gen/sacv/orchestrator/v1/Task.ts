// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { ErrorDetail as _sacv_common_v1_ErrorDetail, ErrorDetail__Output as _sacv_common_v1_ErrorDetail__Output } from '../../../sacv/common/v1/ErrorDetail.ts';
import type { TaskSegment as _sacv_orchestrator_v1_TaskSegment, TaskSegment__Output as _sacv_orchestrator_v1_TaskSegment__Output } from '../../../sacv/orchestrator/v1/TaskSegment.ts';

export interface Task {
  'task_id'?: (string);
  'project_id'?: (string);
  'scope'?: (string);
  /**
   * queued, processing, completed, failed, cancelled, interrupted.
   */
  'status'?: (string);
  'progress'?: (number | string);
  'phase'?: (string);
  'message'?: (string);
  'error'?: (_sacv_common_v1_ErrorDetail | null);
  'file_path'?: (string);
  'created_at'?: (string);
  'started_at'?: (string);
  'finished_at'?: (string);
  'segments'?: (_sacv_orchestrator_v1_TaskSegment)[];
}

export interface Task__Output {
  'task_id': (string);
  'project_id': (string);
  'scope': (string);
  /**
   * queued, processing, completed, failed, cancelled, interrupted.
   */
  'status': (string);
  'progress': (number);
  'phase': (string);
  'message': (string);
  'error': (_sacv_common_v1_ErrorDetail__Output | null);
  'file_path': (string);
  'created_at': (string);
  'started_at': (string);
  'finished_at': (string);
  'segments': (_sacv_orchestrator_v1_TaskSegment__Output)[];
}
