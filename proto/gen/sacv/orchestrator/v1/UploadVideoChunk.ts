// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface UploadVideoChunk {
  /**
   * First message only.
   */
  'filename'?: (string);
  'data'?: (Buffer | Uint8Array | string);
}

export interface UploadVideoChunk__Output {
  /**
   * First message only.
   */
  'filename': (string);
  'data': (Buffer);
}
