// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { ScopeConfigPatch as _sacv_orchestrator_v1_ScopeConfigPatch, ScopeConfigPatch__Output as _sacv_orchestrator_v1_ScopeConfigPatch__Output } from '../../../sacv/orchestrator/v1/ScopeConfigPatch.ts';

export interface UpdateConcurrencyRequest {
  'scopes'?: ({[key: string]: _sacv_orchestrator_v1_ScopeConfigPatch});
}

export interface UpdateConcurrencyRequest__Output {
  'scopes': ({[key: string]: _sacv_orchestrator_v1_ScopeConfigPatch__Output});
}
