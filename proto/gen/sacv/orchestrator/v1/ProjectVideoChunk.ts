// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { Long } from '@grpc/proto-loader';

export interface ProjectVideoChunk {
  /**
   * First message only.
   */
  'project_id'?: (string);
  'upload_id'?: (string);
  'chunk_index'?: (number);
  'total_chunks'?: (number);
  'file_name'?: (string);
  'file_size'?: (number | string | Long);
  /**
   * Largest accepted whole file (the gateway's SACV_UPLOAD_MAX_BYTES); 0 = no limit.
   */
  'max_bytes'?: (number | string | Long);
  'data'?: (Buffer | Uint8Array | string);
}

export interface ProjectVideoChunk__Output {
  /**
   * First message only.
   */
  'project_id': (string);
  'upload_id': (string);
  'chunk_index': (number);
  'total_chunks': (number);
  'file_name': (string);
  'file_size': (number);
  /**
   * Largest accepted whole file (the gateway's SACV_UPLOAD_MAX_BYTES); 0 = no limit.
   */
  'max_bytes': (number);
  'data': (Buffer);
}
