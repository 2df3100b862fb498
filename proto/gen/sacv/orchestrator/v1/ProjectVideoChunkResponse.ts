// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { Long } from '@grpc/proto-loader';

export interface ProjectVideoChunkResponse {
  'upload_id'?: (string);
  'chunk_index'?: (number);
  'chunk_size'?: (number | string | Long);
  'uploaded_chunks'?: (number);
  'total_chunks'?: (number);
}

export interface ProjectVideoChunkResponse__Output {
  'upload_id': (string);
  'chunk_index': (number);
  'chunk_size': (number);
  'uploaded_chunks': (number);
  'total_chunks': (number);
}
