// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface ReadDraftZipRequest {
  'project_id'?: (string);
  /**
   * Which draft: its draft_dir as the task result gave it (relative to the
   * data dir); empty means the project's newest draft.
   */
  'draft_dir'?: (string);
}

export interface ReadDraftZipRequest__Output {
  'project_id': (string);
  /**
   * Which draft: its draft_dir as the task result gave it (relative to the
   * data dir); empty means the project's newest draft.
   */
  'draft_dir': (string);
}
