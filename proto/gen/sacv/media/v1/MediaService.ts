// Original file: proto/sacv/media/v1/media.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AlignNarrationRequest as _sacv_media_v1_AlignNarrationRequest, AlignNarrationRequest__Output as _sacv_media_v1_AlignNarrationRequest__Output } from '../../../sacv/media/v1/AlignNarrationRequest.ts';
import type { AlignNarrationResult as _sacv_media_v1_AlignNarrationResult, AlignNarrationResult__Output as _sacv_media_v1_AlignNarrationResult__Output } from '../../../sacv/media/v1/AlignNarrationResult.ts';
import type { BuildAudioProgress as _sacv_media_v1_BuildAudioProgress, BuildAudioProgress__Output as _sacv_media_v1_BuildAudioProgress__Output } from '../../../sacv/media/v1/BuildAudioProgress.ts';
import type { BuildAudioRequest as _sacv_media_v1_BuildAudioRequest, BuildAudioRequest__Output as _sacv_media_v1_BuildAudioRequest__Output } from '../../../sacv/media/v1/BuildAudioRequest.ts';
import type { BuildVideoProgress as _sacv_media_v1_BuildVideoProgress, BuildVideoProgress__Output as _sacv_media_v1_BuildVideoProgress__Output } from '../../../sacv/media/v1/BuildVideoProgress.ts';
import type { BuildVideoRequest as _sacv_media_v1_BuildVideoRequest, BuildVideoRequest__Output as _sacv_media_v1_BuildVideoRequest__Output } from '../../../sacv/media/v1/BuildVideoRequest.ts';
import type { ConcatProgress as _sacv_media_v1_ConcatProgress, ConcatProgress__Output as _sacv_media_v1_ConcatProgress__Output } from '../../../sacv/media/v1/ConcatProgress.ts';
import type { ConcatRequest as _sacv_media_v1_ConcatRequest, ConcatRequest__Output as _sacv_media_v1_ConcatRequest__Output } from '../../../sacv/media/v1/ConcatRequest.ts';
import type { CutClipRequest as _sacv_media_v1_CutClipRequest, CutClipRequest__Output as _sacv_media_v1_CutClipRequest__Output } from '../../../sacv/media/v1/CutClipRequest.ts';
import type { CutClipResult as _sacv_media_v1_CutClipResult, CutClipResult__Output as _sacv_media_v1_CutClipResult__Output } from '../../../sacv/media/v1/CutClipResult.ts';
import type { ExtractFrameRequest as _sacv_media_v1_ExtractFrameRequest, ExtractFrameRequest__Output as _sacv_media_v1_ExtractFrameRequest__Output } from '../../../sacv/media/v1/ExtractFrameRequest.ts';
import type { ExtractFrameResult as _sacv_media_v1_ExtractFrameResult, ExtractFrameResult__Output as _sacv_media_v1_ExtractFrameResult__Output } from '../../../sacv/media/v1/ExtractFrameResult.ts';
import type { MuxVideoProgress as _sacv_media_v1_MuxVideoProgress, MuxVideoProgress__Output as _sacv_media_v1_MuxVideoProgress__Output } from '../../../sacv/media/v1/MuxVideoProgress.ts';
import type { MuxVideoRequest as _sacv_media_v1_MuxVideoRequest, MuxVideoRequest__Output as _sacv_media_v1_MuxVideoRequest__Output } from '../../../sacv/media/v1/MuxVideoRequest.ts';
import type { NormalizeLoudnessRequest as _sacv_media_v1_NormalizeLoudnessRequest, NormalizeLoudnessRequest__Output as _sacv_media_v1_NormalizeLoudnessRequest__Output } from '../../../sacv/media/v1/NormalizeLoudnessRequest.ts';
import type { NormalizeLoudnessResult as _sacv_media_v1_NormalizeLoudnessResult, NormalizeLoudnessResult__Output as _sacv_media_v1_NormalizeLoudnessResult__Output } from '../../../sacv/media/v1/NormalizeLoudnessResult.ts';
import type { ProbeRequest as _sacv_media_v1_ProbeRequest, ProbeRequest__Output as _sacv_media_v1_ProbeRequest__Output } from '../../../sacv/media/v1/ProbeRequest.ts';
import type { ProbeResult as _sacv_media_v1_ProbeResult, ProbeResult__Output as _sacv_media_v1_ProbeResult__Output } from '../../../sacv/media/v1/ProbeResult.ts';

export interface MediaServiceClient extends grpc.Client {
  /**
   * Puts a narration in place of (or over) a clip's audio, per the alignment policy.
   */
  AlignNarration(argument: _sacv_media_v1_AlignNarrationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_AlignNarrationResult__Output>): grpc.ClientUnaryCall;
  AlignNarration(argument: _sacv_media_v1_AlignNarrationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_media_v1_AlignNarrationResult__Output>): grpc.ClientUnaryCall;
  AlignNarration(argument: _sacv_media_v1_AlignNarrationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_AlignNarrationResult__Output>): grpc.ClientUnaryCall;
  AlignNarration(argument: _sacv_media_v1_AlignNarrationRequest, callback: grpc.requestCallback<_sacv_media_v1_AlignNarrationResult__Output>): grpc.ClientUnaryCall;
  /**
   * Puts a narration in place of (or over) a clip's audio, per the alignment policy.
   */
  alignNarration(argument: _sacv_media_v1_AlignNarrationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_AlignNarrationResult__Output>): grpc.ClientUnaryCall;
  alignNarration(argument: _sacv_media_v1_AlignNarrationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_media_v1_AlignNarrationResult__Output>): grpc.ClientUnaryCall;
  alignNarration(argument: _sacv_media_v1_AlignNarrationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_AlignNarrationResult__Output>): grpc.ClientUnaryCall;
  alignNarration(argument: _sacv_media_v1_AlignNarrationRequest, callback: grpc.requestCallback<_sacv_media_v1_AlignNarrationResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * The audio track of a script: narrations fitted per the alignment policy, the source's
   * own sound, ducking; one graph per chunk of segments and one AAC encode.
   */
  BuildAudio(argument: _sacv_media_v1_BuildAudioRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_media_v1_BuildAudioProgress__Output>;
  BuildAudio(argument: _sacv_media_v1_BuildAudioRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_media_v1_BuildAudioProgress__Output>;
  /**
   * The audio track of a script: narrations fitted per the alignment policy, the source's
   * own sound, ducking; one graph per chunk of segments and one AAC encode.
   */
  buildAudio(argument: _sacv_media_v1_BuildAudioRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_media_v1_BuildAudioProgress__Output>;
  buildAudio(argument: _sacv_media_v1_BuildAudioRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_media_v1_BuildAudioProgress__Output>;
  
  /**
   * The video track of a script (no narration needed, so it can run while TTS does):
   * whole GOPs of H.264/HEVC sources copied, partial GOPs at the edges re-encoded to match
   * the source, in parallel processes. Streams per-segment readiness; the last message has
   * the result.
   */
  BuildVideo(argument: _sacv_media_v1_BuildVideoRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_media_v1_BuildVideoProgress__Output>;
  BuildVideo(argument: _sacv_media_v1_BuildVideoRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_media_v1_BuildVideoProgress__Output>;
  /**
   * The video track of a script (no narration needed, so it can run while TTS does):
   * whole GOPs of H.264/HEVC sources copied, partial GOPs at the edges re-encoded to match
   * the source, in parallel processes. Streams per-segment readiness; the last message has
   * the result.
   */
  buildVideo(argument: _sacv_media_v1_BuildVideoRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_media_v1_BuildVideoProgress__Output>;
  buildVideo(argument: _sacv_media_v1_BuildVideoRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_media_v1_BuildVideoProgress__Output>;
  
  /**
   * Concatenates clips in order; streams progress, the last message has the result.
   */
  Concat(argument: _sacv_media_v1_ConcatRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_media_v1_ConcatProgress__Output>;
  Concat(argument: _sacv_media_v1_ConcatRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_media_v1_ConcatProgress__Output>;
  /**
   * Concatenates clips in order; streams progress, the last message has the result.
   */
  concat(argument: _sacv_media_v1_ConcatRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_media_v1_ConcatProgress__Output>;
  concat(argument: _sacv_media_v1_ConcatRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_media_v1_ConcatProgress__Output>;
  
  /**
   * Cuts [start, end) of a source; frame-accurate, stream copy only when exact.
   */
  CutClip(argument: _sacv_media_v1_CutClipRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_CutClipResult__Output>): grpc.ClientUnaryCall;
  CutClip(argument: _sacv_media_v1_CutClipRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_media_v1_CutClipResult__Output>): grpc.ClientUnaryCall;
  CutClip(argument: _sacv_media_v1_CutClipRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_CutClipResult__Output>): grpc.ClientUnaryCall;
  CutClip(argument: _sacv_media_v1_CutClipRequest, callback: grpc.requestCallback<_sacv_media_v1_CutClipResult__Output>): grpc.ClientUnaryCall;
  /**
   * Cuts [start, end) of a source; frame-accurate, stream copy only when exact.
   */
  cutClip(argument: _sacv_media_v1_CutClipRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_CutClipResult__Output>): grpc.ClientUnaryCall;
  cutClip(argument: _sacv_media_v1_CutClipRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_media_v1_CutClipResult__Output>): grpc.ClientUnaryCall;
  cutClip(argument: _sacv_media_v1_CutClipRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_CutClipResult__Output>): grpc.ClientUnaryCall;
  cutClip(argument: _sacv_media_v1_CutClipRequest, callback: grpc.requestCallback<_sacv_media_v1_CutClipResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * One frame of a video as a JPEG/PNG still (draft covers, held last frames).
   */
  ExtractFrame(argument: _sacv_media_v1_ExtractFrameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_ExtractFrameResult__Output>): grpc.ClientUnaryCall;
  ExtractFrame(argument: _sacv_media_v1_ExtractFrameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_media_v1_ExtractFrameResult__Output>): grpc.ClientUnaryCall;
  ExtractFrame(argument: _sacv_media_v1_ExtractFrameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_ExtractFrameResult__Output>): grpc.ClientUnaryCall;
  ExtractFrame(argument: _sacv_media_v1_ExtractFrameRequest, callback: grpc.requestCallback<_sacv_media_v1_ExtractFrameResult__Output>): grpc.ClientUnaryCall;
  /**
   * One frame of a video as a JPEG/PNG still (draft covers, held last frames).
   */
  extractFrame(argument: _sacv_media_v1_ExtractFrameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_ExtractFrameResult__Output>): grpc.ClientUnaryCall;
  extractFrame(argument: _sacv_media_v1_ExtractFrameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_media_v1_ExtractFrameResult__Output>): grpc.ClientUnaryCall;
  extractFrame(argument: _sacv_media_v1_ExtractFrameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_ExtractFrameResult__Output>): grpc.ClientUnaryCall;
  extractFrame(argument: _sacv_media_v1_ExtractFrameRequest, callback: grpc.requestCallback<_sacv_media_v1_ExtractFrameResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * The output: BuildVideo's track (plus pieces for slots the overflow policy lengthened)
   * and BuildAudio's track joined by stream copy, checked (durations, sync, clean decode).
   */
  MuxVideo(argument: _sacv_media_v1_MuxVideoRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_media_v1_MuxVideoProgress__Output>;
  MuxVideo(argument: _sacv_media_v1_MuxVideoRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_media_v1_MuxVideoProgress__Output>;
  /**
   * The output: BuildVideo's track (plus pieces for slots the overflow policy lengthened)
   * and BuildAudio's track joined by stream copy, checked (durations, sync, clean decode).
   */
  muxVideo(argument: _sacv_media_v1_MuxVideoRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_media_v1_MuxVideoProgress__Output>;
  muxVideo(argument: _sacv_media_v1_MuxVideoRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_media_v1_MuxVideoProgress__Output>;
  
  /**
   * Two-pass loudnorm, optionally trimming leading silence first.
   */
  NormalizeLoudness(argument: _sacv_media_v1_NormalizeLoudnessRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_NormalizeLoudnessResult__Output>): grpc.ClientUnaryCall;
  NormalizeLoudness(argument: _sacv_media_v1_NormalizeLoudnessRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_media_v1_NormalizeLoudnessResult__Output>): grpc.ClientUnaryCall;
  NormalizeLoudness(argument: _sacv_media_v1_NormalizeLoudnessRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_NormalizeLoudnessResult__Output>): grpc.ClientUnaryCall;
  NormalizeLoudness(argument: _sacv_media_v1_NormalizeLoudnessRequest, callback: grpc.requestCallback<_sacv_media_v1_NormalizeLoudnessResult__Output>): grpc.ClientUnaryCall;
  /**
   * Two-pass loudnorm, optionally trimming leading silence first.
   */
  normalizeLoudness(argument: _sacv_media_v1_NormalizeLoudnessRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_NormalizeLoudnessResult__Output>): grpc.ClientUnaryCall;
  normalizeLoudness(argument: _sacv_media_v1_NormalizeLoudnessRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_media_v1_NormalizeLoudnessResult__Output>): grpc.ClientUnaryCall;
  normalizeLoudness(argument: _sacv_media_v1_NormalizeLoudnessRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_NormalizeLoudnessResult__Output>): grpc.ClientUnaryCall;
  normalizeLoudness(argument: _sacv_media_v1_NormalizeLoudnessRequest, callback: grpc.requestCallback<_sacv_media_v1_NormalizeLoudnessResult__Output>): grpc.ClientUnaryCall;
  
  Probe(argument: _sacv_media_v1_ProbeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_ProbeResult__Output>): grpc.ClientUnaryCall;
  Probe(argument: _sacv_media_v1_ProbeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_media_v1_ProbeResult__Output>): grpc.ClientUnaryCall;
  Probe(argument: _sacv_media_v1_ProbeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_ProbeResult__Output>): grpc.ClientUnaryCall;
  Probe(argument: _sacv_media_v1_ProbeRequest, callback: grpc.requestCallback<_sacv_media_v1_ProbeResult__Output>): grpc.ClientUnaryCall;
  probe(argument: _sacv_media_v1_ProbeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_ProbeResult__Output>): grpc.ClientUnaryCall;
  probe(argument: _sacv_media_v1_ProbeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_media_v1_ProbeResult__Output>): grpc.ClientUnaryCall;
  probe(argument: _sacv_media_v1_ProbeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_media_v1_ProbeResult__Output>): grpc.ClientUnaryCall;
  probe(argument: _sacv_media_v1_ProbeRequest, callback: grpc.requestCallback<_sacv_media_v1_ProbeResult__Output>): grpc.ClientUnaryCall;
  
}

export interface MediaServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Puts a narration in place of (or over) a clip's audio, per the alignment policy.
   */
  AlignNarration: grpc.handleUnaryCall<_sacv_media_v1_AlignNarrationRequest__Output, _sacv_media_v1_AlignNarrationResult>;
  
  /**
   * The audio track of a script: narrations fitted per the alignment policy, the source's
   * own sound, ducking; one graph per chunk of segments and one AAC encode.
   */
  BuildAudio: grpc.handleServerStreamingCall<_sacv_media_v1_BuildAudioRequest__Output, _sacv_media_v1_BuildAudioProgress>;
  
  /**
   * The video track of a script (no narration needed, so it can run while TTS does):
   * whole GOPs of H.264/HEVC sources copied, partial GOPs at the edges re-encoded to match
   * the source, in parallel processes. Streams per-segment readiness; the last message has
   * the result.
   */
  BuildVideo: grpc.handleServerStreamingCall<_sacv_media_v1_BuildVideoRequest__Output, _sacv_media_v1_BuildVideoProgress>;
  
  /**
   * Concatenates clips in order; streams progress, the last message has the result.
   */
  Concat: grpc.handleServerStreamingCall<_sacv_media_v1_ConcatRequest__Output, _sacv_media_v1_ConcatProgress>;
  
  /**
   * Cuts [start, end) of a source; frame-accurate, stream copy only when exact.
   */
  CutClip: grpc.handleUnaryCall<_sacv_media_v1_CutClipRequest__Output, _sacv_media_v1_CutClipResult>;
  
  /**
   * One frame of a video as a JPEG/PNG still (draft covers, held last frames).
   */
  ExtractFrame: grpc.handleUnaryCall<_sacv_media_v1_ExtractFrameRequest__Output, _sacv_media_v1_ExtractFrameResult>;
  
  /**
   * The output: BuildVideo's track (plus pieces for slots the overflow policy lengthened)
   * and BuildAudio's track joined by stream copy, checked (durations, sync, clean decode).
   */
  MuxVideo: grpc.handleServerStreamingCall<_sacv_media_v1_MuxVideoRequest__Output, _sacv_media_v1_MuxVideoProgress>;
  
  /**
   * Two-pass loudnorm, optionally trimming leading silence first.
   */
  NormalizeLoudness: grpc.handleUnaryCall<_sacv_media_v1_NormalizeLoudnessRequest__Output, _sacv_media_v1_NormalizeLoudnessResult>;
  
  Probe: grpc.handleUnaryCall<_sacv_media_v1_ProbeRequest__Output, _sacv_media_v1_ProbeResult>;
  
}

export interface MediaServiceDefinition extends grpc.ServiceDefinition {
  AlignNarration: MethodDefinition<_sacv_media_v1_AlignNarrationRequest, _sacv_media_v1_AlignNarrationResult, _sacv_media_v1_AlignNarrationRequest__Output, _sacv_media_v1_AlignNarrationResult__Output>
  BuildAudio: MethodDefinition<_sacv_media_v1_BuildAudioRequest, _sacv_media_v1_BuildAudioProgress, _sacv_media_v1_BuildAudioRequest__Output, _sacv_media_v1_BuildAudioProgress__Output>
  BuildVideo: MethodDefinition<_sacv_media_v1_BuildVideoRequest, _sacv_media_v1_BuildVideoProgress, _sacv_media_v1_BuildVideoRequest__Output, _sacv_media_v1_BuildVideoProgress__Output>
  Concat: MethodDefinition<_sacv_media_v1_ConcatRequest, _sacv_media_v1_ConcatProgress, _sacv_media_v1_ConcatRequest__Output, _sacv_media_v1_ConcatProgress__Output>
  CutClip: MethodDefinition<_sacv_media_v1_CutClipRequest, _sacv_media_v1_CutClipResult, _sacv_media_v1_CutClipRequest__Output, _sacv_media_v1_CutClipResult__Output>
  ExtractFrame: MethodDefinition<_sacv_media_v1_ExtractFrameRequest, _sacv_media_v1_ExtractFrameResult, _sacv_media_v1_ExtractFrameRequest__Output, _sacv_media_v1_ExtractFrameResult__Output>
  MuxVideo: MethodDefinition<_sacv_media_v1_MuxVideoRequest, _sacv_media_v1_MuxVideoProgress, _sacv_media_v1_MuxVideoRequest__Output, _sacv_media_v1_MuxVideoProgress__Output>
  NormalizeLoudness: MethodDefinition<_sacv_media_v1_NormalizeLoudnessRequest, _sacv_media_v1_NormalizeLoudnessResult, _sacv_media_v1_NormalizeLoudnessRequest__Output, _sacv_media_v1_NormalizeLoudnessResult__Output>
  Probe: MethodDefinition<_sacv_media_v1_ProbeRequest, _sacv_media_v1_ProbeResult, _sacv_media_v1_ProbeRequest__Output, _sacv_media_v1_ProbeResult__Output>
}
