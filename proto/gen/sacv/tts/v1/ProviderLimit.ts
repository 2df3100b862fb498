// Original file: proto/sacv/tts/v1/tts.proto


export interface ProviderLimit {
  'provider'?: (string);
  'limit'?: (number);
  'in_flight'?: (number);
  'queued'?: (number);
}

export interface ProviderLimit__Output {
  'provider': (string);
  'limit': (number);
  'in_flight': (number);
  'queued': (number);
}
