// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface CheckReadyRequest {
}

export interface CheckReadyRequest__Output {
}
