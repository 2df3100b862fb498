// Original file: proto/sacv/media/v1/media.proto


export interface ProbeResult {
  'path'?: (string);
  /**
   * Container duration, seconds.
   */
  'duration'?: (number | string);
  'has_video'?: (boolean);
  'has_audio'?: (boolean);
  'video_duration'?: (number | string);
  'audio_duration'?: (number | string);
  'fps'?: (number | string);
  'width'?: (number);
  'height'?: (number);
  'video_codec'?: (string);
  'audio_codec'?: (string);
  'sample_rate'?: (number);
  'channels'?: (number);
  'format'?: (string);
}

export interface ProbeResult__Output {
  'path': (string);
  /**
   * Container duration, seconds.
   */
  'duration': (number);
  'has_video': (boolean);
  'has_audio': (boolean);
  'video_duration': (number);
  'audio_duration': (number);
  'fps': (number);
  'width': (number);
  'height': (number);
  'video_codec': (string);
  'audio_codec': (string);
  'sample_rate': (number);
  'channels': (number);
  'format': (string);
}
