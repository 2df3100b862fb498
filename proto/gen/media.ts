import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AlignNarrationRequest as _sacv_media_v1_AlignNarrationRequest, AlignNarrationRequest__Output as _sacv_media_v1_AlignNarrationRequest__Output } from './sacv/media/v1/AlignNarrationRequest.ts';
import type { AlignNarrationResult as _sacv_media_v1_AlignNarrationResult, AlignNarrationResult__Output as _sacv_media_v1_AlignNarrationResult__Output } from './sacv/media/v1/AlignNarrationResult.ts';
import type { ConcatProgress as _sacv_media_v1_ConcatProgress, ConcatProgress__Output as _sacv_media_v1_ConcatProgress__Output } from './sacv/media/v1/ConcatProgress.ts';
import type { ConcatRequest as _sacv_media_v1_ConcatRequest, ConcatRequest__Output as _sacv_media_v1_ConcatRequest__Output } from './sacv/media/v1/ConcatRequest.ts';
import type { ConcatResult as _sacv_media_v1_ConcatResult, ConcatResult__Output as _sacv_media_v1_ConcatResult__Output } from './sacv/media/v1/ConcatResult.ts';
import type { CutClipRequest as _sacv_media_v1_CutClipRequest, CutClipRequest__Output as _sacv_media_v1_CutClipRequest__Output } from './sacv/media/v1/CutClipRequest.ts';
import type { CutClipResult as _sacv_media_v1_CutClipResult, CutClipResult__Output as _sacv_media_v1_CutClipResult__Output } from './sacv/media/v1/CutClipResult.ts';
import type { ExtractFrameRequest as _sacv_media_v1_ExtractFrameRequest, ExtractFrameRequest__Output as _sacv_media_v1_ExtractFrameRequest__Output } from './sacv/media/v1/ExtractFrameRequest.ts';
import type { ExtractFrameResult as _sacv_media_v1_ExtractFrameResult, ExtractFrameResult__Output as _sacv_media_v1_ExtractFrameResult__Output } from './sacv/media/v1/ExtractFrameResult.ts';
import type { MediaServiceClient as _sacv_media_v1_MediaServiceClient, MediaServiceDefinition as _sacv_media_v1_MediaServiceDefinition } from './sacv/media/v1/MediaService.ts';
import type { NormalizeLoudnessRequest as _sacv_media_v1_NormalizeLoudnessRequest, NormalizeLoudnessRequest__Output as _sacv_media_v1_NormalizeLoudnessRequest__Output } from './sacv/media/v1/NormalizeLoudnessRequest.ts';
import type { NormalizeLoudnessResult as _sacv_media_v1_NormalizeLoudnessResult, NormalizeLoudnessResult__Output as _sacv_media_v1_NormalizeLoudnessResult__Output } from './sacv/media/v1/NormalizeLoudnessResult.ts';
import type { ProbeRequest as _sacv_media_v1_ProbeRequest, ProbeRequest__Output as _sacv_media_v1_ProbeRequest__Output } from './sacv/media/v1/ProbeRequest.ts';
import type { ProbeResult as _sacv_media_v1_ProbeResult, ProbeResult__Output as _sacv_media_v1_ProbeResult__Output } from './sacv/media/v1/ProbeResult.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sacv: {
    media: {
      v1: {
        AlignNarrationRequest: MessageTypeDefinition<_sacv_media_v1_AlignNarrationRequest, _sacv_media_v1_AlignNarrationRequest__Output>
        AlignNarrationResult: MessageTypeDefinition<_sacv_media_v1_AlignNarrationResult, _sacv_media_v1_AlignNarrationResult__Output>
        ConcatProgress: MessageTypeDefinition<_sacv_media_v1_ConcatProgress, _sacv_media_v1_ConcatProgress__Output>
        ConcatRequest: MessageTypeDefinition<_sacv_media_v1_ConcatRequest, _sacv_media_v1_ConcatRequest__Output>
        ConcatResult: MessageTypeDefinition<_sacv_media_v1_ConcatResult, _sacv_media_v1_ConcatResult__Output>
        CutClipRequest: MessageTypeDefinition<_sacv_media_v1_CutClipRequest, _sacv_media_v1_CutClipRequest__Output>
        CutClipResult: MessageTypeDefinition<_sacv_media_v1_CutClipResult, _sacv_media_v1_CutClipResult__Output>
        ExtractFrameRequest: MessageTypeDefinition<_sacv_media_v1_ExtractFrameRequest, _sacv_media_v1_ExtractFrameRequest__Output>
        ExtractFrameResult: MessageTypeDefinition<_sacv_media_v1_ExtractFrameResult, _sacv_media_v1_ExtractFrameResult__Output>
        MediaService: SubtypeConstructor<typeof grpc.Client, _sacv_media_v1_MediaServiceClient> & { service: _sacv_media_v1_MediaServiceDefinition }
        NormalizeLoudnessRequest: MessageTypeDefinition<_sacv_media_v1_NormalizeLoudnessRequest, _sacv_media_v1_NormalizeLoudnessRequest__Output>
        NormalizeLoudnessResult: MessageTypeDefinition<_sacv_media_v1_NormalizeLoudnessResult, _sacv_media_v1_NormalizeLoudnessResult__Output>
        ProbeRequest: MessageTypeDefinition<_sacv_media_v1_ProbeRequest, _sacv_media_v1_ProbeRequest__Output>
        ProbeResult: MessageTypeDefinition<_sacv_media_v1_ProbeResult, _sacv_media_v1_ProbeResult__Output>
      }
    }
  }
}

