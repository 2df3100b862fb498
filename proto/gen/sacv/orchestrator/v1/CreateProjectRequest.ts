// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface CreateProjectRequest {
  'name'?: (string);
  /**
   * Optional: a project may be created first and get its video by upload.
   */
  'video_path'?: (string);
  'script_json'?: (string);
  'description'?: (string);
  'narration_type'?: (string);
  'project_type'?: (string);
}

export interface CreateProjectRequest__Output {
  'name': (string);
  /**
   * Optional: a project may be created first and get its video by upload.
   */
  'video_path': (string);
  'script_json': (string);
  'description': (string);
  'narration_type': (string);
  'project_type': (string);
}
