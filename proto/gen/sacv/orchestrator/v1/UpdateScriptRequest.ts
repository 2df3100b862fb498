// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface UpdateScriptRequest {
  'project_id'?: (string);
  'script_json'?: (string);
}

export interface UpdateScriptRequest__Output {
  'project_id': (string);
  'script_json': (string);
}
