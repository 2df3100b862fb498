// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { Project as _sacv_orchestrator_v1_Project, Project__Output as _sacv_orchestrator_v1_Project__Output } from '../../../sacv/orchestrator/v1/Project.ts';
import type { Long } from '@grpc/proto-loader';

export interface CompleteProjectVideoUploadResponse {
  /**
   * Relative to the media root.
   */
  'video_path'?: (string);
  'file_name'?: (string);
  'size'?: (number | string | Long);
  'upload_time'?: (string);
  'project'?: (_sacv_orchestrator_v1_Project | null);
}

export interface CompleteProjectVideoUploadResponse__Output {
  /**
   * Relative to the media root.
   */
  'video_path': (string);
  'file_name': (string);
  'size': (number);
  'upload_time': (string);
  'project': (_sacv_orchestrator_v1_Project__Output | null);
}
