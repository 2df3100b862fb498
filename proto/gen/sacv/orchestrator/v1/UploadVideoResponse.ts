// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { Long } from '@grpc/proto-loader';

export interface UploadVideoResponse {
  'video_path'?: (string);
  'size'?: (number | string | Long);
}

export interface UploadVideoResponse__Output {
  'video_path': (string);
  'size': (number);
}
