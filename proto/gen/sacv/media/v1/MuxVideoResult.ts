// Original file: proto/sacv/media/v1/media.proto

import type { SegmentTiming as _sacv_media_v1_SegmentTiming, SegmentTiming__Output as _sacv_media_v1_SegmentTiming__Output } from '../../../sacv/media/v1/SegmentTiming.ts';

export interface MuxVideoResult {
  'output'?: (string);
  'duration'?: (number | string);
  'video_duration'?: (number | string);
  'audio_duration'?: (number | string);
  /**
   * copy, smart or encode (see BuildVideoResult.mode).
   */
  'mode'?: (string);
  'reason'?: (string);
  'copied_seconds'?: (number | string);
  'encoded_seconds'?: (number | string);
  'segments'?: (_sacv_media_v1_SegmentTiming)[];
}

export interface MuxVideoResult__Output {
  'output': (string);
  'duration': (number);
  'video_duration': (number);
  'audio_duration': (number);
  /**
   * copy, smart or encode (see BuildVideoResult.mode).
   */
  'mode': (string);
  'reason': (string);
  'copied_seconds': (number);
  'encoded_seconds': (number);
  'segments': (_sacv_media_v1_SegmentTiming__Output)[];
}
