// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface JianyingDraftPath {
  /**
   * Absolute path ("" when unset: drafts go to <data>/jianying_drafts).
   */
  'path'?: (string);
  'exists'?: (boolean);
  /**
   * The directory drafts go to when a request names none.
   */
  'effective'?: (string);
}

export interface JianyingDraftPath__Output {
  /**
   * Absolute path ("" when unset: drafts go to <data>/jianying_drafts).
   */
  'path': (string);
  'exists': (boolean);
  /**
   * The directory drafts go to when a request names none.
   */
  'effective': (string);
}
