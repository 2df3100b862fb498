// Original file: proto/sacv/media/v1/media.proto

import type { MuxSegment as _sacv_media_v1_MuxSegment, MuxSegment__Output as _sacv_media_v1_MuxSegment__Output } from '../../../sacv/media/v1/MuxSegment.ts';
import type { OutputFrame as _sacv_common_v1_OutputFrame, OutputFrame__Output as _sacv_common_v1_OutputFrame__Output } from '../../../sacv/common/v1/OutputFrame.ts';
import type { SubtitleStyle as _sacv_common_v1_SubtitleStyle, SubtitleStyle__Output as _sacv_common_v1_SubtitleStyle__Output } from '../../../sacv/common/v1/SubtitleStyle.ts';

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
  /**
   * A final render of the joined video (frame, fps, burned-in subtitles) instead of the
   * stream copy; the audio is copied as built. Unset or all default: stream copy.
   */
  'frame'?: (_sacv_common_v1_OutputFrame | null);
  'subtitle_style'?: (_sacv_common_v1_SubtitleStyle | null);
  /**
   * SubRip file (output timeline) burned in when subtitle_style.burn is set.
   */
  'subtitles'?: (string);
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
  /**
   * A final render of the joined video (frame, fps, burned-in subtitles) instead of the
   * stream copy; the audio is copied as built. Unset or all default: stream copy.
   */
  'frame': (_sacv_common_v1_OutputFrame__Output | null);
  'subtitle_style': (_sacv_common_v1_SubtitleStyle__Output | null);
  /**
   * SubRip file (output timeline) burned in when subtitle_style.burn is set.
   */
  'subtitles': (string);
}
