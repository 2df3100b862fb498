// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { Project as _sacv_orchestrator_v1_Project, Project__Output as _sacv_orchestrator_v1_Project__Output } from '../../../sacv/orchestrator/v1/Project.ts';

export interface ListProjectsResponse {
  'projects'?: (_sacv_orchestrator_v1_Project)[];
}

export interface ListProjectsResponse__Output {
  'projects': (_sacv_orchestrator_v1_Project__Output)[];
}
