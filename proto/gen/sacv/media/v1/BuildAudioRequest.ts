// Original file: proto/sacv/media/v1/media.proto

import type { AudioSegment as _sacv_media_v1_AudioSegment, AudioSegment__Output as _sacv_media_v1_AudioSegment__Output } from '../../../sacv/media/v1/AudioSegment.ts';

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
}
