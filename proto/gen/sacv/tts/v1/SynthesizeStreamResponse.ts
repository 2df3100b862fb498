// Original file: proto/sacv/tts/v1/tts.proto

import type { SynthesizeResult as _sacv_tts_v1_SynthesizeResult, SynthesizeResult__Output as _sacv_tts_v1_SynthesizeResult__Output } from '../../../sacv/tts/v1/SynthesizeResult.ts';
import type { ItemError as _sacv_tts_v1_ItemError, ItemError__Output as _sacv_tts_v1_ItemError__Output } from '../../../sacv/tts/v1/ItemError.ts';

export interface SynthesizeStreamResponse {
  'result'?: (_sacv_tts_v1_SynthesizeResult | null);
  'error'?: (_sacv_tts_v1_ItemError | null);
  'item'?: "result"|"error";
}

export interface SynthesizeStreamResponse__Output {
  'result'?: (_sacv_tts_v1_SynthesizeResult__Output | null);
  'error'?: (_sacv_tts_v1_ItemError__Output | null);
  'item'?: "result"|"error";
}
