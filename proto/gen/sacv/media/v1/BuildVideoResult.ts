// Original file: proto/sacv/media/v1/media.proto

import type { SegmentVideo as _sacv_media_v1_SegmentVideo, SegmentVideo__Output as _sacv_media_v1_SegmentVideo__Output } from '../../../sacv/media/v1/SegmentVideo.ts';

export interface BuildVideoResult {
  'output_dir'?: (string);
  /**
   * "copy" (every frame copied), "smart" (whole GOPs copied, edges re-encoded) or "encode".
   */
  'mode'?: (string);
  /**
   * Why frames could not be copied ("" when they could).
   */
  'reason'?: (string);
  'frames'?: (number);
  'duration'?: (number | string);
  'copied_seconds'?: (number | string);
  'encoded_seconds'?: (number | string);
  /**
   * Files written (encoded pieces, copied HEVC ranges).
   */
  'pieces'?: (number);
  'segments'?: (_sacv_media_v1_SegmentVideo)[];
}

export interface BuildVideoResult__Output {
  'output_dir': (string);
  /**
   * "copy" (every frame copied), "smart" (whole GOPs copied, edges re-encoded) or "encode".
   */
  'mode': (string);
  /**
   * Why frames could not be copied ("" when they could).
   */
  'reason': (string);
  'frames': (number);
  'duration': (number);
  'copied_seconds': (number);
  'encoded_seconds': (number);
  /**
   * Files written (encoded pieces, copied HEVC ranges).
   */
  'pieces': (number);
  'segments': (_sacv_media_v1_SegmentVideo__Output)[];
}
