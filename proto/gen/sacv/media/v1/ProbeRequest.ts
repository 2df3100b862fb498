// Original file: proto/sacv/media/v1/media.proto


export interface ProbeRequest {
  'path'?: (string);
}

export interface ProbeRequest__Output {
  'path': (string);
}
