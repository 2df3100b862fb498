// Original file: proto/sacv/media/v1/media.proto

import type { BuildAudioResult as _sacv_media_v1_BuildAudioResult, BuildAudioResult__Output as _sacv_media_v1_BuildAudioResult__Output } from '../../../sacv/media/v1/BuildAudioResult.ts';

export interface BuildAudioProgress {
  'progress'?: (number | string);
  /**
   * Segments whose audio was written since the last message.
   */
  'ready'?: (number)[];
  'done'?: (boolean);
  'result'?: (_sacv_media_v1_BuildAudioResult | null);
}

export interface BuildAudioProgress__Output {
  'progress': (number);
  /**
   * Segments whose audio was written since the last message.
   */
  'ready': (number)[];
  'done': (boolean);
  'result': (_sacv_media_v1_BuildAudioResult__Output | null);
}
