// Original file: proto/sacv/media/v1/media.proto

import type { AlignedSegment as _sacv_media_v1_AlignedSegment, AlignedSegment__Output as _sacv_media_v1_AlignedSegment__Output } from '../../../sacv/media/v1/AlignedSegment.ts';
import type { LoudnessReport as _sacv_common_v1_LoudnessReport, LoudnessReport__Output as _sacv_common_v1_LoudnessReport__Output } from '../../../sacv/common/v1/LoudnessReport.ts';

export interface BuildAudioResult {
  'output'?: (string);
  'duration'?: (number | string);
  'segments'?: (_sacv_media_v1_AlignedSegment)[];
  /**
   * Set when loudness normalisation was asked for.
   */
  'loudness'?: (_sacv_common_v1_LoudnessReport | null);
}

export interface BuildAudioResult__Output {
  'output': (string);
  'duration': (number);
  'segments': (_sacv_media_v1_AlignedSegment__Output)[];
  /**
   * Set when loudness normalisation was asked for.
   */
  'loudness': (_sacv_common_v1_LoudnessReport__Output | null);
}
