// Original file: proto/sacv/media/v1/media.proto


export interface CutClipRequest {
  'input'?: (string);
  'output'?: (string);
  /**
   * Seconds in the input.
   */
  'start'?: (number | string);
  'end'?: (number | string);
  /**
   * Drop the audio stream (a narration will replace it anyway).
   */
  'drop_audio'?: (boolean);
}

export interface CutClipRequest__Output {
  'input': (string);
  'output': (string);
  /**
   * Seconds in the input.
   */
  'start': (number);
  'end': (number);
  /**
   * Drop the audio stream (a narration will replace it anyway).
   */
  'drop_audio': (boolean);
}
