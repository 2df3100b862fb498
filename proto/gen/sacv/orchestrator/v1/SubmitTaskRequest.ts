// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { TtsOptions as _sacv_common_v1_TtsOptions, TtsOptions__Output as _sacv_common_v1_TtsOptions__Output } from '../../../sacv/common/v1/TtsOptions.ts';
import type { SubtitleStyle as _sacv_common_v1_SubtitleStyle, SubtitleStyle__Output as _sacv_common_v1_SubtitleStyle__Output } from '../../../sacv/common/v1/SubtitleStyle.ts';
import type { OutputFrame as _sacv_common_v1_OutputFrame, OutputFrame__Output as _sacv_common_v1_OutputFrame__Output } from '../../../sacv/common/v1/OutputFrame.ts';
import type { LoudnessOptions as _sacv_common_v1_LoudnessOptions, LoudnessOptions__Output as _sacv_common_v1_LoudnessOptions__Output } from '../../../sacv/common/v1/LoudnessOptions.ts';
import type { BgmOptions as _sacv_common_v1_BgmOptions, BgmOptions__Output as _sacv_common_v1_BgmOptions__Output } from '../../../sacv/common/v1/BgmOptions.ts';

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
   * What happens to narration longer than its slot beyond the tempo window:
   * "trim" (MP4 default: cut to the slot), or keep all speech and lengthen the
   * slot, shifting what follows: "slow" (the footage slowed down; the draft
   * default), "freeze" (footage, then its last frame held) or "extend" (more
   * of the source after the segment, then the last frame held). Drafts never
   * trim: "trim" there means "slow".
   */
  'overflow'?: (string);
  /**
   * Tempo window and speed-up ceiling, 1 to 2; 0 means 1.15. Narration within
   * the window is sped up (or slowed) to fit its slot exactly.
   */
  'max_tempo'?: (number | string);
  /**
   * Draft tasks: the editor the draft is for, "jianying" (default) or "capcut".
   */
  'editor'?: (string);
  /**
   * Draft tasks: the editor's drafts folder on the editor's machine (e.g.
   * "C:/Users/me/AppData/Local/JianyingPro/User Data/Projects/com.lveditor.draft"),
   * written into the draft's meta so its list entry points at the right place.
   */
  'editor_drafts_root'?: (string);
  /**
   * generate_video: subtitles burned into the picture (re-encodes the video).
   */
  'subtitles'?: (_sacv_common_v1_SubtitleStyle | null);
  /**
   * generate_video: output size, aspect, fit and frame rate (re-encodes the video).
   */
  'output'?: (_sacv_common_v1_OutputFrame | null);
  /**
   * Video tasks: loudness normalisation of the MP4's audio. Unset means on, -16 LUFS,
   * -1.5 dBTP; set with enabled = false turns it off.
   */
  'loudness'?: (_sacv_common_v1_LoudnessOptions | null);
  /**
   * Video tasks: background music (a file in the media root, e.g. from UploadBgm).
   */
  'bgm'?: (_sacv_common_v1_BgmOptions | null);
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
   * What happens to narration longer than its slot beyond the tempo window:
   * "trim" (MP4 default: cut to the slot), or keep all speech and lengthen the
   * slot, shifting what follows: "slow" (the footage slowed down; the draft
   * default), "freeze" (footage, then its last frame held) or "extend" (more
   * of the source after the segment, then the last frame held). Drafts never
   * trim: "trim" there means "slow".
   */
  'overflow': (string);
  /**
   * Tempo window and speed-up ceiling, 1 to 2; 0 means 1.15. Narration within
   * the window is sped up (or slowed) to fit its slot exactly.
   */
  'max_tempo': (number);
  /**
   * Draft tasks: the editor the draft is for, "jianying" (default) or "capcut".
   */
  'editor': (string);
  /**
   * Draft tasks: the editor's drafts folder on the editor's machine (e.g.
   * "C:/Users/me/AppData/Local/JianyingPro/User Data/Projects/com.lveditor.draft"),
   * written into the draft's meta so its list entry points at the right place.
   */
  'editor_drafts_root': (string);
  /**
   * generate_video: subtitles burned into the picture (re-encodes the video).
   */
  'subtitles': (_sacv_common_v1_SubtitleStyle__Output | null);
  /**
   * generate_video: output size, aspect, fit and frame rate (re-encodes the video).
   */
  'output': (_sacv_common_v1_OutputFrame__Output | null);
  /**
   * Video tasks: loudness normalisation of the MP4's audio. Unset means on, -16 LUFS,
   * -1.5 dBTP; set with enabled = false turns it off.
   */
  'loudness': (_sacv_common_v1_LoudnessOptions__Output | null);
  /**
   * Video tasks: background music (a file in the media root, e.g. from UploadBgm).
   */
  'bgm': (_sacv_common_v1_BgmOptions__Output | null);
}
