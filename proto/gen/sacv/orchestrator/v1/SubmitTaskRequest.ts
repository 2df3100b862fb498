// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { TtsOptions as _sacv_common_v1_TtsOptions, TtsOptions__Output as _sacv_common_v1_TtsOptions__Output } from '../../../sacv/common/v1/TtsOptions.ts';

export interface SubmitTaskRequest {
  'project_id'?: (string);
  /**
   * "generate_video" or "generate_jianying_draft".
   */
  'scope'?: (string);
  'tts'?: (_sacv_common_v1_TtsOptions | null);
  /**
   * Drafts directory for generate_jianying_draft; empty means the default.
   */
  'draft_dir'?: (string);
  /**
   * Alignment overflow policy: "trim" (default), "extend" or "freeze".
   */
  'overflow'?: (string);
}

export interface SubmitTaskRequest__Output {
  'project_id': (string);
  /**
   * "generate_video" or "generate_jianying_draft".
   */
  'scope': (string);
  'tts': (_sacv_common_v1_TtsOptions__Output | null);
  /**
   * Drafts directory for generate_jianying_draft; empty means the default.
   */
  'draft_dir': (string);
  /**
   * Alignment overflow policy: "trim" (default), "extend" or "freeze".
   */
  'overflow': (string);
}
