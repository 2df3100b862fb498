// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { Long } from '@grpc/proto-loader';

export interface FileChunk {
  'data'?: (Buffer | Uint8Array | string);
  /**
   * Set on the first chunk.
   */
  'total_size'?: (number | string | Long);
  'offset'?: (number | string | Long);
  'filename'?: (string);
}

export interface FileChunk__Output {
  'data': (Buffer);
  /**
   * Set on the first chunk.
   */
  'total_size': (number);
  'offset': (number);
  'filename': (string);
}
