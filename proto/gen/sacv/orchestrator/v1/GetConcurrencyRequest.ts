// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface GetConcurrencyRequest {
}

export interface GetConcurrencyRequest__Output {
}
