// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface ScopeConfig {
  'max_workers'?: (number);
  'override'?: (boolean);
}

export interface ScopeConfig__Output {
  'max_workers': (number);
  'override': (boolean);
}
