// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface StringList {
  'values'?: (string)[];
}

export interface StringList__Output {
  'values': (string)[];
}
