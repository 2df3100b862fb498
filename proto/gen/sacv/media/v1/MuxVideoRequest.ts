// Original file: proto/sacv/media/v1/media.proto

import type { MuxSegment as _sacv_media_v1_MuxSegment, MuxSegment__Output as _sacv_media_v1_MuxSegment__Output } from '../../../sacv/media/v1/MuxSegment.ts';

export interface MuxVideoRequest {
  'source'?: (string);
  /**
   * BuildVideo's folder.
   */
  'video_dir'?: (string);
  /**
   * BuildAudio's output.
   */
  'audio'?: (string);
  'output'?: (string);
  'segments'?: (_sacv_media_v1_MuxSegment)[];
}

export interface MuxVideoRequest__Output {
  'source': (string);
  /**
   * BuildVideo's folder.
   */
  'video_dir': (string);
  /**
   * BuildAudio's output.
   */
  'audio': (string);
  'output': (string);
  'segments': (_sacv_media_v1_MuxSegment__Output)[];
}
