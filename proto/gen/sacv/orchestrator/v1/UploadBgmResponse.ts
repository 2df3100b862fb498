// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { Long } from '@grpc/proto-loader';

export interface UploadBgmResponse {
  /**
   * Relative to the media root: uploads/bgm/<project_id>/<uuid>_<name>.
   */
  'bgm_path'?: (string);
  'size'?: (number | string | Long);
  /**
   * Seconds, channels and sample rate of the music as probed.
   */
  'duration'?: (number | string);
  'channels'?: (number);
  'sample_rate'?: (number);
}

export interface UploadBgmResponse__Output {
  /**
   * Relative to the media root: uploads/bgm/<project_id>/<uuid>_<name>.
   */
  'bgm_path': (string);
  'size': (number);
  /**
   * Seconds, channels and sample rate of the music as probed.
   */
  'duration': (number);
  'channels': (number);
  'sample_rate': (number);
}
