import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { BgmOptions as _sacv_common_v1_BgmOptions, BgmOptions__Output as _sacv_common_v1_BgmOptions__Output } from './sacv/common/v1/BgmOptions.ts';
import type { ErrorDetail as _sacv_common_v1_ErrorDetail, ErrorDetail__Output as _sacv_common_v1_ErrorDetail__Output } from './sacv/common/v1/ErrorDetail.ts';
import type { LoudnessOptions as _sacv_common_v1_LoudnessOptions, LoudnessOptions__Output as _sacv_common_v1_LoudnessOptions__Output } from './sacv/common/v1/LoudnessOptions.ts';
import type { LoudnessReport as _sacv_common_v1_LoudnessReport, LoudnessReport__Output as _sacv_common_v1_LoudnessReport__Output } from './sacv/common/v1/LoudnessReport.ts';
import type { OutputFrame as _sacv_common_v1_OutputFrame, OutputFrame__Output as _sacv_common_v1_OutputFrame__Output } from './sacv/common/v1/OutputFrame.ts';
import type { SubtitleStyle as _sacv_common_v1_SubtitleStyle, SubtitleStyle__Output as _sacv_common_v1_SubtitleStyle__Output } from './sacv/common/v1/SubtitleStyle.ts';
import type { TtsOptions as _sacv_common_v1_TtsOptions, TtsOptions__Output as _sacv_common_v1_TtsOptions__Output } from './sacv/common/v1/TtsOptions.ts';
import type { AlignNarrationRequest as _sacv_media_v1_AlignNarrationRequest, AlignNarrationRequest__Output as _sacv_media_v1_AlignNarrationRequest__Output } from './sacv/media/v1/AlignNarrationRequest.ts';
import type { AlignNarrationResult as _sacv_media_v1_AlignNarrationResult, AlignNarrationResult__Output as _sacv_media_v1_AlignNarrationResult__Output } from './sacv/media/v1/AlignNarrationResult.ts';
import type { AlignedSegment as _sacv_media_v1_AlignedSegment, AlignedSegment__Output as _sacv_media_v1_AlignedSegment__Output } from './sacv/media/v1/AlignedSegment.ts';
import type { AudioSegment as _sacv_media_v1_AudioSegment, AudioSegment__Output as _sacv_media_v1_AudioSegment__Output } from './sacv/media/v1/AudioSegment.ts';
import type { BuildAudioProgress as _sacv_media_v1_BuildAudioProgress, BuildAudioProgress__Output as _sacv_media_v1_BuildAudioProgress__Output } from './sacv/media/v1/BuildAudioProgress.ts';
import type { BuildAudioRequest as _sacv_media_v1_BuildAudioRequest, BuildAudioRequest__Output as _sacv_media_v1_BuildAudioRequest__Output } from './sacv/media/v1/BuildAudioRequest.ts';
import type { BuildAudioResult as _sacv_media_v1_BuildAudioResult, BuildAudioResult__Output as _sacv_media_v1_BuildAudioResult__Output } from './sacv/media/v1/BuildAudioResult.ts';
import type { BuildVideoProgress as _sacv_media_v1_BuildVideoProgress, BuildVideoProgress__Output as _sacv_media_v1_BuildVideoProgress__Output } from './sacv/media/v1/BuildVideoProgress.ts';
import type { BuildVideoRequest as _sacv_media_v1_BuildVideoRequest, BuildVideoRequest__Output as _sacv_media_v1_BuildVideoRequest__Output } from './sacv/media/v1/BuildVideoRequest.ts';
import type { BuildVideoResult as _sacv_media_v1_BuildVideoResult, BuildVideoResult__Output as _sacv_media_v1_BuildVideoResult__Output } from './sacv/media/v1/BuildVideoResult.ts';
import type { ConcatProgress as _sacv_media_v1_ConcatProgress, ConcatProgress__Output as _sacv_media_v1_ConcatProgress__Output } from './sacv/media/v1/ConcatProgress.ts';
import type { ConcatRequest as _sacv_media_v1_ConcatRequest, ConcatRequest__Output as _sacv_media_v1_ConcatRequest__Output } from './sacv/media/v1/ConcatRequest.ts';
import type { ConcatResult as _sacv_media_v1_ConcatResult, ConcatResult__Output as _sacv_media_v1_ConcatResult__Output } from './sacv/media/v1/ConcatResult.ts';
import type { CutClipRequest as _sacv_media_v1_CutClipRequest, CutClipRequest__Output as _sacv_media_v1_CutClipRequest__Output } from './sacv/media/v1/CutClipRequest.ts';
import type { CutClipResult as _sacv_media_v1_CutClipResult, CutClipResult__Output as _sacv_media_v1_CutClipResult__Output } from './sacv/media/v1/CutClipResult.ts';
import type { ExtractFrameRequest as _sacv_media_v1_ExtractFrameRequest, ExtractFrameRequest__Output as _sacv_media_v1_ExtractFrameRequest__Output } from './sacv/media/v1/ExtractFrameRequest.ts';
import type { ExtractFrameResult as _sacv_media_v1_ExtractFrameResult, ExtractFrameResult__Output as _sacv_media_v1_ExtractFrameResult__Output } from './sacv/media/v1/ExtractFrameResult.ts';
import type { MediaServiceClient as _sacv_media_v1_MediaServiceClient, MediaServiceDefinition as _sacv_media_v1_MediaServiceDefinition } from './sacv/media/v1/MediaService.ts';
import type { MuxSegment as _sacv_media_v1_MuxSegment, MuxSegment__Output as _sacv_media_v1_MuxSegment__Output } from './sacv/media/v1/MuxSegment.ts';
import type { MuxVideoProgress as _sacv_media_v1_MuxVideoProgress, MuxVideoProgress__Output as _sacv_media_v1_MuxVideoProgress__Output } from './sacv/media/v1/MuxVideoProgress.ts';
import type { MuxVideoRequest as _sacv_media_v1_MuxVideoRequest, MuxVideoRequest__Output as _sacv_media_v1_MuxVideoRequest__Output } from './sacv/media/v1/MuxVideoRequest.ts';
import type { MuxVideoResult as _sacv_media_v1_MuxVideoResult, MuxVideoResult__Output as _sacv_media_v1_MuxVideoResult__Output } from './sacv/media/v1/MuxVideoResult.ts';
import type { NormalizeLoudnessRequest as _sacv_media_v1_NormalizeLoudnessRequest, NormalizeLoudnessRequest__Output as _sacv_media_v1_NormalizeLoudnessRequest__Output } from './sacv/media/v1/NormalizeLoudnessRequest.ts';
import type { NormalizeLoudnessResult as _sacv_media_v1_NormalizeLoudnessResult, NormalizeLoudnessResult__Output as _sacv_media_v1_NormalizeLoudnessResult__Output } from './sacv/media/v1/NormalizeLoudnessResult.ts';
import type { ProbeRequest as _sacv_media_v1_ProbeRequest, ProbeRequest__Output as _sacv_media_v1_ProbeRequest__Output } from './sacv/media/v1/ProbeRequest.ts';
import type { ProbeResult as _sacv_media_v1_ProbeResult, ProbeResult__Output as _sacv_media_v1_ProbeResult__Output } from './sacv/media/v1/ProbeResult.ts';
import type { SegmentTiming as _sacv_media_v1_SegmentTiming, SegmentTiming__Output as _sacv_media_v1_SegmentTiming__Output } from './sacv/media/v1/SegmentTiming.ts';
import type { SegmentVideo as _sacv_media_v1_SegmentVideo, SegmentVideo__Output as _sacv_media_v1_SegmentVideo__Output } from './sacv/media/v1/SegmentVideo.ts';
import type { VideoSegment as _sacv_media_v1_VideoSegment, VideoSegment__Output as _sacv_media_v1_VideoSegment__Output } from './sacv/media/v1/VideoSegment.ts';

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
    media: {
      v1: {
        AlignNarrationRequest: MessageTypeDefinition<_sacv_media_v1_AlignNarrationRequest, _sacv_media_v1_AlignNarrationRequest__Output>
        AlignNarrationResult: MessageTypeDefinition<_sacv_media_v1_AlignNarrationResult, _sacv_media_v1_AlignNarrationResult__Output>
        AlignedSegment: MessageTypeDefinition<_sacv_media_v1_AlignedSegment, _sacv_media_v1_AlignedSegment__Output>
        AudioSegment: MessageTypeDefinition<_sacv_media_v1_AudioSegment, _sacv_media_v1_AudioSegment__Output>
        BuildAudioProgress: MessageTypeDefinition<_sacv_media_v1_BuildAudioProgress, _sacv_media_v1_BuildAudioProgress__Output>
        BuildAudioRequest: MessageTypeDefinition<_sacv_media_v1_BuildAudioRequest, _sacv_media_v1_BuildAudioRequest__Output>
        BuildAudioResult: MessageTypeDefinition<_sacv_media_v1_BuildAudioResult, _sacv_media_v1_BuildAudioResult__Output>
        BuildVideoProgress: MessageTypeDefinition<_sacv_media_v1_BuildVideoProgress, _sacv_media_v1_BuildVideoProgress__Output>
        BuildVideoRequest: MessageTypeDefinition<_sacv_media_v1_BuildVideoRequest, _sacv_media_v1_BuildVideoRequest__Output>
        BuildVideoResult: MessageTypeDefinition<_sacv_media_v1_BuildVideoResult, _sacv_media_v1_BuildVideoResult__Output>
        ConcatProgress: MessageTypeDefinition<_sacv_media_v1_ConcatProgress, _sacv_media_v1_ConcatProgress__Output>
        ConcatRequest: MessageTypeDefinition<_sacv_media_v1_ConcatRequest, _sacv_media_v1_ConcatRequest__Output>
        ConcatResult: MessageTypeDefinition<_sacv_media_v1_ConcatResult, _sacv_media_v1_ConcatResult__Output>
        CutClipRequest: MessageTypeDefinition<_sacv_media_v1_CutClipRequest, _sacv_media_v1_CutClipRequest__Output>
        CutClipResult: MessageTypeDefinition<_sacv_media_v1_CutClipResult, _sacv_media_v1_CutClipResult__Output>
        ExtractFrameRequest: MessageTypeDefinition<_sacv_media_v1_ExtractFrameRequest, _sacv_media_v1_ExtractFrameRequest__Output>
        ExtractFrameResult: MessageTypeDefinition<_sacv_media_v1_ExtractFrameResult, _sacv_media_v1_ExtractFrameResult__Output>
        MediaService: SubtypeConstructor<typeof grpc.Client, _sacv_media_v1_MediaServiceClient> & { service: _sacv_media_v1_MediaServiceDefinition }
        MuxSegment: MessageTypeDefinition<_sacv_media_v1_MuxSegment, _sacv_media_v1_MuxSegment__Output>
        MuxVideoProgress: MessageTypeDefinition<_sacv_media_v1_MuxVideoProgress, _sacv_media_v1_MuxVideoProgress__Output>
        MuxVideoRequest: MessageTypeDefinition<_sacv_media_v1_MuxVideoRequest, _sacv_media_v1_MuxVideoRequest__Output>
        MuxVideoResult: MessageTypeDefinition<_sacv_media_v1_MuxVideoResult, _sacv_media_v1_MuxVideoResult__Output>
        NormalizeLoudnessRequest: MessageTypeDefinition<_sacv_media_v1_NormalizeLoudnessRequest, _sacv_media_v1_NormalizeLoudnessRequest__Output>
        NormalizeLoudnessResult: MessageTypeDefinition<_sacv_media_v1_NormalizeLoudnessResult, _sacv_media_v1_NormalizeLoudnessResult__Output>
        ProbeRequest: MessageTypeDefinition<_sacv_media_v1_ProbeRequest, _sacv_media_v1_ProbeRequest__Output>
        ProbeResult: MessageTypeDefinition<_sacv_media_v1_ProbeResult, _sacv_media_v1_ProbeResult__Output>
        SegmentTiming: MessageTypeDefinition<_sacv_media_v1_SegmentTiming, _sacv_media_v1_SegmentTiming__Output>
        SegmentVideo: MessageTypeDefinition<_sacv_media_v1_SegmentVideo, _sacv_media_v1_SegmentVideo__Output>
        VideoSegment: MessageTypeDefinition<_sacv_media_v1_VideoSegment, _sacv_media_v1_VideoSegment__Output>
      }
    }
  }
}

