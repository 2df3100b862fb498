// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface TaskSegment {
  'segment_id'?: (string);
  'index'?: (number);
  /**
   * "narration", "original" or "mixed".
   */
  'kind'?: (string);
  'status'?: (string);
  'strategy'?: (string);
  'provider'?: (string);
  'attempts'?: (number);
  'duration'?: (number | string);
  'tts_duration'?: (number | string);
  'error'?: (string);
}

export interface TaskSegment__Output {
  'segment_id': (string);
  'index': (number);
  /**
   * "narration", "original" or "mixed".
   */
  'kind': (string);
  'status': (string);
  'strategy': (string);
  'provider': (string);
  'attempts': (number);
  'duration': (number);
  'tts_duration': (number);
  'error': (string);
}
