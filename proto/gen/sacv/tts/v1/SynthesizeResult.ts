// Original file: proto/sacv/tts/v1/tts.proto

import type { WordTiming as _sacv_tts_v1_WordTiming, WordTiming__Output as _sacv_tts_v1_WordTiming__Output } from '../../../sacv/tts/v1/WordTiming.ts';

export interface SynthesizeResult {
  'request_id'?: (string);
  'audio'?: (Buffer | Uint8Array | string);
  'codec'?: (string);
  'sample_rate'?: (number);
  'duration_ms'?: (number);
  'provider'?: (string);
  'attempts'?: (number);
  'cached'?: (boolean);
  'voice'?: (string);
  /**
   * Number of provider calls the text was split into.
   */
  'chunks'?: (number);
  /**
   * Word timings, from providers that report them (edge, tencent); empty otherwise.
   */
  'words'?: (_sacv_tts_v1_WordTiming)[];
}

export interface SynthesizeResult__Output {
  'request_id': (string);
  'audio': (Buffer);
  'codec': (string);
  'sample_rate': (number);
  'duration_ms': (number);
  'provider': (string);
  'attempts': (number);
  'cached': (boolean);
  'voice': (string);
  /**
   * Number of provider calls the text was split into.
   */
  'chunks': (number);
  /**
   * Word timings, from providers that report them (edge, tencent); empty otherwise.
   */
  'words': (_sacv_tts_v1_WordTiming__Output)[];
}
