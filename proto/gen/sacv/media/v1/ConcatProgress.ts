// Original file: proto/sacv/media/v1/media.proto

import type { ConcatResult as _sacv_media_v1_ConcatResult, ConcatResult__Output as _sacv_media_v1_ConcatResult__Output } from '../../../sacv/media/v1/ConcatResult.ts';

export interface ConcatProgress {
  /**
   * 0..1
   */
  'progress'?: (number | string);
  'out_time'?: (number | string);
  'total_duration'?: (number | string);
  'done'?: (boolean);
  /**
   * Set on the final message only.
   */
  'result'?: (_sacv_media_v1_ConcatResult | null);
}

export interface ConcatProgress__Output {
  /**
   * 0..1
   */
  'progress': (number);
  'out_time': (number);
  'total_duration': (number);
  'done': (boolean);
  /**
   * Set on the final message only.
   */
  'result': (_sacv_media_v1_ConcatResult__Output | null);
}
