// Original file: proto/sacv/media/v1/media.proto

import type { VideoSegment as _sacv_media_v1_VideoSegment, VideoSegment__Output as _sacv_media_v1_VideoSegment__Output } from '../../../sacv/media/v1/VideoSegment.ts';

export interface BuildVideoRequest {
  'source'?: (string);
  /**
   * Folder for the pieces: created; a folder an earlier call made is rebuilt.
   */
  'output_dir'?: (string);
  'segments'?: (_sacv_media_v1_VideoSegment)[];
}

export interface BuildVideoRequest__Output {
  'source': (string);
  /**
   * Folder for the pieces: created; a folder an earlier call made is rebuilt.
   */
  'output_dir': (string);
  'segments': (_sacv_media_v1_VideoSegment__Output)[];
}
