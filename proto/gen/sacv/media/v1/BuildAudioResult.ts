// Original file: proto/sacv/media/v1/media.proto

import type { AlignedSegment as _sacv_media_v1_AlignedSegment, AlignedSegment__Output as _sacv_media_v1_AlignedSegment__Output } from '../../../sacv/media/v1/AlignedSegment.ts';

export interface BuildAudioResult {
  'output'?: (string);
  'duration'?: (number | string);
  'segments'?: (_sacv_media_v1_AlignedSegment)[];
}

export interface BuildAudioResult__Output {
  'output': (string);
  'duration': (number);
  'segments': (_sacv_media_v1_AlignedSegment__Output)[];
}
