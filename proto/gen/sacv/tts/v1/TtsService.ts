// Original file: proto/sacv/tts/v1/tts.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetLimitsRequest as _sacv_tts_v1_GetLimitsRequest, GetLimitsRequest__Output as _sacv_tts_v1_GetLimitsRequest__Output } from '../../../sacv/tts/v1/GetLimitsRequest.ts';
import type { Limits as _sacv_tts_v1_Limits, Limits__Output as _sacv_tts_v1_Limits__Output } from '../../../sacv/tts/v1/Limits.ts';
import type { ListProvidersRequest as _sacv_tts_v1_ListProvidersRequest, ListProvidersRequest__Output as _sacv_tts_v1_ListProvidersRequest__Output } from '../../../sacv/tts/v1/ListProvidersRequest.ts';
import type { ListProvidersResponse as _sacv_tts_v1_ListProvidersResponse, ListProvidersResponse__Output as _sacv_tts_v1_ListProvidersResponse__Output } from '../../../sacv/tts/v1/ListProvidersResponse.ts';
import type { ListVoicesRequest as _sacv_tts_v1_ListVoicesRequest, ListVoicesRequest__Output as _sacv_tts_v1_ListVoicesRequest__Output } from '../../../sacv/tts/v1/ListVoicesRequest.ts';
import type { ListVoicesResponse as _sacv_tts_v1_ListVoicesResponse, ListVoicesResponse__Output as _sacv_tts_v1_ListVoicesResponse__Output } from '../../../sacv/tts/v1/ListVoicesResponse.ts';
import type { PreviewVoiceRequest as _sacv_tts_v1_PreviewVoiceRequest, PreviewVoiceRequest__Output as _sacv_tts_v1_PreviewVoiceRequest__Output } from '../../../sacv/tts/v1/PreviewVoiceRequest.ts';
import type { SetLimitsRequest as _sacv_tts_v1_SetLimitsRequest, SetLimitsRequest__Output as _sacv_tts_v1_SetLimitsRequest__Output } from '../../../sacv/tts/v1/SetLimitsRequest.ts';
import type { SynthesizeRequest as _sacv_tts_v1_SynthesizeRequest, SynthesizeRequest__Output as _sacv_tts_v1_SynthesizeRequest__Output } from '../../../sacv/tts/v1/SynthesizeRequest.ts';
import type { SynthesizeResult as _sacv_tts_v1_SynthesizeResult, SynthesizeResult__Output as _sacv_tts_v1_SynthesizeResult__Output } from '../../../sacv/tts/v1/SynthesizeResult.ts';
import type { SynthesizeStreamResponse as _sacv_tts_v1_SynthesizeStreamResponse, SynthesizeStreamResponse__Output as _sacv_tts_v1_SynthesizeStreamResponse__Output } from '../../../sacv/tts/v1/SynthesizeStreamResponse.ts';

export interface TtsServiceClient extends grpc.Client {
  GetLimits(argument: _sacv_tts_v1_GetLimitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_Limits__Output>): grpc.ClientUnaryCall;
  GetLimits(argument: _sacv_tts_v1_GetLimitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_tts_v1_Limits__Output>): grpc.ClientUnaryCall;
  GetLimits(argument: _sacv_tts_v1_GetLimitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_Limits__Output>): grpc.ClientUnaryCall;
  GetLimits(argument: _sacv_tts_v1_GetLimitsRequest, callback: grpc.requestCallback<_sacv_tts_v1_Limits__Output>): grpc.ClientUnaryCall;
  getLimits(argument: _sacv_tts_v1_GetLimitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_Limits__Output>): grpc.ClientUnaryCall;
  getLimits(argument: _sacv_tts_v1_GetLimitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_tts_v1_Limits__Output>): grpc.ClientUnaryCall;
  getLimits(argument: _sacv_tts_v1_GetLimitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_Limits__Output>): grpc.ClientUnaryCall;
  getLimits(argument: _sacv_tts_v1_GetLimitsRequest, callback: grpc.requestCallback<_sacv_tts_v1_Limits__Output>): grpc.ClientUnaryCall;
  
  ListProviders(argument: _sacv_tts_v1_ListProvidersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  ListProviders(argument: _sacv_tts_v1_ListProvidersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  ListProviders(argument: _sacv_tts_v1_ListProvidersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  ListProviders(argument: _sacv_tts_v1_ListProvidersRequest, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  listProviders(argument: _sacv_tts_v1_ListProvidersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  listProviders(argument: _sacv_tts_v1_ListProvidersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  listProviders(argument: _sacv_tts_v1_ListProvidersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  listProviders(argument: _sacv_tts_v1_ListProvidersRequest, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The voices one provider offers (the default provider's when none is named).
   */
  ListVoices(argument: _sacv_tts_v1_ListVoicesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListVoicesResponse__Output>): grpc.ClientUnaryCall;
  ListVoices(argument: _sacv_tts_v1_ListVoicesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_tts_v1_ListVoicesResponse__Output>): grpc.ClientUnaryCall;
  ListVoices(argument: _sacv_tts_v1_ListVoicesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListVoicesResponse__Output>): grpc.ClientUnaryCall;
  ListVoices(argument: _sacv_tts_v1_ListVoicesRequest, callback: grpc.requestCallback<_sacv_tts_v1_ListVoicesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The voices one provider offers (the default provider's when none is named).
   */
  listVoices(argument: _sacv_tts_v1_ListVoicesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListVoicesResponse__Output>): grpc.ClientUnaryCall;
  listVoices(argument: _sacv_tts_v1_ListVoicesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_tts_v1_ListVoicesResponse__Output>): grpc.ClientUnaryCall;
  listVoices(argument: _sacv_tts_v1_ListVoicesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListVoicesResponse__Output>): grpc.ClientUnaryCall;
  listVoices(argument: _sacv_tts_v1_ListVoicesRequest, callback: grpc.requestCallback<_sacv_tts_v1_ListVoicesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * A short sample of a voice, synthesised (and cached) like any other request.
   */
  PreviewVoice(argument: _sacv_tts_v1_PreviewVoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_SynthesizeResult__Output>): grpc.ClientUnaryCall;
  PreviewVoice(argument: _sacv_tts_v1_PreviewVoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_tts_v1_SynthesizeResult__Output>): grpc.ClientUnaryCall;
  PreviewVoice(argument: _sacv_tts_v1_PreviewVoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_SynthesizeResult__Output>): grpc.ClientUnaryCall;
  PreviewVoice(argument: _sacv_tts_v1_PreviewVoiceRequest, callback: grpc.requestCallback<_sacv_tts_v1_SynthesizeResult__Output>): grpc.ClientUnaryCall;
  /**
   * A short sample of a voice, synthesised (and cached) like any other request.
   */
  previewVoice(argument: _sacv_tts_v1_PreviewVoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_SynthesizeResult__Output>): grpc.ClientUnaryCall;
  previewVoice(argument: _sacv_tts_v1_PreviewVoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_tts_v1_SynthesizeResult__Output>): grpc.ClientUnaryCall;
  previewVoice(argument: _sacv_tts_v1_PreviewVoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_SynthesizeResult__Output>): grpc.ClientUnaryCall;
  previewVoice(argument: _sacv_tts_v1_PreviewVoiceRequest, callback: grpc.requestCallback<_sacv_tts_v1_SynthesizeResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Changes limits live; a shrink never interrupts in-flight work.
   */
  SetLimits(argument: _sacv_tts_v1_SetLimitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_Limits__Output>): grpc.ClientUnaryCall;
  SetLimits(argument: _sacv_tts_v1_SetLimitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_tts_v1_Limits__Output>): grpc.ClientUnaryCall;
  SetLimits(argument: _sacv_tts_v1_SetLimitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_Limits__Output>): grpc.ClientUnaryCall;
  SetLimits(argument: _sacv_tts_v1_SetLimitsRequest, callback: grpc.requestCallback<_sacv_tts_v1_Limits__Output>): grpc.ClientUnaryCall;
  /**
   * Changes limits live; a shrink never interrupts in-flight work.
   */
  setLimits(argument: _sacv_tts_v1_SetLimitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_Limits__Output>): grpc.ClientUnaryCall;
  setLimits(argument: _sacv_tts_v1_SetLimitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_tts_v1_Limits__Output>): grpc.ClientUnaryCall;
  setLimits(argument: _sacv_tts_v1_SetLimitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_Limits__Output>): grpc.ClientUnaryCall;
  setLimits(argument: _sacv_tts_v1_SetLimitsRequest, callback: grpc.requestCallback<_sacv_tts_v1_Limits__Output>): grpc.ClientUnaryCall;
  
  /**
   * One synthesis. Errors are gRPC statuses with a machine-readable reason.
   */
  Synthesize(argument: _sacv_tts_v1_SynthesizeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_SynthesizeResult__Output>): grpc.ClientUnaryCall;
  Synthesize(argument: _sacv_tts_v1_SynthesizeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_tts_v1_SynthesizeResult__Output>): grpc.ClientUnaryCall;
  Synthesize(argument: _sacv_tts_v1_SynthesizeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_SynthesizeResult__Output>): grpc.ClientUnaryCall;
  Synthesize(argument: _sacv_tts_v1_SynthesizeRequest, callback: grpc.requestCallback<_sacv_tts_v1_SynthesizeResult__Output>): grpc.ClientUnaryCall;
  /**
   * One synthesis. Errors are gRPC statuses with a machine-readable reason.
   */
  synthesize(argument: _sacv_tts_v1_SynthesizeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_SynthesizeResult__Output>): grpc.ClientUnaryCall;
  synthesize(argument: _sacv_tts_v1_SynthesizeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_tts_v1_SynthesizeResult__Output>): grpc.ClientUnaryCall;
  synthesize(argument: _sacv_tts_v1_SynthesizeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_SynthesizeResult__Output>): grpc.ClientUnaryCall;
  synthesize(argument: _sacv_tts_v1_SynthesizeRequest, callback: grpc.requestCallback<_sacv_tts_v1_SynthesizeResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Many syntheses over one stream. Results (or per-item errors) come back in
   * completion order; a failing item does not end the stream. Cancelling the
   * call aborts every in-flight provider call and frees its slots at once.
   */
  SynthesizeStream(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_sacv_tts_v1_SynthesizeRequest, _sacv_tts_v1_SynthesizeStreamResponse__Output>;
  SynthesizeStream(options?: grpc.CallOptions): grpc.ClientDuplexStream<_sacv_tts_v1_SynthesizeRequest, _sacv_tts_v1_SynthesizeStreamResponse__Output>;
  /**
   * Many syntheses over one stream. Results (or per-item errors) come back in
   * completion order; a failing item does not end the stream. Cancelling the
   * call aborts every in-flight provider call and frees its slots at once.
   */
  synthesizeStream(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_sacv_tts_v1_SynthesizeRequest, _sacv_tts_v1_SynthesizeStreamResponse__Output>;
  synthesizeStream(options?: grpc.CallOptions): grpc.ClientDuplexStream<_sacv_tts_v1_SynthesizeRequest, _sacv_tts_v1_SynthesizeStreamResponse__Output>;
  
}

export interface TtsServiceHandlers extends grpc.UntypedServiceImplementation {
  GetLimits: grpc.handleUnaryCall<_sacv_tts_v1_GetLimitsRequest__Output, _sacv_tts_v1_Limits>;
  
  ListProviders: grpc.handleUnaryCall<_sacv_tts_v1_ListProvidersRequest__Output, _sacv_tts_v1_ListProvidersResponse>;
  
  /**
   * The voices one provider offers (the default provider's when none is named).
   */
  ListVoices: grpc.handleUnaryCall<_sacv_tts_v1_ListVoicesRequest__Output, _sacv_tts_v1_ListVoicesResponse>;
  
  /**
   * A short sample of a voice, synthesised (and cached) like any other request.
   */
  PreviewVoice: grpc.handleUnaryCall<_sacv_tts_v1_PreviewVoiceRequest__Output, _sacv_tts_v1_SynthesizeResult>;
  
  /**
   * Changes limits live; a shrink never interrupts in-flight work.
   */
  SetLimits: grpc.handleUnaryCall<_sacv_tts_v1_SetLimitsRequest__Output, _sacv_tts_v1_Limits>;
  
  /**
   * One synthesis. Errors are gRPC statuses with a machine-readable reason.
   */
  Synthesize: grpc.handleUnaryCall<_sacv_tts_v1_SynthesizeRequest__Output, _sacv_tts_v1_SynthesizeResult>;
  
  /**
   * Many syntheses over one stream. Results (or per-item errors) come back in
   * completion order; a failing item does not end the stream. Cancelling the
   * call aborts every in-flight provider call and frees its slots at once.
   */
  SynthesizeStream: grpc.handleBidiStreamingCall<_sacv_tts_v1_SynthesizeRequest__Output, _sacv_tts_v1_SynthesizeStreamResponse>;
  
}

export interface TtsServiceDefinition extends grpc.ServiceDefinition {
  GetLimits: MethodDefinition<_sacv_tts_v1_GetLimitsRequest, _sacv_tts_v1_Limits, _sacv_tts_v1_GetLimitsRequest__Output, _sacv_tts_v1_Limits__Output>
  ListProviders: MethodDefinition<_sacv_tts_v1_ListProvidersRequest, _sacv_tts_v1_ListProvidersResponse, _sacv_tts_v1_ListProvidersRequest__Output, _sacv_tts_v1_ListProvidersResponse__Output>
  ListVoices: MethodDefinition<_sacv_tts_v1_ListVoicesRequest, _sacv_tts_v1_ListVoicesResponse, _sacv_tts_v1_ListVoicesRequest__Output, _sacv_tts_v1_ListVoicesResponse__Output>
  PreviewVoice: MethodDefinition<_sacv_tts_v1_PreviewVoiceRequest, _sacv_tts_v1_SynthesizeResult, _sacv_tts_v1_PreviewVoiceRequest__Output, _sacv_tts_v1_SynthesizeResult__Output>
  SetLimits: MethodDefinition<_sacv_tts_v1_SetLimitsRequest, _sacv_tts_v1_Limits, _sacv_tts_v1_SetLimitsRequest__Output, _sacv_tts_v1_Limits__Output>
  Synthesize: MethodDefinition<_sacv_tts_v1_SynthesizeRequest, _sacv_tts_v1_SynthesizeResult, _sacv_tts_v1_SynthesizeRequest__Output, _sacv_tts_v1_SynthesizeResult__Output>
  SynthesizeStream: MethodDefinition<_sacv_tts_v1_SynthesizeRequest, _sacv_tts_v1_SynthesizeStreamResponse, _sacv_tts_v1_SynthesizeRequest__Output, _sacv_tts_v1_SynthesizeStreamResponse__Output>
}
