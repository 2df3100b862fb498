// Original file: proto/sacv/media/v1/media.proto


export interface AlignNarrationResult {
  'output'?: (string);
  /**
   * "exact", "speed_up", "slow_down", "trim", "pad", "extend" or "freeze".
   */
  'strategy'?: (string);
  /**
   * atempo factor applied (1 when none).
   */
  'tempo'?: (number | string);
  'narration_duration'?: (number | string);
  'clip_duration'?: (number | string);
  'duration'?: (number | string);
  'video_duration'?: (number | string);
  'audio_duration'?: (number | string);
}

export interface AlignNarrationResult__Output {
  'output': (string);
  /**
   * "exact", "speed_up", "slow_down", "trim", "pad", "extend" or "freeze".
   */
  'strategy': (string);
  /**
   * atempo factor applied (1 when none).
   */
  'tempo': (number);
  'narration_duration': (number);
  'clip_duration': (number);
  'duration': (number);
  'video_duration': (number);
  'audio_duration': (number);
}
