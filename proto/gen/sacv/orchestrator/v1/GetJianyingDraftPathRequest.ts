// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface GetJianyingDraftPathRequest {
}

export interface GetJianyingDraftPathRequest__Output {
}
