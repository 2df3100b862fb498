import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { GetLimitsRequest as _sacv_tts_v1_GetLimitsRequest, GetLimitsRequest__Output as _sacv_tts_v1_GetLimitsRequest__Output } from './sacv/tts/v1/GetLimitsRequest.ts';
import type { ItemError as _sacv_tts_v1_ItemError, ItemError__Output as _sacv_tts_v1_ItemError__Output } from './sacv/tts/v1/ItemError.ts';
import type { Limits as _sacv_tts_v1_Limits, Limits__Output as _sacv_tts_v1_Limits__Output } from './sacv/tts/v1/Limits.ts';
import type { ListProvidersRequest as _sacv_tts_v1_ListProvidersRequest, ListProvidersRequest__Output as _sacv_tts_v1_ListProvidersRequest__Output } from './sacv/tts/v1/ListProvidersRequest.ts';
import type { ListProvidersResponse as _sacv_tts_v1_ListProvidersResponse, ListProvidersResponse__Output as _sacv_tts_v1_ListProvidersResponse__Output } from './sacv/tts/v1/ListProvidersResponse.ts';
import type { ListVoicesRequest as _sacv_tts_v1_ListVoicesRequest, ListVoicesRequest__Output as _sacv_tts_v1_ListVoicesRequest__Output } from './sacv/tts/v1/ListVoicesRequest.ts';
import type { ListVoicesResponse as _sacv_tts_v1_ListVoicesResponse, ListVoicesResponse__Output as _sacv_tts_v1_ListVoicesResponse__Output } from './sacv/tts/v1/ListVoicesResponse.ts';
import type { PreviewVoiceRequest as _sacv_tts_v1_PreviewVoiceRequest, PreviewVoiceRequest__Output as _sacv_tts_v1_PreviewVoiceRequest__Output } from './sacv/tts/v1/PreviewVoiceRequest.ts';
import type { ProviderCredentials as _sacv_tts_v1_ProviderCredentials, ProviderCredentials__Output as _sacv_tts_v1_ProviderCredentials__Output } from './sacv/tts/v1/ProviderCredentials.ts';
import type { ProviderInfo as _sacv_tts_v1_ProviderInfo, ProviderInfo__Output as _sacv_tts_v1_ProviderInfo__Output } from './sacv/tts/v1/ProviderInfo.ts';
import type { ProviderLimit as _sacv_tts_v1_ProviderLimit, ProviderLimit__Output as _sacv_tts_v1_ProviderLimit__Output } from './sacv/tts/v1/ProviderLimit.ts';
import type { SetLimitsRequest as _sacv_tts_v1_SetLimitsRequest, SetLimitsRequest__Output as _sacv_tts_v1_SetLimitsRequest__Output } from './sacv/tts/v1/SetLimitsRequest.ts';
import type { SynthesizeRequest as _sacv_tts_v1_SynthesizeRequest, SynthesizeRequest__Output as _sacv_tts_v1_SynthesizeRequest__Output } from './sacv/tts/v1/SynthesizeRequest.ts';
import type { SynthesizeResult as _sacv_tts_v1_SynthesizeResult, SynthesizeResult__Output as _sacv_tts_v1_SynthesizeResult__Output } from './sacv/tts/v1/SynthesizeResult.ts';
import type { SynthesizeStreamResponse as _sacv_tts_v1_SynthesizeStreamResponse, SynthesizeStreamResponse__Output as _sacv_tts_v1_SynthesizeStreamResponse__Output } from './sacv/tts/v1/SynthesizeStreamResponse.ts';
import type { TtsServiceClient as _sacv_tts_v1_TtsServiceClient, TtsServiceDefinition as _sacv_tts_v1_TtsServiceDefinition } from './sacv/tts/v1/TtsService.ts';
import type { Voice as _sacv_tts_v1_Voice, Voice__Output as _sacv_tts_v1_Voice__Output } from './sacv/tts/v1/Voice.ts';
import type { WordTiming as _sacv_tts_v1_WordTiming, WordTiming__Output as _sacv_tts_v1_WordTiming__Output } from './sacv/tts/v1/WordTiming.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sacv: {
    tts: {
      v1: {
        GetLimitsRequest: MessageTypeDefinition<_sacv_tts_v1_GetLimitsRequest, _sacv_tts_v1_GetLimitsRequest__Output>
        ItemError: MessageTypeDefinition<_sacv_tts_v1_ItemError, _sacv_tts_v1_ItemError__Output>
        Limits: MessageTypeDefinition<_sacv_tts_v1_Limits, _sacv_tts_v1_Limits__Output>
        ListProvidersRequest: MessageTypeDefinition<_sacv_tts_v1_ListProvidersRequest, _sacv_tts_v1_ListProvidersRequest__Output>
        ListProvidersResponse: MessageTypeDefinition<_sacv_tts_v1_ListProvidersResponse, _sacv_tts_v1_ListProvidersResponse__Output>
        ListVoicesRequest: MessageTypeDefinition<_sacv_tts_v1_ListVoicesRequest, _sacv_tts_v1_ListVoicesRequest__Output>
        ListVoicesResponse: MessageTypeDefinition<_sacv_tts_v1_ListVoicesResponse, _sacv_tts_v1_ListVoicesResponse__Output>
        PreviewVoiceRequest: MessageTypeDefinition<_sacv_tts_v1_PreviewVoiceRequest, _sacv_tts_v1_PreviewVoiceRequest__Output>
        ProviderCredentials: MessageTypeDefinition<_sacv_tts_v1_ProviderCredentials, _sacv_tts_v1_ProviderCredentials__Output>
        ProviderInfo: MessageTypeDefinition<_sacv_tts_v1_ProviderInfo, _sacv_tts_v1_ProviderInfo__Output>
        ProviderLimit: MessageTypeDefinition<_sacv_tts_v1_ProviderLimit, _sacv_tts_v1_ProviderLimit__Output>
        SetLimitsRequest: MessageTypeDefinition<_sacv_tts_v1_SetLimitsRequest, _sacv_tts_v1_SetLimitsRequest__Output>
        SynthesizeRequest: MessageTypeDefinition<_sacv_tts_v1_SynthesizeRequest, _sacv_tts_v1_SynthesizeRequest__Output>
        SynthesizeResult: MessageTypeDefinition<_sacv_tts_v1_SynthesizeResult, _sacv_tts_v1_SynthesizeResult__Output>
        SynthesizeStreamResponse: MessageTypeDefinition<_sacv_tts_v1_SynthesizeStreamResponse, _sacv_tts_v1_SynthesizeStreamResponse__Output>
        TtsService: SubtypeConstructor<typeof grpc.Client, _sacv_tts_v1_TtsServiceClient> & { service: _sacv_tts_v1_TtsServiceDefinition }
        Voice: MessageTypeDefinition<_sacv_tts_v1_Voice, _sacv_tts_v1_Voice__Output>
        WordTiming: MessageTypeDefinition<_sacv_tts_v1_WordTiming, _sacv_tts_v1_WordTiming__Output>
      }
    }
  }
}

