// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface ResizeConcurrencyRequest {
  /**
   * Empty means every scope.
   */
  'scopes'?: (string)[];
}

export interface ResizeConcurrencyRequest__Output {
  /**
   * Empty means every scope.
   */
  'scopes': (string)[];
}
