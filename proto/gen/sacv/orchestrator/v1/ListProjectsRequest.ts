// Original file: proto/sacv/orchestrator/v1/orchestrator.proto


export interface ListProjectsRequest {
}

export interface ListProjectsRequest__Output {
}
