// Original file: proto/sacv/media/v1/media.proto

import type { AudioSegment as _sacv_media_v1_AudioSegment, AudioSegment__Output as _sacv_media_v1_AudioSegment__Output } from '../../../sacv/media/v1/AudioSegment.ts';
import type { LoudnessOptions as _sacv_common_v1_LoudnessOptions, LoudnessOptions__Output as _sacv_common_v1_LoudnessOptions__Output } from '../../../sacv/common/v1/LoudnessOptions.ts';
import type { BgmOptions as _sacv_common_v1_BgmOptions, BgmOptions__Output as _sacv_common_v1_BgmOptions__Output } from '../../../sacv/common/v1/BgmOptions.ts';

export interface BuildAudioRequest {
  'source'?: (string);
  /**
   * The track, .m4a (AAC 192 kbit/s, 48 kHz stereo).
   */
  'output'?: (string);
  'segments'?: (_sacv_media_v1_AudioSegment)[];
  /**
   * Narration longer than its slot beyond the tempo window: "trim" (default), "extend"
   * (more footage), "freeze" (last frame held) or "slow" (the clip slowed down).
   */
  'overflow'?: (string);
  /**
   * Gain of the original sound under narration in mixed segments; 0 means 0.2.
   */
  'duck_volume'?: (number | string);
  /**
   * Tempo window; 0 means 1.15.
   */
  'max_tempo'?: (number | string);
  /**
   * Loudness normalisation of the whole track (measured after the music is mixed in), applied
   * in the track's one AAC encode. Unset or enabled = false: none.
   */
  'loudness'?: (_sacv_common_v1_LoudnessOptions | null);
  /**
   * Background music under the whole track, ducked under narration. Unset: none.
   */
  'bgm'?: (_sacv_common_v1_BgmOptions | null);
}

export interface BuildAudioRequest__Output {
  'source': (string);
  /**
   * The track, .m4a (AAC 192 kbit/s, 48 kHz stereo).
   */
  'output': (string);
  'segments': (_sacv_media_v1_AudioSegment__Output)[];
  /**
   * Narration longer than its slot beyond the tempo window: "trim" (default), "extend"
   * (more footage), "freeze" (last frame held) or "slow" (the clip slowed down).
   */
  'overflow': (string);
  /**
   * Gain of the original sound under narration in mixed segments; 0 means 0.2.
   */
  'duck_volume': (number);
  /**
   * Tempo window; 0 means 1.15.
   */
  'max_tempo': (number);
  /**
   * Loudness normalisation of the whole track (measured after the music is mixed in), applied
   * in the track's one AAC encode. Unset or enabled = false: none.
   */
  'loudness': (_sacv_common_v1_LoudnessOptions__Output | null);
  /**
   * Background music under the whole track, ducked under narration. Unset: none.
   */
  'bgm': (_sacv_common_v1_BgmOptions__Output | null);
}
