// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface UpdateTtsConfigRequest {
  'config_id'?: (string);
  'provider'?: (string);
  'secret_id'?: (string);
  'secret_key'?: (string);
  'region'?: (string);
  'description'?: (string);
  'enabled'?: (boolean);
  'active_voice_id'?: (string);
  'speed_ratio'?: (number | string);
  'extra_params_json'?: (string);
  'api_key'?: (string);
  'base_url'?: (string);
  '_provider'?: "provider";
  '_secret_id'?: "secret_id";
  '_secret_key'?: "secret_key";
  '_region'?: "region";
  '_description'?: "description";
  '_enabled'?: "enabled";
  '_active_voice_id'?: "active_voice_id";
  '_speed_ratio'?: "speed_ratio";
  '_extra_params_json'?: "extra_params_json";
  '_api_key'?: "api_key";
  '_base_url'?: "base_url";
}

export interface UpdateTtsConfigRequest__Output {
  'config_id': (string);
  'provider'?: (string);
  'secret_id'?: (string);
  'secret_key'?: (string);
  'region'?: (string);
  'description'?: (string);
  'enabled'?: (boolean);
  'active_voice_id'?: (string);
  'speed_ratio'?: (number);
  'extra_params_json'?: (string);
  'api_key'?: (string);
  'base_url'?: (string);
  '_provider'?: "provider";
  '_secret_id'?: "secret_id";
  '_secret_key'?: "secret_key";
  '_region'?: "region";
  '_description'?: "description";
  '_enabled'?: "enabled";
  '_active_voice_id'?: "active_voice_id";
  '_speed_ratio'?: "speed_ratio";
  '_extra_params_json'?: "extra_params_json";
  '_api_key'?: "api_key";
  '_base_url'?: "base_url";
}
