// Original file: proto/sacv/media/v1/media.proto


export interface NormalizeLoudnessResult {
  'output'?: (string);
  'input_lufs'?: (number | string);
  'output_lufs'?: (number | string);
  'duration'?: (number | string);
  'trimmed_seconds'?: (number | string);
}

export interface NormalizeLoudnessResult__Output {
  'output': (string);
  'input_lufs': (number);
  'output_lufs': (number);
  'duration': (number);
  'trimmed_seconds': (number);
}
