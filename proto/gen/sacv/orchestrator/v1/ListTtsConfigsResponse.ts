// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { TtsConfig as _sacv_orchestrator_v1_TtsConfig, TtsConfig__Output as _sacv_orchestrator_v1_TtsConfig__Output } from '../../../sacv/orchestrator/v1/TtsConfig.ts';

export interface ListTtsConfigsResponse {
  'configs'?: (_sacv_orchestrator_v1_TtsConfig)[];
  /**
   * "" when no config is active.
   */
  'active_config_id'?: (string);
}

export interface ListTtsConfigsResponse__Output {
  'configs': (_sacv_orchestrator_v1_TtsConfig__Output)[];
  /**
   * "" when no config is active.
   */
  'active_config_id': (string);
}
