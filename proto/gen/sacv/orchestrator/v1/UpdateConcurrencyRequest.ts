// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { ScopeConfigPatch as _sacv_orchestrator_v1_ScopeConfigPatch, ScopeConfigPatch__Output as _sacv_orchestrator_v1_ScopeConfigPatch__Output } from '../../../sacv/orchestrator/v1/ScopeConfigPatch.ts';

export interface UpdateConcurrencyRequest {
  'scopes'?: ({[key: string]: _sacv_orchestrator_v1_ScopeConfigPatch});
  /**
   * A patch with max_workers but no override leaves override as it was (the HTTP API's
   * semantics); false keeps the older rule that naming a value also sets override.
   */
  'keep_override'?: (boolean);
}

export interface UpdateConcurrencyRequest__Output {
  'scopes': ({[key: string]: _sacv_orchestrator_v1_ScopeConfigPatch__Output});
  /**
   * A patch with max_workers but no override leaves override as it was (the HTTP API's
   * semantics); false keeps the older rule that naming a value also sets override.
   */
  'keep_override': (boolean);
}
