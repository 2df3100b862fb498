// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { ScopeConfig as _sacv_orchestrator_v1_ScopeConfig, ScopeConfig__Output as _sacv_orchestrator_v1_ScopeConfig__Output } from '../../../sacv/orchestrator/v1/ScopeConfig.ts';
import type { ScopeEffective as _sacv_orchestrator_v1_ScopeEffective, ScopeEffective__Output as _sacv_orchestrator_v1_ScopeEffective__Output } from '../../../sacv/orchestrator/v1/ScopeEffective.ts';

export interface ConcurrencyState {
  'config'?: ({[key: string]: _sacv_orchestrator_v1_ScopeConfig});
  'effective'?: ({[key: string]: _sacv_orchestrator_v1_ScopeEffective});
}

export interface ConcurrencyState__Output {
  'config': ({[key: string]: _sacv_orchestrator_v1_ScopeConfig__Output});
  'effective': ({[key: string]: _sacv_orchestrator_v1_ScopeEffective__Output});
}
