// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { StringList as _sacv_orchestrator_v1_StringList, StringList__Output as _sacv_orchestrator_v1_StringList__Output } from '../../../sacv/orchestrator/v1/StringList.ts';

export interface UpdateProjectRequest {
  'project_id'?: (string);
  'name'?: (string);
  'description'?: (string);
  'narration_type'?: (string);
  'project_type'?: (string);
  'status'?: (string);
  'video_path'?: (string);
  /**
   * Set to replace the list (entries must be inside the media root).
   */
  'video_paths'?: (_sacv_orchestrator_v1_StringList | null);
  'merged_video_path'?: (string);
  'script_json'?: (string);
  /**
   * A JSON object merged into extra_json (a null value removes a key).
   */
  'extra_json'?: (string);
  '_name'?: "name";
  '_description'?: "description";
  '_narration_type'?: "narration_type";
  '_project_type'?: "project_type";
  '_status'?: "status";
  '_video_path'?: "video_path";
  '_merged_video_path'?: "merged_video_path";
  '_script_json'?: "script_json";
  '_extra_json'?: "extra_json";
}

export interface UpdateProjectRequest__Output {
  'project_id': (string);
  'name'?: (string);
  'description'?: (string);
  'narration_type'?: (string);
  'project_type'?: (string);
  'status'?: (string);
  'video_path'?: (string);
  /**
   * Set to replace the list (entries must be inside the media root).
   */
  'video_paths': (_sacv_orchestrator_v1_StringList__Output | null);
  'merged_video_path'?: (string);
  'script_json'?: (string);
  /**
   * A JSON object merged into extra_json (a null value removes a key).
   */
  'extra_json'?: (string);
  '_name'?: "name";
  '_description'?: "description";
  '_narration_type'?: "narration_type";
  '_project_type'?: "project_type";
  '_status'?: "status";
  '_video_path'?: "video_path";
  '_merged_video_path'?: "merged_video_path";
  '_script_json'?: "script_json";
  '_extra_json'?: "extra_json";
}
