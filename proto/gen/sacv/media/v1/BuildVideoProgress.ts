// Original file: proto/sacv/media/v1/media.proto

import type { BuildVideoResult as _sacv_media_v1_BuildVideoResult, BuildVideoResult__Output as _sacv_media_v1_BuildVideoResult__Output } from '../../../sacv/media/v1/BuildVideoResult.ts';

export interface BuildVideoProgress {
  /**
   * 0..1
   */
  'progress'?: (number | string);
  /**
   * Segments whose video became ready since the last message.
   */
  'ready'?: (number)[];
  'done'?: (boolean);
  /**
   * Set on the final message only.
   */
  'result'?: (_sacv_media_v1_BuildVideoResult | null);
}

export interface BuildVideoProgress__Output {
  /**
   * 0..1
   */
  'progress': (number);
  /**
   * Segments whose video became ready since the last message.
   */
  'ready': (number)[];
  'done': (boolean);
  /**
   * Set on the final message only.
   */
  'result': (_sacv_media_v1_BuildVideoResult__Output | null);
}
