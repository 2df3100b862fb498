// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface ScopeEffective {
  'max_workers'?: (number);
  /**
   * "user", "env" or "recommended".
   */
  'source'?: (string);
}

export interface ScopeEffective__Output {
  'max_workers': (number);
  /**
   * "user", "env" or "recommended".
   */
  'source': (string);
}
