// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface ScopeConfigPatch {
  'max_workers'?: (number);
  'override'?: (boolean);
  '_max_workers'?: "max_workers";
  '_override'?: "override";
}

export interface ScopeConfigPatch__Output {
  'max_workers'?: (number);
  'override'?: (boolean);
  '_max_workers'?: "max_workers";
  '_override'?: "override";
}
