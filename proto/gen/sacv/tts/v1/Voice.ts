// Original file: proto/sacv/tts/v1/tts.proto


export interface Voice {
  'id'?: (string);
  'name'?: (string);
  'language'?: (string);
}

export interface Voice__Output {
  'id': (string);
  'name': (string);
  'language': (string);
}
