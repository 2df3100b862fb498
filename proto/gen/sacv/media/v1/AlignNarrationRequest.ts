// Original file: proto/sacv/media/v1/media.proto


export interface AlignNarrationRequest {
  /**
   * The clip (video, with or without audio).
   */
  'clip'?: (string);
  /**
   * The narration audio (any format ffmpeg reads).
   */
  'narration'?: (string);
  'output'?: (string);
  /**
   * What to do when the narration is longer than the clip beyond the tempo
   * window: "trim" (default), "extend" (take more of the following footage
   * from source), or "freeze" (hold the clip's last frame).
   */
  'overflow'?: (string);
  /**
   * "replace" (default): narration is the clip's audio. "duck": narration over
   * the clip's original audio at duck_volume.
   */
  'mix'?: (string);
  /**
   * Linear gain of the original audio when mix = "duck"; 0 means 0.2.
   */
  'duck_volume'?: (number | string);
  /**
   * For overflow = "extend": the source video and where the clip starts in it.
   */
  'source'?: (string);
  'source_start'?: (number | string);
  /**
   * Tempo window; 0 means 1.15.
   */
  'max_tempo'?: (number | string);
}

export interface AlignNarrationRequest__Output {
  /**
   * The clip (video, with or without audio).
   */
  'clip': (string);
  /**
   * The narration audio (any format ffmpeg reads).
   */
  'narration': (string);
  'output': (string);
  /**
   * What to do when the narration is longer than the clip beyond the tempo
   * window: "trim" (default), "extend" (take more of the following footage
   * from source), or "freeze" (hold the clip's last frame).
   */
  'overflow': (string);
  /**
   * "replace" (default): narration is the clip's audio. "duck": narration over
   * the clip's original audio at duck_volume.
   */
  'mix': (string);
  /**
   * Linear gain of the original audio when mix = "duck"; 0 means 0.2.
   */
  'duck_volume': (number);
  /**
   * For overflow = "extend": the source video and where the clip starts in it.
   */
  'source': (string);
  'source_start': (number);
  /**
   * Tempo window; 0 means 1.15.
   */
  'max_tempo': (number);
}
