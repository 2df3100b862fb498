// Original file: proto/sacv/media/v1/media.proto

import type { MuxVideoResult as _sacv_media_v1_MuxVideoResult, MuxVideoResult__Output as _sacv_media_v1_MuxVideoResult__Output } from '../../../sacv/media/v1/MuxVideoResult.ts';

export interface MuxVideoProgress {
  'progress'?: (number | string);
  /**
   * patch (pieces of lengthened slots), mux, verify, reencode (after a failed check), or
   * render (the final pass for frame/fps/burned-in subtitles).
   */
  'stage'?: (string);
  'done'?: (boolean);
  'result'?: (_sacv_media_v1_MuxVideoResult | null);
}

export interface MuxVideoProgress__Output {
  'progress': (number);
  /**
   * patch (pieces of lengthened slots), mux, verify, reencode (after a failed check), or
   * render (the final pass for frame/fps/burned-in subtitles).
   */
  'stage': (string);
  'done': (boolean);
  'result': (_sacv_media_v1_MuxVideoResult__Output | null);
}
