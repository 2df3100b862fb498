// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface CreateProjectRequest {
  'name'?: (string);
  'video_path'?: (string);
  'script_json'?: (string);
}

export interface CreateProjectRequest__Output {
  'name': (string);
  'video_path': (string);
  'script_json': (string);
}
