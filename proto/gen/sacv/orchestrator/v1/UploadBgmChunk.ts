// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface UploadBgmChunk {
  /**
   * First message only.
   */
  'project_id'?: (string);
  'filename'?: (string);
  'data'?: (Buffer | Uint8Array | string);
}

export interface UploadBgmChunk__Output {
  /**
   * First message only.
   */
  'project_id': (string);
  'filename': (string);
  'data': (Buffer);
}
