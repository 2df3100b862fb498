import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { BgmOptions as _sacv_common_v1_BgmOptions, BgmOptions__Output as _sacv_common_v1_BgmOptions__Output } from './sacv/common/v1/BgmOptions.ts';
import type { ErrorDetail as _sacv_common_v1_ErrorDetail, ErrorDetail__Output as _sacv_common_v1_ErrorDetail__Output } from './sacv/common/v1/ErrorDetail.ts';
import type { LoudnessOptions as _sacv_common_v1_LoudnessOptions, LoudnessOptions__Output as _sacv_common_v1_LoudnessOptions__Output } from './sacv/common/v1/LoudnessOptions.ts';
import type { LoudnessReport as _sacv_common_v1_LoudnessReport, LoudnessReport__Output as _sacv_common_v1_LoudnessReport__Output } from './sacv/common/v1/LoudnessReport.ts';
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
        BgmOptions: MessageTypeDefinition<_sacv_common_v1_BgmOptions, _sacv_common_v1_BgmOptions__Output>
        ErrorDetail: MessageTypeDefinition<_sacv_common_v1_ErrorDetail, _sacv_common_v1_ErrorDetail__Output>
        LoudnessOptions: MessageTypeDefinition<_sacv_common_v1_LoudnessOptions, _sacv_common_v1_LoudnessOptions__Output>
        LoudnessReport: MessageTypeDefinition<_sacv_common_v1_LoudnessReport, _sacv_common_v1_LoudnessReport__Output>
        OutputFrame: MessageTypeDefinition<_sacv_common_v1_OutputFrame, _sacv_common_v1_OutputFrame__Output>
        SubtitleStyle: MessageTypeDefinition<_sacv_common_v1_SubtitleStyle, _sacv_common_v1_SubtitleStyle__Output>
        TtsOptions: MessageTypeDefinition<_sacv_common_v1_TtsOptions, _sacv_common_v1_TtsOptions__Output>
      }
    }
  }
}

