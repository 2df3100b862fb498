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
}
