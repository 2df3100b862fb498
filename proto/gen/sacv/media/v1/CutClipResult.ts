// Original file: proto/sacv/media/v1/media.proto


export interface CutClipResult {
  'output'?: (string);
  'duration'?: (number | string);
  'video_duration'?: (number | string);
  'audio_duration'?: (number | string);
  'stream_copied'?: (boolean);
}

export interface CutClipResult__Output {
  'output': (string);
  'duration': (number);
  'video_duration': (number);
  'audio_duration': (number);
  'stream_copied': (boolean);
}
