// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { DependencyStatus as _sacv_orchestrator_v1_DependencyStatus, DependencyStatus__Output as _sacv_orchestrator_v1_DependencyStatus__Output } from '../../../sacv/orchestrator/v1/DependencyStatus.ts';

export interface CheckReadyResponse {
  'ready'?: (boolean);
  'dependencies'?: (_sacv_orchestrator_v1_DependencyStatus)[];
}

export interface CheckReadyResponse__Output {
  'ready': (boolean);
  'dependencies': (_sacv_orchestrator_v1_DependencyStatus__Output)[];
}
