// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface Project {
  'id'?: (string);
  'name'?: (string);
  'video_path'?: (string);
  /**
   * The script as JSON text ("" when none).
   */
  'script_json'?: (string);
  'output_video_path'?: (string);
  'jianying_draft_dirs'?: (string)[];
  'created_at'?: (string);
  'updated_at'?: (string);
  'description'?: (string);
  /**
   * "短剧解说" or "电影解说" (the superAIAutoCutVideo narration types).
   */
  'narration_type'?: (string);
  /**
   * "subtitle" or "visual".
   */
  'project_type'?: (string);
  /**
   * draft, processing, completed, failed: from the project's tasks, else as last set.
   */
  'status'?: (string);
  /**
   * Every uploaded source video (relative to the media root), in upload order.
   */
  'video_paths'?: (string)[];
  /**
   * Original file name of each entry of video_paths.
   */
  'video_names'?: ({[key: string]: string});
  'merged_video_path'?: (string);
  /**
   * The newest entry of jianying_draft_dirs ("" when none).
   */
  'jianying_draft_last_dir'?: (string);
  /**
   * Client-owned fields kept as given (script_length, subtitle_*, narration_copywriting, ...).
   */
  'extra_json'?: (string);
}

export interface Project__Output {
  'id': (string);
  'name': (string);
  'video_path': (string);
  /**
   * The script as JSON text ("" when none).
   */
  'script_json': (string);
  'output_video_path': (string);
  'jianying_draft_dirs': (string)[];
  'created_at': (string);
  'updated_at': (string);
  'description': (string);
  /**
   * "短剧解说" or "电影解说" (the superAIAutoCutVideo narration types).
   */
  'narration_type': (string);
  /**
   * "subtitle" or "visual".
   */
  'project_type': (string);
  /**
   * draft, processing, completed, failed: from the project's tasks, else as last set.
   */
  'status': (string);
  /**
   * Every uploaded source video (relative to the media root), in upload order.
   */
  'video_paths': (string)[];
  /**
   * Original file name of each entry of video_paths.
   */
  'video_names': ({[key: string]: string});
  'merged_video_path': (string);
  /**
   * The newest entry of jianying_draft_dirs ("" when none).
   */
  'jianying_draft_last_dir': (string);
  /**
   * Client-owned fields kept as given (script_length, subtitle_*, narration_copywriting, ...).
   */
  'extra_json': (string);
}
