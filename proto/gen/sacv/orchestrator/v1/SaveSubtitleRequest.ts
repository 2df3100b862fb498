// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface SaveSubtitleRequest {
  'project_id'?: (string);
  /**
   * SRT text.
   */
  'content'?: (string);
  /**
   * "user" (uploaded) or "edited".
   */
  'source'?: (string);
  'file_name'?: (string);
}

export interface SaveSubtitleRequest__Output {
  'project_id': (string);
  /**
   * SRT text.
   */
  'content': (string);
  /**
   * "user" (uploaded) or "edited".
   */
  'source': (string);
  'file_name': (string);
}
