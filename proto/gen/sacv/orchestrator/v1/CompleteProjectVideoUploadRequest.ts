// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { Long } from '@grpc/proto-loader';

export interface CompleteProjectVideoUploadRequest {
  'project_id'?: (string);
  'upload_id'?: (string);
  'file_name'?: (string);
  'file_size'?: (number | string | Long);
  'total_chunks'?: (number);
}

export interface CompleteProjectVideoUploadRequest__Output {
  'project_id': (string);
  'upload_id': (string);
  'file_name': (string);
  'file_size': (number);
  'total_chunks': (number);
}
