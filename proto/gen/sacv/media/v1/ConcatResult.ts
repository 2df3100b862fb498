// Original file: proto/sacv/media/v1/media.proto


export interface ConcatResult {
  'output'?: (string);
  'duration'?: (number | string);
  'video_duration'?: (number | string);
  'audio_duration'?: (number | string);
}

export interface ConcatResult__Output {
  'output': (string);
  'duration': (number);
  'video_duration': (number);
  'audio_duration': (number);
}
