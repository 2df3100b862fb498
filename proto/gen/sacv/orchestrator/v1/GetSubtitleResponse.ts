// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { Project as _sacv_orchestrator_v1_Project, Project__Output as _sacv_orchestrator_v1_Project__Output } from '../../../sacv/orchestrator/v1/Project.ts';

export interface GetSubtitleResponse {
  'content'?: (string);
  'file_path'?: (string);
  'project'?: (_sacv_orchestrator_v1_Project | null);
}

export interface GetSubtitleResponse__Output {
  'content': (string);
  'file_path': (string);
  'project': (_sacv_orchestrator_v1_Project__Output | null);
}
