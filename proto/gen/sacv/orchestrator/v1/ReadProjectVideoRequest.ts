// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { Long } from '@grpc/proto-loader';

export interface ReadProjectVideoRequest {
  'project_id'?: (string);
  /**
   * "source" (video_path, the default) or "merged".
   */
  'kind'?: (string);
  'offset'?: (number | string | Long);
  /**
   * 0 means to the end.
   */
  'length'?: (number | string | Long);
}

export interface ReadProjectVideoRequest__Output {
  'project_id': (string);
  /**
   * "source" (video_path, the default) or "merged".
   */
  'kind': (string);
  'offset': (number);
  /**
   * 0 means to the end.
   */
  'length': (number);
}
