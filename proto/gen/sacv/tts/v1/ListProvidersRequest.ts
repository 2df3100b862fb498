// Original file: proto/sacv/tts/v1/tts.proto


export interface ListProvidersRequest {
}

export interface ListProvidersRequest__Output {
}
