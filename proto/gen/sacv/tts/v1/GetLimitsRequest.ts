// Original file: proto/sacv/tts/v1/tts.proto


export interface GetLimitsRequest {
}

export interface GetLimitsRequest__Output {
}
