// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface ListTtsConfigsRequest {
}

export interface ListTtsConfigsRequest__Output {
}
