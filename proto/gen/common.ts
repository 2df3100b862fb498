import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ErrorDetail as _sacv_common_v1_ErrorDetail, ErrorDetail__Output as _sacv_common_v1_ErrorDetail__Output } from './sacv/common/v1/ErrorDetail.ts';
import type { OutputFrame as _sacv_common_v1_OutputFrame, OutputFrame__Output as _sacv_common_v1_OutputFrame__Output } from './sacv/common/v1/OutputFrame.ts';
import type { SubtitleStyle as _sacv_common_v1_SubtitleStyle, SubtitleStyle__Output as _sacv_common_v1_SubtitleStyle__Output } from './sacv/common/v1/SubtitleStyle.ts';
import type { TtsOptions as _sacv_common_v1_TtsOptions, TtsOptions__Output as _sacv_common_v1_TtsOptions__Output } from './sacv/common/v1/TtsOptions.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sacv: {
    common: {
      v1: {
        ErrorDetail: MessageTypeDefinition<_sacv_common_v1_ErrorDetail, _sacv_common_v1_ErrorDetail__Output>
        OutputFrame: MessageTypeDefinition<_sacv_common_v1_OutputFrame, _sacv_common_v1_OutputFrame__Output>
        SubtitleStyle: MessageTypeDefinition<_sacv_common_v1_SubtitleStyle, _sacv_common_v1_SubtitleStyle__Output>
        TtsOptions: MessageTypeDefinition<_sacv_common_v1_TtsOptions, _sacv_common_v1_TtsOptions__Output>
      }
    }
  }
}

