// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface DependencyStatus {
  'name'?: (string);
  'ready'?: (boolean);
  'detail'?: (string);
}

export interface DependencyStatus__Output {
  'name': (string);
  'ready': (boolean);
  'detail': (string);
}
