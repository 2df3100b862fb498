import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { BgmOptions as _sacv_common_v1_BgmOptions, BgmOptions__Output as _sacv_common_v1_BgmOptions__Output } from './sacv/common/v1/BgmOptions.ts';
import type { ErrorDetail as _sacv_common_v1_ErrorDetail, ErrorDetail__Output as _sacv_common_v1_ErrorDetail__Output } from './sacv/common/v1/ErrorDetail.ts';
import type { LoudnessOptions as _sacv_common_v1_LoudnessOptions, LoudnessOptions__Output as _sacv_common_v1_LoudnessOptions__Output } from './sacv/common/v1/LoudnessOptions.ts';
import type { LoudnessReport as _sacv_common_v1_LoudnessReport, LoudnessReport__Output as _sacv_common_v1_LoudnessReport__Output } from './sacv/common/v1/LoudnessReport.ts';
import type { OutputFrame as _sacv_common_v1_OutputFrame, OutputFrame__Output as _sacv_common_v1_OutputFrame__Output } from './sacv/common/v1/OutputFrame.ts';
import type { SubtitleStyle as _sacv_common_v1_SubtitleStyle, SubtitleStyle__Output as _sacv_common_v1_SubtitleStyle__Output } from './sacv/common/v1/SubtitleStyle.ts';
import type { TtsOptions as _sacv_common_v1_TtsOptions, TtsOptions__Output as _sacv_common_v1_TtsOptions__Output } from './sacv/common/v1/TtsOptions.ts';
import type { ActivateTtsConfigRequest as _sacv_orchestrator_v1_ActivateTtsConfigRequest, ActivateTtsConfigRequest__Output as _sacv_orchestrator_v1_ActivateTtsConfigRequest__Output } from './sacv/orchestrator/v1/ActivateTtsConfigRequest.ts';
import type { CancelTaskRequest as _sacv_orchestrator_v1_CancelTaskRequest, CancelTaskRequest__Output as _sacv_orchestrator_v1_CancelTaskRequest__Output } from './sacv/orchestrator/v1/CancelTaskRequest.ts';
import type { CancelTaskResponse as _sacv_orchestrator_v1_CancelTaskResponse, CancelTaskResponse__Output as _sacv_orchestrator_v1_CancelTaskResponse__Output } from './sacv/orchestrator/v1/CancelTaskResponse.ts';
import type { CheckReadyRequest as _sacv_orchestrator_v1_CheckReadyRequest, CheckReadyRequest__Output as _sacv_orchestrator_v1_CheckReadyRequest__Output } from './sacv/orchestrator/v1/CheckReadyRequest.ts';
import type { CheckReadyResponse as _sacv_orchestrator_v1_CheckReadyResponse, CheckReadyResponse__Output as _sacv_orchestrator_v1_CheckReadyResponse__Output } from './sacv/orchestrator/v1/CheckReadyResponse.ts';
import type { CompleteProjectVideoUploadRequest as _sacv_orchestrator_v1_CompleteProjectVideoUploadRequest, CompleteProjectVideoUploadRequest__Output as _sacv_orchestrator_v1_CompleteProjectVideoUploadRequest__Output } from './sacv/orchestrator/v1/CompleteProjectVideoUploadRequest.ts';
import type { CompleteProjectVideoUploadResponse as _sacv_orchestrator_v1_CompleteProjectVideoUploadResponse, CompleteProjectVideoUploadResponse__Output as _sacv_orchestrator_v1_CompleteProjectVideoUploadResponse__Output } from './sacv/orchestrator/v1/CompleteProjectVideoUploadResponse.ts';
import type { ConcurrencyState as _sacv_orchestrator_v1_ConcurrencyState, ConcurrencyState__Output as _sacv_orchestrator_v1_ConcurrencyState__Output } from './sacv/orchestrator/v1/ConcurrencyState.ts';
import type { CreateProjectRequest as _sacv_orchestrator_v1_CreateProjectRequest, CreateProjectRequest__Output as _sacv_orchestrator_v1_CreateProjectRequest__Output } from './sacv/orchestrator/v1/CreateProjectRequest.ts';
import type { DeleteProjectRequest as _sacv_orchestrator_v1_DeleteProjectRequest, DeleteProjectRequest__Output as _sacv_orchestrator_v1_DeleteProjectRequest__Output } from './sacv/orchestrator/v1/DeleteProjectRequest.ts';
import type { DeleteProjectResponse as _sacv_orchestrator_v1_DeleteProjectResponse, DeleteProjectResponse__Output as _sacv_orchestrator_v1_DeleteProjectResponse__Output } from './sacv/orchestrator/v1/DeleteProjectResponse.ts';
import type { DependencyStatus as _sacv_orchestrator_v1_DependencyStatus, DependencyStatus__Output as _sacv_orchestrator_v1_DependencyStatus__Output } from './sacv/orchestrator/v1/DependencyStatus.ts';
import type { DetectJianyingDraftPathsResponse as _sacv_orchestrator_v1_DetectJianyingDraftPathsResponse, DetectJianyingDraftPathsResponse__Output as _sacv_orchestrator_v1_DetectJianyingDraftPathsResponse__Output } from './sacv/orchestrator/v1/DetectJianyingDraftPathsResponse.ts';
import type { Event as _sacv_orchestrator_v1_Event, Event__Output as _sacv_orchestrator_v1_Event__Output } from './sacv/orchestrator/v1/Event.ts';
import type { FileChunk as _sacv_orchestrator_v1_FileChunk, FileChunk__Output as _sacv_orchestrator_v1_FileChunk__Output } from './sacv/orchestrator/v1/FileChunk.ts';
import type { GetConcurrencyRequest as _sacv_orchestrator_v1_GetConcurrencyRequest, GetConcurrencyRequest__Output as _sacv_orchestrator_v1_GetConcurrencyRequest__Output } from './sacv/orchestrator/v1/GetConcurrencyRequest.ts';
import type { GetJianyingDraftPathRequest as _sacv_orchestrator_v1_GetJianyingDraftPathRequest, GetJianyingDraftPathRequest__Output as _sacv_orchestrator_v1_GetJianyingDraftPathRequest__Output } from './sacv/orchestrator/v1/GetJianyingDraftPathRequest.ts';
import type { GetProjectRequest as _sacv_orchestrator_v1_GetProjectRequest, GetProjectRequest__Output as _sacv_orchestrator_v1_GetProjectRequest__Output } from './sacv/orchestrator/v1/GetProjectRequest.ts';
import type { GetSubtitleRequest as _sacv_orchestrator_v1_GetSubtitleRequest, GetSubtitleRequest__Output as _sacv_orchestrator_v1_GetSubtitleRequest__Output } from './sacv/orchestrator/v1/GetSubtitleRequest.ts';
import type { GetSubtitleResponse as _sacv_orchestrator_v1_GetSubtitleResponse, GetSubtitleResponse__Output as _sacv_orchestrator_v1_GetSubtitleResponse__Output } from './sacv/orchestrator/v1/GetSubtitleResponse.ts';
import type { GetTaskRequest as _sacv_orchestrator_v1_GetTaskRequest, GetTaskRequest__Output as _sacv_orchestrator_v1_GetTaskRequest__Output } from './sacv/orchestrator/v1/GetTaskRequest.ts';
import type { JianyingDraftPath as _sacv_orchestrator_v1_JianyingDraftPath, JianyingDraftPath__Output as _sacv_orchestrator_v1_JianyingDraftPath__Output } from './sacv/orchestrator/v1/JianyingDraftPath.ts';
import type { ListProjectsRequest as _sacv_orchestrator_v1_ListProjectsRequest, ListProjectsRequest__Output as _sacv_orchestrator_v1_ListProjectsRequest__Output } from './sacv/orchestrator/v1/ListProjectsRequest.ts';
import type { ListProjectsResponse as _sacv_orchestrator_v1_ListProjectsResponse, ListProjectsResponse__Output as _sacv_orchestrator_v1_ListProjectsResponse__Output } from './sacv/orchestrator/v1/ListProjectsResponse.ts';
import type { ListTasksRequest as _sacv_orchestrator_v1_ListTasksRequest, ListTasksRequest__Output as _sacv_orchestrator_v1_ListTasksRequest__Output } from './sacv/orchestrator/v1/ListTasksRequest.ts';
import type { ListTasksResponse as _sacv_orchestrator_v1_ListTasksResponse, ListTasksResponse__Output as _sacv_orchestrator_v1_ListTasksResponse__Output } from './sacv/orchestrator/v1/ListTasksResponse.ts';
import type { ListTtsConfigsRequest as _sacv_orchestrator_v1_ListTtsConfigsRequest, ListTtsConfigsRequest__Output as _sacv_orchestrator_v1_ListTtsConfigsRequest__Output } from './sacv/orchestrator/v1/ListTtsConfigsRequest.ts';
import type { ListTtsConfigsResponse as _sacv_orchestrator_v1_ListTtsConfigsResponse, ListTtsConfigsResponse__Output as _sacv_orchestrator_v1_ListTtsConfigsResponse__Output } from './sacv/orchestrator/v1/ListTtsConfigsResponse.ts';
import type { OrchestratorServiceClient as _sacv_orchestrator_v1_OrchestratorServiceClient, OrchestratorServiceDefinition as _sacv_orchestrator_v1_OrchestratorServiceDefinition } from './sacv/orchestrator/v1/OrchestratorService.ts';
import type { PreviewTtsVoiceRequest as _sacv_orchestrator_v1_PreviewTtsVoiceRequest, PreviewTtsVoiceRequest__Output as _sacv_orchestrator_v1_PreviewTtsVoiceRequest__Output } from './sacv/orchestrator/v1/PreviewTtsVoiceRequest.ts';
import type { PreviewTtsVoiceResponse as _sacv_orchestrator_v1_PreviewTtsVoiceResponse, PreviewTtsVoiceResponse__Output as _sacv_orchestrator_v1_PreviewTtsVoiceResponse__Output } from './sacv/orchestrator/v1/PreviewTtsVoiceResponse.ts';
import type { Project as _sacv_orchestrator_v1_Project, Project__Output as _sacv_orchestrator_v1_Project__Output } from './sacv/orchestrator/v1/Project.ts';
import type { ProjectVideoChunk as _sacv_orchestrator_v1_ProjectVideoChunk, ProjectVideoChunk__Output as _sacv_orchestrator_v1_ProjectVideoChunk__Output } from './sacv/orchestrator/v1/ProjectVideoChunk.ts';
import type { ProjectVideoChunkResponse as _sacv_orchestrator_v1_ProjectVideoChunkResponse, ProjectVideoChunkResponse__Output as _sacv_orchestrator_v1_ProjectVideoChunkResponse__Output } from './sacv/orchestrator/v1/ProjectVideoChunkResponse.ts';
import type { ReadDraftZipRequest as _sacv_orchestrator_v1_ReadDraftZipRequest, ReadDraftZipRequest__Output as _sacv_orchestrator_v1_ReadDraftZipRequest__Output } from './sacv/orchestrator/v1/ReadDraftZipRequest.ts';
import type { ReadOutputVideoRequest as _sacv_orchestrator_v1_ReadOutputVideoRequest, ReadOutputVideoRequest__Output as _sacv_orchestrator_v1_ReadOutputVideoRequest__Output } from './sacv/orchestrator/v1/ReadOutputVideoRequest.ts';
import type { ReadProjectVideoRequest as _sacv_orchestrator_v1_ReadProjectVideoRequest, ReadProjectVideoRequest__Output as _sacv_orchestrator_v1_ReadProjectVideoRequest__Output } from './sacv/orchestrator/v1/ReadProjectVideoRequest.ts';
import type { ResizeConcurrencyRequest as _sacv_orchestrator_v1_ResizeConcurrencyRequest, ResizeConcurrencyRequest__Output as _sacv_orchestrator_v1_ResizeConcurrencyRequest__Output } from './sacv/orchestrator/v1/ResizeConcurrencyRequest.ts';
import type { ResizeConcurrencyResponse as _sacv_orchestrator_v1_ResizeConcurrencyResponse, ResizeConcurrencyResponse__Output as _sacv_orchestrator_v1_ResizeConcurrencyResponse__Output } from './sacv/orchestrator/v1/ResizeConcurrencyResponse.ts';
import type { SaveSubtitleRequest as _sacv_orchestrator_v1_SaveSubtitleRequest, SaveSubtitleRequest__Output as _sacv_orchestrator_v1_SaveSubtitleRequest__Output } from './sacv/orchestrator/v1/SaveSubtitleRequest.ts';
import type { ScopeConfig as _sacv_orchestrator_v1_ScopeConfig, ScopeConfig__Output as _sacv_orchestrator_v1_ScopeConfig__Output } from './sacv/orchestrator/v1/ScopeConfig.ts';
import type { ScopeConfigPatch as _sacv_orchestrator_v1_ScopeConfigPatch, ScopeConfigPatch__Output as _sacv_orchestrator_v1_ScopeConfigPatch__Output } from './sacv/orchestrator/v1/ScopeConfigPatch.ts';
import type { ScopeEffective as _sacv_orchestrator_v1_ScopeEffective, ScopeEffective__Output as _sacv_orchestrator_v1_ScopeEffective__Output } from './sacv/orchestrator/v1/ScopeEffective.ts';
import type { SetJianyingDraftPathRequest as _sacv_orchestrator_v1_SetJianyingDraftPathRequest, SetJianyingDraftPathRequest__Output as _sacv_orchestrator_v1_SetJianyingDraftPathRequest__Output } from './sacv/orchestrator/v1/SetJianyingDraftPathRequest.ts';
import type { StringList as _sacv_orchestrator_v1_StringList, StringList__Output as _sacv_orchestrator_v1_StringList__Output } from './sacv/orchestrator/v1/StringList.ts';
import type { SubmitTaskRequest as _sacv_orchestrator_v1_SubmitTaskRequest, SubmitTaskRequest__Output as _sacv_orchestrator_v1_SubmitTaskRequest__Output } from './sacv/orchestrator/v1/SubmitTaskRequest.ts';
import type { SubmitTaskResponse as _sacv_orchestrator_v1_SubmitTaskResponse, SubmitTaskResponse__Output as _sacv_orchestrator_v1_SubmitTaskResponse__Output } from './sacv/orchestrator/v1/SubmitTaskResponse.ts';
import type { Task as _sacv_orchestrator_v1_Task, Task__Output as _sacv_orchestrator_v1_Task__Output } from './sacv/orchestrator/v1/Task.ts';
import type { TaskSegment as _sacv_orchestrator_v1_TaskSegment, TaskSegment__Output as _sacv_orchestrator_v1_TaskSegment__Output } from './sacv/orchestrator/v1/TaskSegment.ts';
import type { TestTtsConfigResponse as _sacv_orchestrator_v1_TestTtsConfigResponse, TestTtsConfigResponse__Output as _sacv_orchestrator_v1_TestTtsConfigResponse__Output } from './sacv/orchestrator/v1/TestTtsConfigResponse.ts';
import type { TtsConfig as _sacv_orchestrator_v1_TtsConfig, TtsConfig__Output as _sacv_orchestrator_v1_TtsConfig__Output } from './sacv/orchestrator/v1/TtsConfig.ts';
import type { UpdateConcurrencyRequest as _sacv_orchestrator_v1_UpdateConcurrencyRequest, UpdateConcurrencyRequest__Output as _sacv_orchestrator_v1_UpdateConcurrencyRequest__Output } from './sacv/orchestrator/v1/UpdateConcurrencyRequest.ts';
import type { UpdateProjectRequest as _sacv_orchestrator_v1_UpdateProjectRequest, UpdateProjectRequest__Output as _sacv_orchestrator_v1_UpdateProjectRequest__Output } from './sacv/orchestrator/v1/UpdateProjectRequest.ts';
import type { UpdateScriptRequest as _sacv_orchestrator_v1_UpdateScriptRequest, UpdateScriptRequest__Output as _sacv_orchestrator_v1_UpdateScriptRequest__Output } from './sacv/orchestrator/v1/UpdateScriptRequest.ts';
import type { UpdateTtsConfigRequest as _sacv_orchestrator_v1_UpdateTtsConfigRequest, UpdateTtsConfigRequest__Output as _sacv_orchestrator_v1_UpdateTtsConfigRequest__Output } from './sacv/orchestrator/v1/UpdateTtsConfigRequest.ts';
import type { UploadBgmChunk as _sacv_orchestrator_v1_UploadBgmChunk, UploadBgmChunk__Output as _sacv_orchestrator_v1_UploadBgmChunk__Output } from './sacv/orchestrator/v1/UploadBgmChunk.ts';
import type { UploadBgmResponse as _sacv_orchestrator_v1_UploadBgmResponse, UploadBgmResponse__Output as _sacv_orchestrator_v1_UploadBgmResponse__Output } from './sacv/orchestrator/v1/UploadBgmResponse.ts';
import type { UploadVideoChunk as _sacv_orchestrator_v1_UploadVideoChunk, UploadVideoChunk__Output as _sacv_orchestrator_v1_UploadVideoChunk__Output } from './sacv/orchestrator/v1/UploadVideoChunk.ts';
import type { UploadVideoResponse as _sacv_orchestrator_v1_UploadVideoResponse, UploadVideoResponse__Output as _sacv_orchestrator_v1_UploadVideoResponse__Output } from './sacv/orchestrator/v1/UploadVideoResponse.ts';
import type { WatchEventsRequest as _sacv_orchestrator_v1_WatchEventsRequest, WatchEventsRequest__Output as _sacv_orchestrator_v1_WatchEventsRequest__Output } from './sacv/orchestrator/v1/WatchEventsRequest.ts';
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
    orchestrator: {
      v1: {
        ActivateTtsConfigRequest: MessageTypeDefinition<_sacv_orchestrator_v1_ActivateTtsConfigRequest, _sacv_orchestrator_v1_ActivateTtsConfigRequest__Output>
        CancelTaskRequest: MessageTypeDefinition<_sacv_orchestrator_v1_CancelTaskRequest, _sacv_orchestrator_v1_CancelTaskRequest__Output>
        CancelTaskResponse: MessageTypeDefinition<_sacv_orchestrator_v1_CancelTaskResponse, _sacv_orchestrator_v1_CancelTaskResponse__Output>
        CheckReadyRequest: MessageTypeDefinition<_sacv_orchestrator_v1_CheckReadyRequest, _sacv_orchestrator_v1_CheckReadyRequest__Output>
        CheckReadyResponse: MessageTypeDefinition<_sacv_orchestrator_v1_CheckReadyResponse, _sacv_orchestrator_v1_CheckReadyResponse__Output>
        CompleteProjectVideoUploadRequest: MessageTypeDefinition<_sacv_orchestrator_v1_CompleteProjectVideoUploadRequest, _sacv_orchestrator_v1_CompleteProjectVideoUploadRequest__Output>
        CompleteProjectVideoUploadResponse: MessageTypeDefinition<_sacv_orchestrator_v1_CompleteProjectVideoUploadResponse, _sacv_orchestrator_v1_CompleteProjectVideoUploadResponse__Output>
        ConcurrencyState: MessageTypeDefinition<_sacv_orchestrator_v1_ConcurrencyState, _sacv_orchestrator_v1_ConcurrencyState__Output>
        CreateProjectRequest: MessageTypeDefinition<_sacv_orchestrator_v1_CreateProjectRequest, _sacv_orchestrator_v1_CreateProjectRequest__Output>
        DeleteProjectRequest: MessageTypeDefinition<_sacv_orchestrator_v1_DeleteProjectRequest, _sacv_orchestrator_v1_DeleteProjectRequest__Output>
        DeleteProjectResponse: MessageTypeDefinition<_sacv_orchestrator_v1_DeleteProjectResponse, _sacv_orchestrator_v1_DeleteProjectResponse__Output>
        DependencyStatus: MessageTypeDefinition<_sacv_orchestrator_v1_DependencyStatus, _sacv_orchestrator_v1_DependencyStatus__Output>
        DetectJianyingDraftPathsResponse: MessageTypeDefinition<_sacv_orchestrator_v1_DetectJianyingDraftPathsResponse, _sacv_orchestrator_v1_DetectJianyingDraftPathsResponse__Output>
        Event: MessageTypeDefinition<_sacv_orchestrator_v1_Event, _sacv_orchestrator_v1_Event__Output>
        FileChunk: MessageTypeDefinition<_sacv_orchestrator_v1_FileChunk, _sacv_orchestrator_v1_FileChunk__Output>
        GetConcurrencyRequest: MessageTypeDefinition<_sacv_orchestrator_v1_GetConcurrencyRequest, _sacv_orchestrator_v1_GetConcurrencyRequest__Output>
        GetJianyingDraftPathRequest: MessageTypeDefinition<_sacv_orchestrator_v1_GetJianyingDraftPathRequest, _sacv_orchestrator_v1_GetJianyingDraftPathRequest__Output>
        GetProjectRequest: MessageTypeDefinition<_sacv_orchestrator_v1_GetProjectRequest, _sacv_orchestrator_v1_GetProjectRequest__Output>
        GetSubtitleRequest: MessageTypeDefinition<_sacv_orchestrator_v1_GetSubtitleRequest, _sacv_orchestrator_v1_GetSubtitleRequest__Output>
        GetSubtitleResponse: MessageTypeDefinition<_sacv_orchestrator_v1_GetSubtitleResponse, _sacv_orchestrator_v1_GetSubtitleResponse__Output>
        GetTaskRequest: MessageTypeDefinition<_sacv_orchestrator_v1_GetTaskRequest, _sacv_orchestrator_v1_GetTaskRequest__Output>
        JianyingDraftPath: MessageTypeDefinition<_sacv_orchestrator_v1_JianyingDraftPath, _sacv_orchestrator_v1_JianyingDraftPath__Output>
        ListProjectsRequest: MessageTypeDefinition<_sacv_orchestrator_v1_ListProjectsRequest, _sacv_orchestrator_v1_ListProjectsRequest__Output>
        ListProjectsResponse: MessageTypeDefinition<_sacv_orchestrator_v1_ListProjectsResponse, _sacv_orchestrator_v1_ListProjectsResponse__Output>
        ListTasksRequest: MessageTypeDefinition<_sacv_orchestrator_v1_ListTasksRequest, _sacv_orchestrator_v1_ListTasksRequest__Output>
        ListTasksResponse: MessageTypeDefinition<_sacv_orchestrator_v1_ListTasksResponse, _sacv_orchestrator_v1_ListTasksResponse__Output>
        ListTtsConfigsRequest: MessageTypeDefinition<_sacv_orchestrator_v1_ListTtsConfigsRequest, _sacv_orchestrator_v1_ListTtsConfigsRequest__Output>
        ListTtsConfigsResponse: MessageTypeDefinition<_sacv_orchestrator_v1_ListTtsConfigsResponse, _sacv_orchestrator_v1_ListTtsConfigsResponse__Output>
        OrchestratorService: SubtypeConstructor<typeof grpc.Client, _sacv_orchestrator_v1_OrchestratorServiceClient> & { service: _sacv_orchestrator_v1_OrchestratorServiceDefinition }
        PreviewTtsVoiceRequest: MessageTypeDefinition<_sacv_orchestrator_v1_PreviewTtsVoiceRequest, _sacv_orchestrator_v1_PreviewTtsVoiceRequest__Output>
        PreviewTtsVoiceResponse: MessageTypeDefinition<_sacv_orchestrator_v1_PreviewTtsVoiceResponse, _sacv_orchestrator_v1_PreviewTtsVoiceResponse__Output>
        Project: MessageTypeDefinition<_sacv_orchestrator_v1_Project, _sacv_orchestrator_v1_Project__Output>
        ProjectVideoChunk: MessageTypeDefinition<_sacv_orchestrator_v1_ProjectVideoChunk, _sacv_orchestrator_v1_ProjectVideoChunk__Output>
        ProjectVideoChunkResponse: MessageTypeDefinition<_sacv_orchestrator_v1_ProjectVideoChunkResponse, _sacv_orchestrator_v1_ProjectVideoChunkResponse__Output>
        ReadDraftZipRequest: MessageTypeDefinition<_sacv_orchestrator_v1_ReadDraftZipRequest, _sacv_orchestrator_v1_ReadDraftZipRequest__Output>
        ReadOutputVideoRequest: MessageTypeDefinition<_sacv_orchestrator_v1_ReadOutputVideoRequest, _sacv_orchestrator_v1_ReadOutputVideoRequest__Output>
        ReadProjectVideoRequest: MessageTypeDefinition<_sacv_orchestrator_v1_ReadProjectVideoRequest, _sacv_orchestrator_v1_ReadProjectVideoRequest__Output>
        ResizeConcurrencyRequest: MessageTypeDefinition<_sacv_orchestrator_v1_ResizeConcurrencyRequest, _sacv_orchestrator_v1_ResizeConcurrencyRequest__Output>
        ResizeConcurrencyResponse: MessageTypeDefinition<_sacv_orchestrator_v1_ResizeConcurrencyResponse, _sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>
        SaveSubtitleRequest: MessageTypeDefinition<_sacv_orchestrator_v1_SaveSubtitleRequest, _sacv_orchestrator_v1_SaveSubtitleRequest__Output>
        ScopeConfig: MessageTypeDefinition<_sacv_orchestrator_v1_ScopeConfig, _sacv_orchestrator_v1_ScopeConfig__Output>
        ScopeConfigPatch: MessageTypeDefinition<_sacv_orchestrator_v1_ScopeConfigPatch, _sacv_orchestrator_v1_ScopeConfigPatch__Output>
        ScopeEffective: MessageTypeDefinition<_sacv_orchestrator_v1_ScopeEffective, _sacv_orchestrator_v1_ScopeEffective__Output>
        SetJianyingDraftPathRequest: MessageTypeDefinition<_sacv_orchestrator_v1_SetJianyingDraftPathRequest, _sacv_orchestrator_v1_SetJianyingDraftPathRequest__Output>
        StringList: MessageTypeDefinition<_sacv_orchestrator_v1_StringList, _sacv_orchestrator_v1_StringList__Output>
        SubmitTaskRequest: MessageTypeDefinition<_sacv_orchestrator_v1_SubmitTaskRequest, _sacv_orchestrator_v1_SubmitTaskRequest__Output>
        SubmitTaskResponse: MessageTypeDefinition<_sacv_orchestrator_v1_SubmitTaskResponse, _sacv_orchestrator_v1_SubmitTaskResponse__Output>
        Task: MessageTypeDefinition<_sacv_orchestrator_v1_Task, _sacv_orchestrator_v1_Task__Output>
        TaskSegment: MessageTypeDefinition<_sacv_orchestrator_v1_TaskSegment, _sacv_orchestrator_v1_TaskSegment__Output>
        TestTtsConfigResponse: MessageTypeDefinition<_sacv_orchestrator_v1_TestTtsConfigResponse, _sacv_orchestrator_v1_TestTtsConfigResponse__Output>
        TtsConfig: MessageTypeDefinition<_sacv_orchestrator_v1_TtsConfig, _sacv_orchestrator_v1_TtsConfig__Output>
        UpdateConcurrencyRequest: MessageTypeDefinition<_sacv_orchestrator_v1_UpdateConcurrencyRequest, _sacv_orchestrator_v1_UpdateConcurrencyRequest__Output>
        UpdateProjectRequest: MessageTypeDefinition<_sacv_orchestrator_v1_UpdateProjectRequest, _sacv_orchestrator_v1_UpdateProjectRequest__Output>
        UpdateScriptRequest: MessageTypeDefinition<_sacv_orchestrator_v1_UpdateScriptRequest, _sacv_orchestrator_v1_UpdateScriptRequest__Output>
        UpdateTtsConfigRequest: MessageTypeDefinition<_sacv_orchestrator_v1_UpdateTtsConfigRequest, _sacv_orchestrator_v1_UpdateTtsConfigRequest__Output>
        UploadBgmChunk: MessageTypeDefinition<_sacv_orchestrator_v1_UploadBgmChunk, _sacv_orchestrator_v1_UploadBgmChunk__Output>
        UploadBgmResponse: MessageTypeDefinition<_sacv_orchestrator_v1_UploadBgmResponse, _sacv_orchestrator_v1_UploadBgmResponse__Output>
        UploadVideoChunk: MessageTypeDefinition<_sacv_orchestrator_v1_UploadVideoChunk, _sacv_orchestrator_v1_UploadVideoChunk__Output>
        UploadVideoResponse: MessageTypeDefinition<_sacv_orchestrator_v1_UploadVideoResponse, _sacv_orchestrator_v1_UploadVideoResponse__Output>
        WatchEventsRequest: MessageTypeDefinition<_sacv_orchestrator_v1_WatchEventsRequest, _sacv_orchestrator_v1_WatchEventsRequest__Output>
      }
    }
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

