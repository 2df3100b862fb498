// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ActivateTtsConfigRequest as _sacv_orchestrator_v1_ActivateTtsConfigRequest, ActivateTtsConfigRequest__Output as _sacv_orchestrator_v1_ActivateTtsConfigRequest__Output } from '../../../sacv/orchestrator/v1/ActivateTtsConfigRequest.ts';
import type { CancelTaskRequest as _sacv_orchestrator_v1_CancelTaskRequest, CancelTaskRequest__Output as _sacv_orchestrator_v1_CancelTaskRequest__Output } from '../../../sacv/orchestrator/v1/CancelTaskRequest.ts';
import type { CancelTaskResponse as _sacv_orchestrator_v1_CancelTaskResponse, CancelTaskResponse__Output as _sacv_orchestrator_v1_CancelTaskResponse__Output } from '../../../sacv/orchestrator/v1/CancelTaskResponse.ts';
import type { CheckReadyRequest as _sacv_orchestrator_v1_CheckReadyRequest, CheckReadyRequest__Output as _sacv_orchestrator_v1_CheckReadyRequest__Output } from '../../../sacv/orchestrator/v1/CheckReadyRequest.ts';
import type { CheckReadyResponse as _sacv_orchestrator_v1_CheckReadyResponse, CheckReadyResponse__Output as _sacv_orchestrator_v1_CheckReadyResponse__Output } from '../../../sacv/orchestrator/v1/CheckReadyResponse.ts';
import type { CompleteProjectVideoUploadRequest as _sacv_orchestrator_v1_CompleteProjectVideoUploadRequest, CompleteProjectVideoUploadRequest__Output as _sacv_orchestrator_v1_CompleteProjectVideoUploadRequest__Output } from '../../../sacv/orchestrator/v1/CompleteProjectVideoUploadRequest.ts';
import type { CompleteProjectVideoUploadResponse as _sacv_orchestrator_v1_CompleteProjectVideoUploadResponse, CompleteProjectVideoUploadResponse__Output as _sacv_orchestrator_v1_CompleteProjectVideoUploadResponse__Output } from '../../../sacv/orchestrator/v1/CompleteProjectVideoUploadResponse.ts';
import type { ConcurrencyState as _sacv_orchestrator_v1_ConcurrencyState, ConcurrencyState__Output as _sacv_orchestrator_v1_ConcurrencyState__Output } from '../../../sacv/orchestrator/v1/ConcurrencyState.ts';
import type { CreateProjectRequest as _sacv_orchestrator_v1_CreateProjectRequest, CreateProjectRequest__Output as _sacv_orchestrator_v1_CreateProjectRequest__Output } from '../../../sacv/orchestrator/v1/CreateProjectRequest.ts';
import type { DeleteProjectRequest as _sacv_orchestrator_v1_DeleteProjectRequest, DeleteProjectRequest__Output as _sacv_orchestrator_v1_DeleteProjectRequest__Output } from '../../../sacv/orchestrator/v1/DeleteProjectRequest.ts';
import type { DeleteProjectResponse as _sacv_orchestrator_v1_DeleteProjectResponse, DeleteProjectResponse__Output as _sacv_orchestrator_v1_DeleteProjectResponse__Output } from '../../../sacv/orchestrator/v1/DeleteProjectResponse.ts';
import type { DetectJianyingDraftPathsResponse as _sacv_orchestrator_v1_DetectJianyingDraftPathsResponse, DetectJianyingDraftPathsResponse__Output as _sacv_orchestrator_v1_DetectJianyingDraftPathsResponse__Output } from '../../../sacv/orchestrator/v1/DetectJianyingDraftPathsResponse.ts';
import type { Event as _sacv_orchestrator_v1_Event, Event__Output as _sacv_orchestrator_v1_Event__Output } from '../../../sacv/orchestrator/v1/Event.ts';
import type { FileChunk as _sacv_orchestrator_v1_FileChunk, FileChunk__Output as _sacv_orchestrator_v1_FileChunk__Output } from '../../../sacv/orchestrator/v1/FileChunk.ts';
import type { GetConcurrencyRequest as _sacv_orchestrator_v1_GetConcurrencyRequest, GetConcurrencyRequest__Output as _sacv_orchestrator_v1_GetConcurrencyRequest__Output } from '../../../sacv/orchestrator/v1/GetConcurrencyRequest.ts';
import type { GetJianyingDraftPathRequest as _sacv_orchestrator_v1_GetJianyingDraftPathRequest, GetJianyingDraftPathRequest__Output as _sacv_orchestrator_v1_GetJianyingDraftPathRequest__Output } from '../../../sacv/orchestrator/v1/GetJianyingDraftPathRequest.ts';
import type { GetProjectRequest as _sacv_orchestrator_v1_GetProjectRequest, GetProjectRequest__Output as _sacv_orchestrator_v1_GetProjectRequest__Output } from '../../../sacv/orchestrator/v1/GetProjectRequest.ts';
import type { GetSubtitleRequest as _sacv_orchestrator_v1_GetSubtitleRequest, GetSubtitleRequest__Output as _sacv_orchestrator_v1_GetSubtitleRequest__Output } from '../../../sacv/orchestrator/v1/GetSubtitleRequest.ts';
import type { GetSubtitleResponse as _sacv_orchestrator_v1_GetSubtitleResponse, GetSubtitleResponse__Output as _sacv_orchestrator_v1_GetSubtitleResponse__Output } from '../../../sacv/orchestrator/v1/GetSubtitleResponse.ts';
import type { GetTaskRequest as _sacv_orchestrator_v1_GetTaskRequest, GetTaskRequest__Output as _sacv_orchestrator_v1_GetTaskRequest__Output } from '../../../sacv/orchestrator/v1/GetTaskRequest.ts';
import type { JianyingDraftPath as _sacv_orchestrator_v1_JianyingDraftPath, JianyingDraftPath__Output as _sacv_orchestrator_v1_JianyingDraftPath__Output } from '../../../sacv/orchestrator/v1/JianyingDraftPath.ts';
import type { ListProjectsRequest as _sacv_orchestrator_v1_ListProjectsRequest, ListProjectsRequest__Output as _sacv_orchestrator_v1_ListProjectsRequest__Output } from '../../../sacv/orchestrator/v1/ListProjectsRequest.ts';
import type { ListProjectsResponse as _sacv_orchestrator_v1_ListProjectsResponse, ListProjectsResponse__Output as _sacv_orchestrator_v1_ListProjectsResponse__Output } from '../../../sacv/orchestrator/v1/ListProjectsResponse.ts';
import type { ListProvidersRequest as _sacv_tts_v1_ListProvidersRequest, ListProvidersRequest__Output as _sacv_tts_v1_ListProvidersRequest__Output } from '../../../sacv/tts/v1/ListProvidersRequest.ts';
import type { ListProvidersResponse as _sacv_tts_v1_ListProvidersResponse, ListProvidersResponse__Output as _sacv_tts_v1_ListProvidersResponse__Output } from '../../../sacv/tts/v1/ListProvidersResponse.ts';
import type { ListTasksRequest as _sacv_orchestrator_v1_ListTasksRequest, ListTasksRequest__Output as _sacv_orchestrator_v1_ListTasksRequest__Output } from '../../../sacv/orchestrator/v1/ListTasksRequest.ts';
import type { ListTasksResponse as _sacv_orchestrator_v1_ListTasksResponse, ListTasksResponse__Output as _sacv_orchestrator_v1_ListTasksResponse__Output } from '../../../sacv/orchestrator/v1/ListTasksResponse.ts';
import type { ListTtsConfigsRequest as _sacv_orchestrator_v1_ListTtsConfigsRequest, ListTtsConfigsRequest__Output as _sacv_orchestrator_v1_ListTtsConfigsRequest__Output } from '../../../sacv/orchestrator/v1/ListTtsConfigsRequest.ts';
import type { ListTtsConfigsResponse as _sacv_orchestrator_v1_ListTtsConfigsResponse, ListTtsConfigsResponse__Output as _sacv_orchestrator_v1_ListTtsConfigsResponse__Output } from '../../../sacv/orchestrator/v1/ListTtsConfigsResponse.ts';
import type { ListVoicesRequest as _sacv_tts_v1_ListVoicesRequest, ListVoicesRequest__Output as _sacv_tts_v1_ListVoicesRequest__Output } from '../../../sacv/tts/v1/ListVoicesRequest.ts';
import type { ListVoicesResponse as _sacv_tts_v1_ListVoicesResponse, ListVoicesResponse__Output as _sacv_tts_v1_ListVoicesResponse__Output } from '../../../sacv/tts/v1/ListVoicesResponse.ts';
import type { PreviewTtsVoiceRequest as _sacv_orchestrator_v1_PreviewTtsVoiceRequest, PreviewTtsVoiceRequest__Output as _sacv_orchestrator_v1_PreviewTtsVoiceRequest__Output } from '../../../sacv/orchestrator/v1/PreviewTtsVoiceRequest.ts';
import type { PreviewTtsVoiceResponse as _sacv_orchestrator_v1_PreviewTtsVoiceResponse, PreviewTtsVoiceResponse__Output as _sacv_orchestrator_v1_PreviewTtsVoiceResponse__Output } from '../../../sacv/orchestrator/v1/PreviewTtsVoiceResponse.ts';
import type { Project as _sacv_orchestrator_v1_Project, Project__Output as _sacv_orchestrator_v1_Project__Output } from '../../../sacv/orchestrator/v1/Project.ts';
import type { ProjectVideoChunk as _sacv_orchestrator_v1_ProjectVideoChunk, ProjectVideoChunk__Output as _sacv_orchestrator_v1_ProjectVideoChunk__Output } from '../../../sacv/orchestrator/v1/ProjectVideoChunk.ts';
import type { ProjectVideoChunkResponse as _sacv_orchestrator_v1_ProjectVideoChunkResponse, ProjectVideoChunkResponse__Output as _sacv_orchestrator_v1_ProjectVideoChunkResponse__Output } from '../../../sacv/orchestrator/v1/ProjectVideoChunkResponse.ts';
import type { ReadDraftZipRequest as _sacv_orchestrator_v1_ReadDraftZipRequest, ReadDraftZipRequest__Output as _sacv_orchestrator_v1_ReadDraftZipRequest__Output } from '../../../sacv/orchestrator/v1/ReadDraftZipRequest.ts';
import type { ReadOutputVideoRequest as _sacv_orchestrator_v1_ReadOutputVideoRequest, ReadOutputVideoRequest__Output as _sacv_orchestrator_v1_ReadOutputVideoRequest__Output } from '../../../sacv/orchestrator/v1/ReadOutputVideoRequest.ts';
import type { ReadProjectVideoRequest as _sacv_orchestrator_v1_ReadProjectVideoRequest, ReadProjectVideoRequest__Output as _sacv_orchestrator_v1_ReadProjectVideoRequest__Output } from '../../../sacv/orchestrator/v1/ReadProjectVideoRequest.ts';
import type { ResizeConcurrencyRequest as _sacv_orchestrator_v1_ResizeConcurrencyRequest, ResizeConcurrencyRequest__Output as _sacv_orchestrator_v1_ResizeConcurrencyRequest__Output } from '../../../sacv/orchestrator/v1/ResizeConcurrencyRequest.ts';
import type { ResizeConcurrencyResponse as _sacv_orchestrator_v1_ResizeConcurrencyResponse, ResizeConcurrencyResponse__Output as _sacv_orchestrator_v1_ResizeConcurrencyResponse__Output } from '../../../sacv/orchestrator/v1/ResizeConcurrencyResponse.ts';
import type { SaveSubtitleRequest as _sacv_orchestrator_v1_SaveSubtitleRequest, SaveSubtitleRequest__Output as _sacv_orchestrator_v1_SaveSubtitleRequest__Output } from '../../../sacv/orchestrator/v1/SaveSubtitleRequest.ts';
import type { SetJianyingDraftPathRequest as _sacv_orchestrator_v1_SetJianyingDraftPathRequest, SetJianyingDraftPathRequest__Output as _sacv_orchestrator_v1_SetJianyingDraftPathRequest__Output } from '../../../sacv/orchestrator/v1/SetJianyingDraftPathRequest.ts';
import type { SubmitTaskRequest as _sacv_orchestrator_v1_SubmitTaskRequest, SubmitTaskRequest__Output as _sacv_orchestrator_v1_SubmitTaskRequest__Output } from '../../../sacv/orchestrator/v1/SubmitTaskRequest.ts';
import type { SubmitTaskResponse as _sacv_orchestrator_v1_SubmitTaskResponse, SubmitTaskResponse__Output as _sacv_orchestrator_v1_SubmitTaskResponse__Output } from '../../../sacv/orchestrator/v1/SubmitTaskResponse.ts';
import type { Task as _sacv_orchestrator_v1_Task, Task__Output as _sacv_orchestrator_v1_Task__Output } from '../../../sacv/orchestrator/v1/Task.ts';
import type { TestTtsConfigResponse as _sacv_orchestrator_v1_TestTtsConfigResponse, TestTtsConfigResponse__Output as _sacv_orchestrator_v1_TestTtsConfigResponse__Output } from '../../../sacv/orchestrator/v1/TestTtsConfigResponse.ts';
import type { TtsConfig as _sacv_orchestrator_v1_TtsConfig, TtsConfig__Output as _sacv_orchestrator_v1_TtsConfig__Output } from '../../../sacv/orchestrator/v1/TtsConfig.ts';
import type { UpdateConcurrencyRequest as _sacv_orchestrator_v1_UpdateConcurrencyRequest, UpdateConcurrencyRequest__Output as _sacv_orchestrator_v1_UpdateConcurrencyRequest__Output } from '../../../sacv/orchestrator/v1/UpdateConcurrencyRequest.ts';
import type { UpdateProjectRequest as _sacv_orchestrator_v1_UpdateProjectRequest, UpdateProjectRequest__Output as _sacv_orchestrator_v1_UpdateProjectRequest__Output } from '../../../sacv/orchestrator/v1/UpdateProjectRequest.ts';
import type { UpdateScriptRequest as _sacv_orchestrator_v1_UpdateScriptRequest, UpdateScriptRequest__Output as _sacv_orchestrator_v1_UpdateScriptRequest__Output } from '../../../sacv/orchestrator/v1/UpdateScriptRequest.ts';
import type { UpdateTtsConfigRequest as _sacv_orchestrator_v1_UpdateTtsConfigRequest, UpdateTtsConfigRequest__Output as _sacv_orchestrator_v1_UpdateTtsConfigRequest__Output } from '../../../sacv/orchestrator/v1/UpdateTtsConfigRequest.ts';
import type { UploadBgmChunk as _sacv_orchestrator_v1_UploadBgmChunk, UploadBgmChunk__Output as _sacv_orchestrator_v1_UploadBgmChunk__Output } from '../../../sacv/orchestrator/v1/UploadBgmChunk.ts';
import type { UploadBgmResponse as _sacv_orchestrator_v1_UploadBgmResponse, UploadBgmResponse__Output as _sacv_orchestrator_v1_UploadBgmResponse__Output } from '../../../sacv/orchestrator/v1/UploadBgmResponse.ts';
import type { UploadVideoChunk as _sacv_orchestrator_v1_UploadVideoChunk, UploadVideoChunk__Output as _sacv_orchestrator_v1_UploadVideoChunk__Output } from '../../../sacv/orchestrator/v1/UploadVideoChunk.ts';
import type { UploadVideoResponse as _sacv_orchestrator_v1_UploadVideoResponse, UploadVideoResponse__Output as _sacv_orchestrator_v1_UploadVideoResponse__Output } from '../../../sacv/orchestrator/v1/UploadVideoResponse.ts';
import type { WatchEventsRequest as _sacv_orchestrator_v1_WatchEventsRequest, WatchEventsRequest__Output as _sacv_orchestrator_v1_WatchEventsRequest__Output } from '../../../sacv/orchestrator/v1/WatchEventsRequest.ts';

export interface OrchestratorServiceClient extends grpc.Client {
  ActivateTtsConfig(argument: _sacv_orchestrator_v1_ActivateTtsConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_TtsConfig__Output>): grpc.ClientUnaryCall;
  ActivateTtsConfig(argument: _sacv_orchestrator_v1_ActivateTtsConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_TtsConfig__Output>): grpc.ClientUnaryCall;
  ActivateTtsConfig(argument: _sacv_orchestrator_v1_ActivateTtsConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_TtsConfig__Output>): grpc.ClientUnaryCall;
  ActivateTtsConfig(argument: _sacv_orchestrator_v1_ActivateTtsConfigRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_TtsConfig__Output>): grpc.ClientUnaryCall;
  activateTtsConfig(argument: _sacv_orchestrator_v1_ActivateTtsConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_TtsConfig__Output>): grpc.ClientUnaryCall;
  activateTtsConfig(argument: _sacv_orchestrator_v1_ActivateTtsConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_TtsConfig__Output>): grpc.ClientUnaryCall;
  activateTtsConfig(argument: _sacv_orchestrator_v1_ActivateTtsConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_TtsConfig__Output>): grpc.ClientUnaryCall;
  activateTtsConfig(argument: _sacv_orchestrator_v1_ActivateTtsConfigRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_TtsConfig__Output>): grpc.ClientUnaryCall;
  
  CancelTask(argument: _sacv_orchestrator_v1_CancelTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_CancelTaskResponse__Output>): grpc.ClientUnaryCall;
  CancelTask(argument: _sacv_orchestrator_v1_CancelTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_CancelTaskResponse__Output>): grpc.ClientUnaryCall;
  CancelTask(argument: _sacv_orchestrator_v1_CancelTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_CancelTaskResponse__Output>): grpc.ClientUnaryCall;
  CancelTask(argument: _sacv_orchestrator_v1_CancelTaskRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_CancelTaskResponse__Output>): grpc.ClientUnaryCall;
  cancelTask(argument: _sacv_orchestrator_v1_CancelTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_CancelTaskResponse__Output>): grpc.ClientUnaryCall;
  cancelTask(argument: _sacv_orchestrator_v1_CancelTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_CancelTaskResponse__Output>): grpc.ClientUnaryCall;
  cancelTask(argument: _sacv_orchestrator_v1_CancelTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_CancelTaskResponse__Output>): grpc.ClientUnaryCall;
  cancelTask(argument: _sacv_orchestrator_v1_CancelTaskRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_CancelTaskResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Readiness of the orchestrator and the services it depends on.
   */
  CheckReady(argument: _sacv_orchestrator_v1_CheckReadyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_CheckReadyResponse__Output>): grpc.ClientUnaryCall;
  CheckReady(argument: _sacv_orchestrator_v1_CheckReadyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_CheckReadyResponse__Output>): grpc.ClientUnaryCall;
  CheckReady(argument: _sacv_orchestrator_v1_CheckReadyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_CheckReadyResponse__Output>): grpc.ClientUnaryCall;
  CheckReady(argument: _sacv_orchestrator_v1_CheckReadyRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_CheckReadyResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Readiness of the orchestrator and the services it depends on.
   */
  checkReady(argument: _sacv_orchestrator_v1_CheckReadyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_CheckReadyResponse__Output>): grpc.ClientUnaryCall;
  checkReady(argument: _sacv_orchestrator_v1_CheckReadyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_CheckReadyResponse__Output>): grpc.ClientUnaryCall;
  checkReady(argument: _sacv_orchestrator_v1_CheckReadyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_CheckReadyResponse__Output>): grpc.ClientUnaryCall;
  checkReady(argument: _sacv_orchestrator_v1_CheckReadyRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_CheckReadyResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Joins the chunks of an upload into one video and adds it to the project's videos.
   */
  CompleteProjectVideoUpload(argument: _sacv_orchestrator_v1_CompleteProjectVideoUploadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_CompleteProjectVideoUploadResponse__Output>): grpc.ClientUnaryCall;
  CompleteProjectVideoUpload(argument: _sacv_orchestrator_v1_CompleteProjectVideoUploadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_CompleteProjectVideoUploadResponse__Output>): grpc.ClientUnaryCall;
  CompleteProjectVideoUpload(argument: _sacv_orchestrator_v1_CompleteProjectVideoUploadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_CompleteProjectVideoUploadResponse__Output>): grpc.ClientUnaryCall;
  CompleteProjectVideoUpload(argument: _sacv_orchestrator_v1_CompleteProjectVideoUploadRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_CompleteProjectVideoUploadResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Joins the chunks of an upload into one video and adds it to the project's videos.
   */
  completeProjectVideoUpload(argument: _sacv_orchestrator_v1_CompleteProjectVideoUploadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_CompleteProjectVideoUploadResponse__Output>): grpc.ClientUnaryCall;
  completeProjectVideoUpload(argument: _sacv_orchestrator_v1_CompleteProjectVideoUploadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_CompleteProjectVideoUploadResponse__Output>): grpc.ClientUnaryCall;
  completeProjectVideoUpload(argument: _sacv_orchestrator_v1_CompleteProjectVideoUploadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_CompleteProjectVideoUploadResponse__Output>): grpc.ClientUnaryCall;
  completeProjectVideoUpload(argument: _sacv_orchestrator_v1_CompleteProjectVideoUploadRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_CompleteProjectVideoUploadResponse__Output>): grpc.ClientUnaryCall;
  
  CreateProject(argument: _sacv_orchestrator_v1_CreateProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  CreateProject(argument: _sacv_orchestrator_v1_CreateProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  CreateProject(argument: _sacv_orchestrator_v1_CreateProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  CreateProject(argument: _sacv_orchestrator_v1_CreateProjectRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  createProject(argument: _sacv_orchestrator_v1_CreateProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  createProject(argument: _sacv_orchestrator_v1_CreateProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  createProject(argument: _sacv_orchestrator_v1_CreateProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  createProject(argument: _sacv_orchestrator_v1_CreateProjectRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  
  DeleteProject(argument: _sacv_orchestrator_v1_DeleteProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_DeleteProjectResponse__Output>): grpc.ClientUnaryCall;
  DeleteProject(argument: _sacv_orchestrator_v1_DeleteProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_DeleteProjectResponse__Output>): grpc.ClientUnaryCall;
  DeleteProject(argument: _sacv_orchestrator_v1_DeleteProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_DeleteProjectResponse__Output>): grpc.ClientUnaryCall;
  DeleteProject(argument: _sacv_orchestrator_v1_DeleteProjectRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_DeleteProjectResponse__Output>): grpc.ClientUnaryCall;
  deleteProject(argument: _sacv_orchestrator_v1_DeleteProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_DeleteProjectResponse__Output>): grpc.ClientUnaryCall;
  deleteProject(argument: _sacv_orchestrator_v1_DeleteProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_DeleteProjectResponse__Output>): grpc.ClientUnaryCall;
  deleteProject(argument: _sacv_orchestrator_v1_DeleteProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_DeleteProjectResponse__Output>): grpc.ClientUnaryCall;
  deleteProject(argument: _sacv_orchestrator_v1_DeleteProjectRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_DeleteProjectResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteSubtitle(argument: _sacv_orchestrator_v1_GetSubtitleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  DeleteSubtitle(argument: _sacv_orchestrator_v1_GetSubtitleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  DeleteSubtitle(argument: _sacv_orchestrator_v1_GetSubtitleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  DeleteSubtitle(argument: _sacv_orchestrator_v1_GetSubtitleRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  deleteSubtitle(argument: _sacv_orchestrator_v1_GetSubtitleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  deleteSubtitle(argument: _sacv_orchestrator_v1_GetSubtitleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  deleteSubtitle(argument: _sacv_orchestrator_v1_GetSubtitleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  deleteSubtitle(argument: _sacv_orchestrator_v1_GetSubtitleRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  
  DetectJianyingDraftPaths(argument: _sacv_orchestrator_v1_GetJianyingDraftPathRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_DetectJianyingDraftPathsResponse__Output>): grpc.ClientUnaryCall;
  DetectJianyingDraftPaths(argument: _sacv_orchestrator_v1_GetJianyingDraftPathRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_DetectJianyingDraftPathsResponse__Output>): grpc.ClientUnaryCall;
  DetectJianyingDraftPaths(argument: _sacv_orchestrator_v1_GetJianyingDraftPathRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_DetectJianyingDraftPathsResponse__Output>): grpc.ClientUnaryCall;
  DetectJianyingDraftPaths(argument: _sacv_orchestrator_v1_GetJianyingDraftPathRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_DetectJianyingDraftPathsResponse__Output>): grpc.ClientUnaryCall;
  detectJianyingDraftPaths(argument: _sacv_orchestrator_v1_GetJianyingDraftPathRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_DetectJianyingDraftPathsResponse__Output>): grpc.ClientUnaryCall;
  detectJianyingDraftPaths(argument: _sacv_orchestrator_v1_GetJianyingDraftPathRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_DetectJianyingDraftPathsResponse__Output>): grpc.ClientUnaryCall;
  detectJianyingDraftPaths(argument: _sacv_orchestrator_v1_GetJianyingDraftPathRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_DetectJianyingDraftPathsResponse__Output>): grpc.ClientUnaryCall;
  detectJianyingDraftPaths(argument: _sacv_orchestrator_v1_GetJianyingDraftPathRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_DetectJianyingDraftPathsResponse__Output>): grpc.ClientUnaryCall;
  
  GetConcurrency(argument: _sacv_orchestrator_v1_GetConcurrencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  GetConcurrency(argument: _sacv_orchestrator_v1_GetConcurrencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  GetConcurrency(argument: _sacv_orchestrator_v1_GetConcurrencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  GetConcurrency(argument: _sacv_orchestrator_v1_GetConcurrencyRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  getConcurrency(argument: _sacv_orchestrator_v1_GetConcurrencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  getConcurrency(argument: _sacv_orchestrator_v1_GetConcurrencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  getConcurrency(argument: _sacv_orchestrator_v1_GetConcurrencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  getConcurrency(argument: _sacv_orchestrator_v1_GetConcurrencyRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  
  /**
   * --- Settings ---
   */
  GetJianyingDraftPath(argument: _sacv_orchestrator_v1_GetJianyingDraftPathRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_JianyingDraftPath__Output>): grpc.ClientUnaryCall;
  GetJianyingDraftPath(argument: _sacv_orchestrator_v1_GetJianyingDraftPathRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_JianyingDraftPath__Output>): grpc.ClientUnaryCall;
  GetJianyingDraftPath(argument: _sacv_orchestrator_v1_GetJianyingDraftPathRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_JianyingDraftPath__Output>): grpc.ClientUnaryCall;
  GetJianyingDraftPath(argument: _sacv_orchestrator_v1_GetJianyingDraftPathRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_JianyingDraftPath__Output>): grpc.ClientUnaryCall;
  /**
   * --- Settings ---
   */
  getJianyingDraftPath(argument: _sacv_orchestrator_v1_GetJianyingDraftPathRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_JianyingDraftPath__Output>): grpc.ClientUnaryCall;
  getJianyingDraftPath(argument: _sacv_orchestrator_v1_GetJianyingDraftPathRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_JianyingDraftPath__Output>): grpc.ClientUnaryCall;
  getJianyingDraftPath(argument: _sacv_orchestrator_v1_GetJianyingDraftPathRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_JianyingDraftPath__Output>): grpc.ClientUnaryCall;
  getJianyingDraftPath(argument: _sacv_orchestrator_v1_GetJianyingDraftPathRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_JianyingDraftPath__Output>): grpc.ClientUnaryCall;
  
  GetProject(argument: _sacv_orchestrator_v1_GetProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  GetProject(argument: _sacv_orchestrator_v1_GetProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  GetProject(argument: _sacv_orchestrator_v1_GetProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  GetProject(argument: _sacv_orchestrator_v1_GetProjectRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _sacv_orchestrator_v1_GetProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _sacv_orchestrator_v1_GetProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _sacv_orchestrator_v1_GetProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _sacv_orchestrator_v1_GetProjectRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  
  GetSubtitle(argument: _sacv_orchestrator_v1_GetSubtitleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_GetSubtitleResponse__Output>): grpc.ClientUnaryCall;
  GetSubtitle(argument: _sacv_orchestrator_v1_GetSubtitleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_GetSubtitleResponse__Output>): grpc.ClientUnaryCall;
  GetSubtitle(argument: _sacv_orchestrator_v1_GetSubtitleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_GetSubtitleResponse__Output>): grpc.ClientUnaryCall;
  GetSubtitle(argument: _sacv_orchestrator_v1_GetSubtitleRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_GetSubtitleResponse__Output>): grpc.ClientUnaryCall;
  getSubtitle(argument: _sacv_orchestrator_v1_GetSubtitleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_GetSubtitleResponse__Output>): grpc.ClientUnaryCall;
  getSubtitle(argument: _sacv_orchestrator_v1_GetSubtitleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_GetSubtitleResponse__Output>): grpc.ClientUnaryCall;
  getSubtitle(argument: _sacv_orchestrator_v1_GetSubtitleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_GetSubtitleResponse__Output>): grpc.ClientUnaryCall;
  getSubtitle(argument: _sacv_orchestrator_v1_GetSubtitleRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_GetSubtitleResponse__Output>): grpc.ClientUnaryCall;
  
  GetTask(argument: _sacv_orchestrator_v1_GetTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Task__Output>): grpc.ClientUnaryCall;
  GetTask(argument: _sacv_orchestrator_v1_GetTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_Task__Output>): grpc.ClientUnaryCall;
  GetTask(argument: _sacv_orchestrator_v1_GetTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Task__Output>): grpc.ClientUnaryCall;
  GetTask(argument: _sacv_orchestrator_v1_GetTaskRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_Task__Output>): grpc.ClientUnaryCall;
  getTask(argument: _sacv_orchestrator_v1_GetTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Task__Output>): grpc.ClientUnaryCall;
  getTask(argument: _sacv_orchestrator_v1_GetTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_Task__Output>): grpc.ClientUnaryCall;
  getTask(argument: _sacv_orchestrator_v1_GetTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Task__Output>): grpc.ClientUnaryCall;
  getTask(argument: _sacv_orchestrator_v1_GetTaskRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_Task__Output>): grpc.ClientUnaryCall;
  
  ListProjects(argument: _sacv_orchestrator_v1_ListProjectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  ListProjects(argument: _sacv_orchestrator_v1_ListProjectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  ListProjects(argument: _sacv_orchestrator_v1_ListProjectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  ListProjects(argument: _sacv_orchestrator_v1_ListProjectsRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _sacv_orchestrator_v1_ListProjectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _sacv_orchestrator_v1_ListProjectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _sacv_orchestrator_v1_ListProjectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _sacv_orchestrator_v1_ListProjectsRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  
  ListTasks(argument: _sacv_orchestrator_v1_ListTasksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListTasksResponse__Output>): grpc.ClientUnaryCall;
  ListTasks(argument: _sacv_orchestrator_v1_ListTasksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListTasksResponse__Output>): grpc.ClientUnaryCall;
  ListTasks(argument: _sacv_orchestrator_v1_ListTasksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListTasksResponse__Output>): grpc.ClientUnaryCall;
  ListTasks(argument: _sacv_orchestrator_v1_ListTasksRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListTasksResponse__Output>): grpc.ClientUnaryCall;
  listTasks(argument: _sacv_orchestrator_v1_ListTasksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListTasksResponse__Output>): grpc.ClientUnaryCall;
  listTasks(argument: _sacv_orchestrator_v1_ListTasksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListTasksResponse__Output>): grpc.ClientUnaryCall;
  listTasks(argument: _sacv_orchestrator_v1_ListTasksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListTasksResponse__Output>): grpc.ClientUnaryCall;
  listTasks(argument: _sacv_orchestrator_v1_ListTasksRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListTasksResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * --- TTS configurations saved through the API (credentials stay server-side, masked) ---
   */
  ListTtsConfigs(argument: _sacv_orchestrator_v1_ListTtsConfigsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListTtsConfigsResponse__Output>): grpc.ClientUnaryCall;
  ListTtsConfigs(argument: _sacv_orchestrator_v1_ListTtsConfigsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListTtsConfigsResponse__Output>): grpc.ClientUnaryCall;
  ListTtsConfigs(argument: _sacv_orchestrator_v1_ListTtsConfigsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListTtsConfigsResponse__Output>): grpc.ClientUnaryCall;
  ListTtsConfigs(argument: _sacv_orchestrator_v1_ListTtsConfigsRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListTtsConfigsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * --- TTS configurations saved through the API (credentials stay server-side, masked) ---
   */
  listTtsConfigs(argument: _sacv_orchestrator_v1_ListTtsConfigsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListTtsConfigsResponse__Output>): grpc.ClientUnaryCall;
  listTtsConfigs(argument: _sacv_orchestrator_v1_ListTtsConfigsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListTtsConfigsResponse__Output>): grpc.ClientUnaryCall;
  listTtsConfigs(argument: _sacv_orchestrator_v1_ListTtsConfigsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListTtsConfigsResponse__Output>): grpc.ClientUnaryCall;
  listTtsConfigs(argument: _sacv_orchestrator_v1_ListTtsConfigsRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_ListTtsConfigsResponse__Output>): grpc.ClientUnaryCall;
  
  ListTtsProviders(argument: _sacv_tts_v1_ListProvidersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  ListTtsProviders(argument: _sacv_tts_v1_ListProvidersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  ListTtsProviders(argument: _sacv_tts_v1_ListProvidersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  ListTtsProviders(argument: _sacv_tts_v1_ListProvidersRequest, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  listTtsProviders(argument: _sacv_tts_v1_ListProvidersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  listTtsProviders(argument: _sacv_tts_v1_ListProvidersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  listTtsProviders(argument: _sacv_tts_v1_ListProvidersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  listTtsProviders(argument: _sacv_tts_v1_ListProvidersRequest, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * A provider's voices, asked with the stored credentials for that provider.
   */
  ListTtsVoices(argument: _sacv_tts_v1_ListVoicesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListVoicesResponse__Output>): grpc.ClientUnaryCall;
  ListTtsVoices(argument: _sacv_tts_v1_ListVoicesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_tts_v1_ListVoicesResponse__Output>): grpc.ClientUnaryCall;
  ListTtsVoices(argument: _sacv_tts_v1_ListVoicesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListVoicesResponse__Output>): grpc.ClientUnaryCall;
  ListTtsVoices(argument: _sacv_tts_v1_ListVoicesRequest, callback: grpc.requestCallback<_sacv_tts_v1_ListVoicesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * A provider's voices, asked with the stored credentials for that provider.
   */
  listTtsVoices(argument: _sacv_tts_v1_ListVoicesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListVoicesResponse__Output>): grpc.ClientUnaryCall;
  listTtsVoices(argument: _sacv_tts_v1_ListVoicesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_tts_v1_ListVoicesResponse__Output>): grpc.ClientUnaryCall;
  listTtsVoices(argument: _sacv_tts_v1_ListVoicesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListVoicesResponse__Output>): grpc.ClientUnaryCall;
  listTtsVoices(argument: _sacv_tts_v1_ListVoicesRequest, callback: grpc.requestCallback<_sacv_tts_v1_ListVoicesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Synthesizes a short sample with a voice, using a stored config's credentials.
   */
  PreviewTtsVoice(argument: _sacv_orchestrator_v1_PreviewTtsVoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_PreviewTtsVoiceResponse__Output>): grpc.ClientUnaryCall;
  PreviewTtsVoice(argument: _sacv_orchestrator_v1_PreviewTtsVoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_PreviewTtsVoiceResponse__Output>): grpc.ClientUnaryCall;
  PreviewTtsVoice(argument: _sacv_orchestrator_v1_PreviewTtsVoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_PreviewTtsVoiceResponse__Output>): grpc.ClientUnaryCall;
  PreviewTtsVoice(argument: _sacv_orchestrator_v1_PreviewTtsVoiceRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_PreviewTtsVoiceResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Synthesizes a short sample with a voice, using a stored config's credentials.
   */
  previewTtsVoice(argument: _sacv_orchestrator_v1_PreviewTtsVoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_PreviewTtsVoiceResponse__Output>): grpc.ClientUnaryCall;
  previewTtsVoice(argument: _sacv_orchestrator_v1_PreviewTtsVoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_PreviewTtsVoiceResponse__Output>): grpc.ClientUnaryCall;
  previewTtsVoice(argument: _sacv_orchestrator_v1_PreviewTtsVoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_PreviewTtsVoiceResponse__Output>): grpc.ClientUnaryCall;
  previewTtsVoice(argument: _sacv_orchestrator_v1_PreviewTtsVoiceRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_PreviewTtsVoiceResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Server stream of one of the project's Jianying/CapCut drafts as a zip (the
   * draft folder at its top level), built while it is sent. The first chunk
   * names the file ("<draft folder>.zip"); total_size is 0 (not known ahead).
   */
  ReadDraftZip(argument: _sacv_orchestrator_v1_ReadDraftZipRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_FileChunk__Output>;
  ReadDraftZip(argument: _sacv_orchestrator_v1_ReadDraftZipRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_FileChunk__Output>;
  /**
   * Server stream of one of the project's Jianying/CapCut drafts as a zip (the
   * draft folder at its top level), built while it is sent. The first chunk
   * names the file ("<draft folder>.zip"); total_size is 0 (not known ahead).
   */
  readDraftZip(argument: _sacv_orchestrator_v1_ReadDraftZipRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_FileChunk__Output>;
  readDraftZip(argument: _sacv_orchestrator_v1_ReadDraftZipRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_FileChunk__Output>;
  
  /**
   * Server stream of the project's output video (or its .srt) bytes from offset.
   */
  ReadOutputVideo(argument: _sacv_orchestrator_v1_ReadOutputVideoRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_FileChunk__Output>;
  ReadOutputVideo(argument: _sacv_orchestrator_v1_ReadOutputVideoRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_FileChunk__Output>;
  /**
   * Server stream of the project's output video (or its .srt) bytes from offset.
   */
  readOutputVideo(argument: _sacv_orchestrator_v1_ReadOutputVideoRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_FileChunk__Output>;
  readOutputVideo(argument: _sacv_orchestrator_v1_ReadOutputVideoRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_FileChunk__Output>;
  
  /**
   * Server stream of a project's source or merged video bytes from offset.
   */
  ReadProjectVideo(argument: _sacv_orchestrator_v1_ReadProjectVideoRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_FileChunk__Output>;
  ReadProjectVideo(argument: _sacv_orchestrator_v1_ReadProjectVideoRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_FileChunk__Output>;
  /**
   * Server stream of a project's source or merged video bytes from offset.
   */
  readProjectVideo(argument: _sacv_orchestrator_v1_ReadProjectVideoRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_FileChunk__Output>;
  readProjectVideo(argument: _sacv_orchestrator_v1_ReadProjectVideoRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_FileChunk__Output>;
  
  ResizeConcurrency(argument: _sacv_orchestrator_v1_ResizeConcurrencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>): grpc.ClientUnaryCall;
  ResizeConcurrency(argument: _sacv_orchestrator_v1_ResizeConcurrencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>): grpc.ClientUnaryCall;
  ResizeConcurrency(argument: _sacv_orchestrator_v1_ResizeConcurrencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>): grpc.ClientUnaryCall;
  ResizeConcurrency(argument: _sacv_orchestrator_v1_ResizeConcurrencyRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>): grpc.ClientUnaryCall;
  resizeConcurrency(argument: _sacv_orchestrator_v1_ResizeConcurrencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>): grpc.ClientUnaryCall;
  resizeConcurrency(argument: _sacv_orchestrator_v1_ResizeConcurrencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>): grpc.ClientUnaryCall;
  resizeConcurrency(argument: _sacv_orchestrator_v1_ResizeConcurrencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>): grpc.ClientUnaryCall;
  resizeConcurrency(argument: _sacv_orchestrator_v1_ResizeConcurrencyRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Stores a subtitle (SRT text) for the project and marks it ready.
   */
  SaveSubtitle(argument: _sacv_orchestrator_v1_SaveSubtitleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  SaveSubtitle(argument: _sacv_orchestrator_v1_SaveSubtitleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  SaveSubtitle(argument: _sacv_orchestrator_v1_SaveSubtitleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  SaveSubtitle(argument: _sacv_orchestrator_v1_SaveSubtitleRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  /**
   * Stores a subtitle (SRT text) for the project and marks it ready.
   */
  saveSubtitle(argument: _sacv_orchestrator_v1_SaveSubtitleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  saveSubtitle(argument: _sacv_orchestrator_v1_SaveSubtitleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  saveSubtitle(argument: _sacv_orchestrator_v1_SaveSubtitleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  saveSubtitle(argument: _sacv_orchestrator_v1_SaveSubtitleRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  
  SetJianyingDraftPath(argument: _sacv_orchestrator_v1_SetJianyingDraftPathRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_JianyingDraftPath__Output>): grpc.ClientUnaryCall;
  SetJianyingDraftPath(argument: _sacv_orchestrator_v1_SetJianyingDraftPathRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_JianyingDraftPath__Output>): grpc.ClientUnaryCall;
  SetJianyingDraftPath(argument: _sacv_orchestrator_v1_SetJianyingDraftPathRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_JianyingDraftPath__Output>): grpc.ClientUnaryCall;
  SetJianyingDraftPath(argument: _sacv_orchestrator_v1_SetJianyingDraftPathRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_JianyingDraftPath__Output>): grpc.ClientUnaryCall;
  setJianyingDraftPath(argument: _sacv_orchestrator_v1_SetJianyingDraftPathRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_JianyingDraftPath__Output>): grpc.ClientUnaryCall;
  setJianyingDraftPath(argument: _sacv_orchestrator_v1_SetJianyingDraftPathRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_JianyingDraftPath__Output>): grpc.ClientUnaryCall;
  setJianyingDraftPath(argument: _sacv_orchestrator_v1_SetJianyingDraftPathRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_JianyingDraftPath__Output>): grpc.ClientUnaryCall;
  setJianyingDraftPath(argument: _sacv_orchestrator_v1_SetJianyingDraftPathRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_JianyingDraftPath__Output>): grpc.ClientUnaryCall;
  
  /**
   * Queues a task; a project with a queued or running task in the scope gets
   * that task back with existing = true.
   */
  SubmitTask(argument: _sacv_orchestrator_v1_SubmitTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_SubmitTaskResponse__Output>): grpc.ClientUnaryCall;
  SubmitTask(argument: _sacv_orchestrator_v1_SubmitTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_SubmitTaskResponse__Output>): grpc.ClientUnaryCall;
  SubmitTask(argument: _sacv_orchestrator_v1_SubmitTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_SubmitTaskResponse__Output>): grpc.ClientUnaryCall;
  SubmitTask(argument: _sacv_orchestrator_v1_SubmitTaskRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_SubmitTaskResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Queues a task; a project with a queued or running task in the scope gets
   * that task back with existing = true.
   */
  submitTask(argument: _sacv_orchestrator_v1_SubmitTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_SubmitTaskResponse__Output>): grpc.ClientUnaryCall;
  submitTask(argument: _sacv_orchestrator_v1_SubmitTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_SubmitTaskResponse__Output>): grpc.ClientUnaryCall;
  submitTask(argument: _sacv_orchestrator_v1_SubmitTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_SubmitTaskResponse__Output>): grpc.ClientUnaryCall;
  submitTask(argument: _sacv_orchestrator_v1_SubmitTaskRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_SubmitTaskResponse__Output>): grpc.ClientUnaryCall;
  
  TestTtsConfig(argument: _sacv_orchestrator_v1_ActivateTtsConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_TestTtsConfigResponse__Output>): grpc.ClientUnaryCall;
  TestTtsConfig(argument: _sacv_orchestrator_v1_ActivateTtsConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_TestTtsConfigResponse__Output>): grpc.ClientUnaryCall;
  TestTtsConfig(argument: _sacv_orchestrator_v1_ActivateTtsConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_TestTtsConfigResponse__Output>): grpc.ClientUnaryCall;
  TestTtsConfig(argument: _sacv_orchestrator_v1_ActivateTtsConfigRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_TestTtsConfigResponse__Output>): grpc.ClientUnaryCall;
  testTtsConfig(argument: _sacv_orchestrator_v1_ActivateTtsConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_TestTtsConfigResponse__Output>): grpc.ClientUnaryCall;
  testTtsConfig(argument: _sacv_orchestrator_v1_ActivateTtsConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_TestTtsConfigResponse__Output>): grpc.ClientUnaryCall;
  testTtsConfig(argument: _sacv_orchestrator_v1_ActivateTtsConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_TestTtsConfigResponse__Output>): grpc.ClientUnaryCall;
  testTtsConfig(argument: _sacv_orchestrator_v1_ActivateTtsConfigRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_TestTtsConfigResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateConcurrency(argument: _sacv_orchestrator_v1_UpdateConcurrencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  UpdateConcurrency(argument: _sacv_orchestrator_v1_UpdateConcurrencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  UpdateConcurrency(argument: _sacv_orchestrator_v1_UpdateConcurrencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  UpdateConcurrency(argument: _sacv_orchestrator_v1_UpdateConcurrencyRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  updateConcurrency(argument: _sacv_orchestrator_v1_UpdateConcurrencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  updateConcurrency(argument: _sacv_orchestrator_v1_UpdateConcurrencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  updateConcurrency(argument: _sacv_orchestrator_v1_UpdateConcurrencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  updateConcurrency(argument: _sacv_orchestrator_v1_UpdateConcurrencyRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  
  /**
   * Partial update: only the fields that are set change.
   */
  UpdateProject(argument: _sacv_orchestrator_v1_UpdateProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  UpdateProject(argument: _sacv_orchestrator_v1_UpdateProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  UpdateProject(argument: _sacv_orchestrator_v1_UpdateProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  UpdateProject(argument: _sacv_orchestrator_v1_UpdateProjectRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  /**
   * Partial update: only the fields that are set change.
   */
  updateProject(argument: _sacv_orchestrator_v1_UpdateProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  updateProject(argument: _sacv_orchestrator_v1_UpdateProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  updateProject(argument: _sacv_orchestrator_v1_UpdateProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  updateProject(argument: _sacv_orchestrator_v1_UpdateProjectRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  
  UpdateScript(argument: _sacv_orchestrator_v1_UpdateScriptRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  UpdateScript(argument: _sacv_orchestrator_v1_UpdateScriptRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  UpdateScript(argument: _sacv_orchestrator_v1_UpdateScriptRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  UpdateScript(argument: _sacv_orchestrator_v1_UpdateScriptRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  updateScript(argument: _sacv_orchestrator_v1_UpdateScriptRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  updateScript(argument: _sacv_orchestrator_v1_UpdateScriptRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  updateScript(argument: _sacv_orchestrator_v1_UpdateScriptRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  updateScript(argument: _sacv_orchestrator_v1_UpdateScriptRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  
  UpdateTtsConfig(argument: _sacv_orchestrator_v1_UpdateTtsConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_TtsConfig__Output>): grpc.ClientUnaryCall;
  UpdateTtsConfig(argument: _sacv_orchestrator_v1_UpdateTtsConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_TtsConfig__Output>): grpc.ClientUnaryCall;
  UpdateTtsConfig(argument: _sacv_orchestrator_v1_UpdateTtsConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_TtsConfig__Output>): grpc.ClientUnaryCall;
  UpdateTtsConfig(argument: _sacv_orchestrator_v1_UpdateTtsConfigRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_TtsConfig__Output>): grpc.ClientUnaryCall;
  updateTtsConfig(argument: _sacv_orchestrator_v1_UpdateTtsConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_TtsConfig__Output>): grpc.ClientUnaryCall;
  updateTtsConfig(argument: _sacv_orchestrator_v1_UpdateTtsConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_TtsConfig__Output>): grpc.ClientUnaryCall;
  updateTtsConfig(argument: _sacv_orchestrator_v1_UpdateTtsConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_TtsConfig__Output>): grpc.ClientUnaryCall;
  updateTtsConfig(argument: _sacv_orchestrator_v1_UpdateTtsConfigRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_TtsConfig__Output>): grpc.ClientUnaryCall;
  
  /**
   * Client stream of a background-music file for a project (the first message names the
   * project and the file); probed, refused unless it is audio. For SubmitTaskRequest.bgm.
   */
  UploadBgm(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_UploadBgmResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_UploadBgmChunk>;
  UploadBgm(metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_UploadBgmResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_UploadBgmChunk>;
  UploadBgm(options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_UploadBgmResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_UploadBgmChunk>;
  UploadBgm(callback: grpc.requestCallback<_sacv_orchestrator_v1_UploadBgmResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_UploadBgmChunk>;
  /**
   * Client stream of a background-music file for a project (the first message names the
   * project and the file); probed, refused unless it is audio. For SubmitTaskRequest.bgm.
   */
  uploadBgm(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_UploadBgmResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_UploadBgmChunk>;
  uploadBgm(metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_UploadBgmResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_UploadBgmChunk>;
  uploadBgm(options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_UploadBgmResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_UploadBgmChunk>;
  uploadBgm(callback: grpc.requestCallback<_sacv_orchestrator_v1_UploadBgmResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_UploadBgmChunk>;
  
  /**
   * Client stream: the first message carries the chunk's metadata, the rest its bytes.
   * Writes one chunk of a chunked upload bound to a project.
   */
  UploadProjectVideoChunk(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ProjectVideoChunkResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_ProjectVideoChunk>;
  UploadProjectVideoChunk(metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ProjectVideoChunkResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_ProjectVideoChunk>;
  UploadProjectVideoChunk(options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ProjectVideoChunkResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_ProjectVideoChunk>;
  UploadProjectVideoChunk(callback: grpc.requestCallback<_sacv_orchestrator_v1_ProjectVideoChunkResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_ProjectVideoChunk>;
  /**
   * Client stream: the first message carries the chunk's metadata, the rest its bytes.
   * Writes one chunk of a chunked upload bound to a project.
   */
  uploadProjectVideoChunk(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ProjectVideoChunkResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_ProjectVideoChunk>;
  uploadProjectVideoChunk(metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ProjectVideoChunkResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_ProjectVideoChunk>;
  uploadProjectVideoChunk(options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ProjectVideoChunkResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_ProjectVideoChunk>;
  uploadProjectVideoChunk(callback: grpc.requestCallback<_sacv_orchestrator_v1_ProjectVideoChunkResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_ProjectVideoChunk>;
  
  /**
   * Client stream: the first message names the file, the rest carry bytes.
   */
  UploadVideo(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_UploadVideoResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_UploadVideoChunk>;
  UploadVideo(metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_UploadVideoResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_UploadVideoChunk>;
  UploadVideo(options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_UploadVideoResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_UploadVideoChunk>;
  UploadVideo(callback: grpc.requestCallback<_sacv_orchestrator_v1_UploadVideoResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_UploadVideoChunk>;
  /**
   * Client stream: the first message names the file, the rest carry bytes.
   */
  uploadVideo(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_UploadVideoResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_UploadVideoChunk>;
  uploadVideo(metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_UploadVideoResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_UploadVideoChunk>;
  uploadVideo(options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_UploadVideoResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_UploadVideoChunk>;
  uploadVideo(callback: grpc.requestCallback<_sacv_orchestrator_v1_UploadVideoResponse__Output>): grpc.ClientWritableStream<_sacv_orchestrator_v1_UploadVideoChunk>;
  
  WatchEvents(argument: _sacv_orchestrator_v1_WatchEventsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_Event__Output>;
  WatchEvents(argument: _sacv_orchestrator_v1_WatchEventsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_Event__Output>;
  watchEvents(argument: _sacv_orchestrator_v1_WatchEventsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_Event__Output>;
  watchEvents(argument: _sacv_orchestrator_v1_WatchEventsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_Event__Output>;
  
}

export interface OrchestratorServiceHandlers extends grpc.UntypedServiceImplementation {
  ActivateTtsConfig: grpc.handleUnaryCall<_sacv_orchestrator_v1_ActivateTtsConfigRequest__Output, _sacv_orchestrator_v1_TtsConfig>;
  
  CancelTask: grpc.handleUnaryCall<_sacv_orchestrator_v1_CancelTaskRequest__Output, _sacv_orchestrator_v1_CancelTaskResponse>;
  
  /**
   * Readiness of the orchestrator and the services it depends on.
   */
  CheckReady: grpc.handleUnaryCall<_sacv_orchestrator_v1_CheckReadyRequest__Output, _sacv_orchestrator_v1_CheckReadyResponse>;
  
  /**
   * Joins the chunks of an upload into one video and adds it to the project's videos.
   */
  CompleteProjectVideoUpload: grpc.handleUnaryCall<_sacv_orchestrator_v1_CompleteProjectVideoUploadRequest__Output, _sacv_orchestrator_v1_CompleteProjectVideoUploadResponse>;
  
  CreateProject: grpc.handleUnaryCall<_sacv_orchestrator_v1_CreateProjectRequest__Output, _sacv_orchestrator_v1_Project>;
  
  DeleteProject: grpc.handleUnaryCall<_sacv_orchestrator_v1_DeleteProjectRequest__Output, _sacv_orchestrator_v1_DeleteProjectResponse>;
  
  DeleteSubtitle: grpc.handleUnaryCall<_sacv_orchestrator_v1_GetSubtitleRequest__Output, _sacv_orchestrator_v1_Project>;
  
  DetectJianyingDraftPaths: grpc.handleUnaryCall<_sacv_orchestrator_v1_GetJianyingDraftPathRequest__Output, _sacv_orchestrator_v1_DetectJianyingDraftPathsResponse>;
  
  GetConcurrency: grpc.handleUnaryCall<_sacv_orchestrator_v1_GetConcurrencyRequest__Output, _sacv_orchestrator_v1_ConcurrencyState>;
  
  /**
   * --- Settings ---
   */
  GetJianyingDraftPath: grpc.handleUnaryCall<_sacv_orchestrator_v1_GetJianyingDraftPathRequest__Output, _sacv_orchestrator_v1_JianyingDraftPath>;
  
  GetProject: grpc.handleUnaryCall<_sacv_orchestrator_v1_GetProjectRequest__Output, _sacv_orchestrator_v1_Project>;
  
  GetSubtitle: grpc.handleUnaryCall<_sacv_orchestrator_v1_GetSubtitleRequest__Output, _sacv_orchestrator_v1_GetSubtitleResponse>;
  
  GetTask: grpc.handleUnaryCall<_sacv_orchestrator_v1_GetTaskRequest__Output, _sacv_orchestrator_v1_Task>;
  
  ListProjects: grpc.handleUnaryCall<_sacv_orchestrator_v1_ListProjectsRequest__Output, _sacv_orchestrator_v1_ListProjectsResponse>;
  
  ListTasks: grpc.handleUnaryCall<_sacv_orchestrator_v1_ListTasksRequest__Output, _sacv_orchestrator_v1_ListTasksResponse>;
  
  /**
   * --- TTS configurations saved through the API (credentials stay server-side, masked) ---
   */
  ListTtsConfigs: grpc.handleUnaryCall<_sacv_orchestrator_v1_ListTtsConfigsRequest__Output, _sacv_orchestrator_v1_ListTtsConfigsResponse>;
  
  ListTtsProviders: grpc.handleUnaryCall<_sacv_tts_v1_ListProvidersRequest__Output, _sacv_tts_v1_ListProvidersResponse>;
  
  /**
   * A provider's voices, asked with the stored credentials for that provider.
   */
  ListTtsVoices: grpc.handleUnaryCall<_sacv_tts_v1_ListVoicesRequest__Output, _sacv_tts_v1_ListVoicesResponse>;
  
  /**
   * Synthesizes a short sample with a voice, using a stored config's credentials.
   */
  PreviewTtsVoice: grpc.handleUnaryCall<_sacv_orchestrator_v1_PreviewTtsVoiceRequest__Output, _sacv_orchestrator_v1_PreviewTtsVoiceResponse>;
  
  /**
   * Server stream of one of the project's Jianying/CapCut drafts as a zip (the
   * draft folder at its top level), built while it is sent. The first chunk
   * names the file ("<draft folder>.zip"); total_size is 0 (not known ahead).
   */
  ReadDraftZip: grpc.handleServerStreamingCall<_sacv_orchestrator_v1_ReadDraftZipRequest__Output, _sacv_orchestrator_v1_FileChunk>;
  
  /**
   * Server stream of the project's output video (or its .srt) bytes from offset.
   */
  ReadOutputVideo: grpc.handleServerStreamingCall<_sacv_orchestrator_v1_ReadOutputVideoRequest__Output, _sacv_orchestrator_v1_FileChunk>;
  
  /**
   * Server stream of a project's source or merged video bytes from offset.
   */
  ReadProjectVideo: grpc.handleServerStreamingCall<_sacv_orchestrator_v1_ReadProjectVideoRequest__Output, _sacv_orchestrator_v1_FileChunk>;
  
  ResizeConcurrency: grpc.handleUnaryCall<_sacv_orchestrator_v1_ResizeConcurrencyRequest__Output, _sacv_orchestrator_v1_ResizeConcurrencyResponse>;
  
  /**
   * Stores a subtitle (SRT text) for the project and marks it ready.
   */
  SaveSubtitle: grpc.handleUnaryCall<_sacv_orchestrator_v1_SaveSubtitleRequest__Output, _sacv_orchestrator_v1_Project>;
  
  SetJianyingDraftPath: grpc.handleUnaryCall<_sacv_orchestrator_v1_SetJianyingDraftPathRequest__Output, _sacv_orchestrator_v1_JianyingDraftPath>;
  
  /**
   * Queues a task; a project with a queued or running task in the scope gets
   * that task back with existing = true.
   */
  SubmitTask: grpc.handleUnaryCall<_sacv_orchestrator_v1_SubmitTaskRequest__Output, _sacv_orchestrator_v1_SubmitTaskResponse>;
  
  TestTtsConfig: grpc.handleUnaryCall<_sacv_orchestrator_v1_ActivateTtsConfigRequest__Output, _sacv_orchestrator_v1_TestTtsConfigResponse>;
  
  UpdateConcurrency: grpc.handleUnaryCall<_sacv_orchestrator_v1_UpdateConcurrencyRequest__Output, _sacv_orchestrator_v1_ConcurrencyState>;
  
  /**
   * Partial update: only the fields that are set change.
   */
  UpdateProject: grpc.handleUnaryCall<_sacv_orchestrator_v1_UpdateProjectRequest__Output, _sacv_orchestrator_v1_Project>;
  
  UpdateScript: grpc.handleUnaryCall<_sacv_orchestrator_v1_UpdateScriptRequest__Output, _sacv_orchestrator_v1_Project>;
  
  UpdateTtsConfig: grpc.handleUnaryCall<_sacv_orchestrator_v1_UpdateTtsConfigRequest__Output, _sacv_orchestrator_v1_TtsConfig>;
  
  /**
   * Client stream of a background-music file for a project (the first message names the
   * project and the file); probed, refused unless it is audio. For SubmitTaskRequest.bgm.
   */
  UploadBgm: grpc.handleClientStreamingCall<_sacv_orchestrator_v1_UploadBgmChunk__Output, _sacv_orchestrator_v1_UploadBgmResponse>;
  
  /**
   * Client stream: the first message carries the chunk's metadata, the rest its bytes.
   * Writes one chunk of a chunked upload bound to a project.
   */
  UploadProjectVideoChunk: grpc.handleClientStreamingCall<_sacv_orchestrator_v1_ProjectVideoChunk__Output, _sacv_orchestrator_v1_ProjectVideoChunkResponse>;
  
  /**
   * Client stream: the first message names the file, the rest carry bytes.
   */
  UploadVideo: grpc.handleClientStreamingCall<_sacv_orchestrator_v1_UploadVideoChunk__Output, _sacv_orchestrator_v1_UploadVideoResponse>;
  
  WatchEvents: grpc.handleServerStreamingCall<_sacv_orchestrator_v1_WatchEventsRequest__Output, _sacv_orchestrator_v1_Event>;
  
}

export interface OrchestratorServiceDefinition extends grpc.ServiceDefinition {
  ActivateTtsConfig: MethodDefinition<_sacv_orchestrator_v1_ActivateTtsConfigRequest, _sacv_orchestrator_v1_TtsConfig, _sacv_orchestrator_v1_ActivateTtsConfigRequest__Output, _sacv_orchestrator_v1_TtsConfig__Output>
  CancelTask: MethodDefinition<_sacv_orchestrator_v1_CancelTaskRequest, _sacv_orchestrator_v1_CancelTaskResponse, _sacv_orchestrator_v1_CancelTaskRequest__Output, _sacv_orchestrator_v1_CancelTaskResponse__Output>
  CheckReady: MethodDefinition<_sacv_orchestrator_v1_CheckReadyRequest, _sacv_orchestrator_v1_CheckReadyResponse, _sacv_orchestrator_v1_CheckReadyRequest__Output, _sacv_orchestrator_v1_CheckReadyResponse__Output>
  CompleteProjectVideoUpload: MethodDefinition<_sacv_orchestrator_v1_CompleteProjectVideoUploadRequest, _sacv_orchestrator_v1_CompleteProjectVideoUploadResponse, _sacv_orchestrator_v1_CompleteProjectVideoUploadRequest__Output, _sacv_orchestrator_v1_CompleteProjectVideoUploadResponse__Output>
  CreateProject: MethodDefinition<_sacv_orchestrator_v1_CreateProjectRequest, _sacv_orchestrator_v1_Project, _sacv_orchestrator_v1_CreateProjectRequest__Output, _sacv_orchestrator_v1_Project__Output>
  DeleteProject: MethodDefinition<_sacv_orchestrator_v1_DeleteProjectRequest, _sacv_orchestrator_v1_DeleteProjectResponse, _sacv_orchestrator_v1_DeleteProjectRequest__Output, _sacv_orchestrator_v1_DeleteProjectResponse__Output>
  DeleteSubtitle: MethodDefinition<_sacv_orchestrator_v1_GetSubtitleRequest, _sacv_orchestrator_v1_Project, _sacv_orchestrator_v1_GetSubtitleRequest__Output, _sacv_orchestrator_v1_Project__Output>
  DetectJianyingDraftPaths: MethodDefinition<_sacv_orchestrator_v1_GetJianyingDraftPathRequest, _sacv_orchestrator_v1_DetectJianyingDraftPathsResponse, _sacv_orchestrator_v1_GetJianyingDraftPathRequest__Output, _sacv_orchestrator_v1_DetectJianyingDraftPathsResponse__Output>
  GetConcurrency: MethodDefinition<_sacv_orchestrator_v1_GetConcurrencyRequest, _sacv_orchestrator_v1_ConcurrencyState, _sacv_orchestrator_v1_GetConcurrencyRequest__Output, _sacv_orchestrator_v1_ConcurrencyState__Output>
  GetJianyingDraftPath: MethodDefinition<_sacv_orchestrator_v1_GetJianyingDraftPathRequest, _sacv_orchestrator_v1_JianyingDraftPath, _sacv_orchestrator_v1_GetJianyingDraftPathRequest__Output, _sacv_orchestrator_v1_JianyingDraftPath__Output>
  GetProject: MethodDefinition<_sacv_orchestrator_v1_GetProjectRequest, _sacv_orchestrator_v1_Project, _sacv_orchestrator_v1_GetProjectRequest__Output, _sacv_orchestrator_v1_Project__Output>
  GetSubtitle: MethodDefinition<_sacv_orchestrator_v1_GetSubtitleRequest, _sacv_orchestrator_v1_GetSubtitleResponse, _sacv_orchestrator_v1_GetSubtitleRequest__Output, _sacv_orchestrator_v1_GetSubtitleResponse__Output>
  GetTask: MethodDefinition<_sacv_orchestrator_v1_GetTaskRequest, _sacv_orchestrator_v1_Task, _sacv_orchestrator_v1_GetTaskRequest__Output, _sacv_orchestrator_v1_Task__Output>
  ListProjects: MethodDefinition<_sacv_orchestrator_v1_ListProjectsRequest, _sacv_orchestrator_v1_ListProjectsResponse, _sacv_orchestrator_v1_ListProjectsRequest__Output, _sacv_orchestrator_v1_ListProjectsResponse__Output>
  ListTasks: MethodDefinition<_sacv_orchestrator_v1_ListTasksRequest, _sacv_orchestrator_v1_ListTasksResponse, _sacv_orchestrator_v1_ListTasksRequest__Output, _sacv_orchestrator_v1_ListTasksResponse__Output>
  ListTtsConfigs: MethodDefinition<_sacv_orchestrator_v1_ListTtsConfigsRequest, _sacv_orchestrator_v1_ListTtsConfigsResponse, _sacv_orchestrator_v1_ListTtsConfigsRequest__Output, _sacv_orchestrator_v1_ListTtsConfigsResponse__Output>
  ListTtsProviders: MethodDefinition<_sacv_tts_v1_ListProvidersRequest, _sacv_tts_v1_ListProvidersResponse, _sacv_tts_v1_ListProvidersRequest__Output, _sacv_tts_v1_ListProvidersResponse__Output>
  ListTtsVoices: MethodDefinition<_sacv_tts_v1_ListVoicesRequest, _sacv_tts_v1_ListVoicesResponse, _sacv_tts_v1_ListVoicesRequest__Output, _sacv_tts_v1_ListVoicesResponse__Output>
  PreviewTtsVoice: MethodDefinition<_sacv_orchestrator_v1_PreviewTtsVoiceRequest, _sacv_orchestrator_v1_PreviewTtsVoiceResponse, _sacv_orchestrator_v1_PreviewTtsVoiceRequest__Output, _sacv_orchestrator_v1_PreviewTtsVoiceResponse__Output>
  ReadDraftZip: MethodDefinition<_sacv_orchestrator_v1_ReadDraftZipRequest, _sacv_orchestrator_v1_FileChunk, _sacv_orchestrator_v1_ReadDraftZipRequest__Output, _sacv_orchestrator_v1_FileChunk__Output>
  ReadOutputVideo: MethodDefinition<_sacv_orchestrator_v1_ReadOutputVideoRequest, _sacv_orchestrator_v1_FileChunk, _sacv_orchestrator_v1_ReadOutputVideoRequest__Output, _sacv_orchestrator_v1_FileChunk__Output>
  ReadProjectVideo: MethodDefinition<_sacv_orchestrator_v1_ReadProjectVideoRequest, _sacv_orchestrator_v1_FileChunk, _sacv_orchestrator_v1_ReadProjectVideoRequest__Output, _sacv_orchestrator_v1_FileChunk__Output>
  ResizeConcurrency: MethodDefinition<_sacv_orchestrator_v1_ResizeConcurrencyRequest, _sacv_orchestrator_v1_ResizeConcurrencyResponse, _sacv_orchestrator_v1_ResizeConcurrencyRequest__Output, _sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>
  SaveSubtitle: MethodDefinition<_sacv_orchestrator_v1_SaveSubtitleRequest, _sacv_orchestrator_v1_Project, _sacv_orchestrator_v1_SaveSubtitleRequest__Output, _sacv_orchestrator_v1_Project__Output>
  SetJianyingDraftPath: MethodDefinition<_sacv_orchestrator_v1_SetJianyingDraftPathRequest, _sacv_orchestrator_v1_JianyingDraftPath, _sacv_orchestrator_v1_SetJianyingDraftPathRequest__Output, _sacv_orchestrator_v1_JianyingDraftPath__Output>
  SubmitTask: MethodDefinition<_sacv_orchestrator_v1_SubmitTaskRequest, _sacv_orchestrator_v1_SubmitTaskResponse, _sacv_orchestrator_v1_SubmitTaskRequest__Output, _sacv_orchestrator_v1_SubmitTaskResponse__Output>
  TestTtsConfig: MethodDefinition<_sacv_orchestrator_v1_ActivateTtsConfigRequest, _sacv_orchestrator_v1_TestTtsConfigResponse, _sacv_orchestrator_v1_ActivateTtsConfigRequest__Output, _sacv_orchestrator_v1_TestTtsConfigResponse__Output>
  UpdateConcurrency: MethodDefinition<_sacv_orchestrator_v1_UpdateConcurrencyRequest, _sacv_orchestrator_v1_ConcurrencyState, _sacv_orchestrator_v1_UpdateConcurrencyRequest__Output, _sacv_orchestrator_v1_ConcurrencyState__Output>
  UpdateProject: MethodDefinition<_sacv_orchestrator_v1_UpdateProjectRequest, _sacv_orchestrator_v1_Project, _sacv_orchestrator_v1_UpdateProjectRequest__Output, _sacv_orchestrator_v1_Project__Output>
  UpdateScript: MethodDefinition<_sacv_orchestrator_v1_UpdateScriptRequest, _sacv_orchestrator_v1_Project, _sacv_orchestrator_v1_UpdateScriptRequest__Output, _sacv_orchestrator_v1_Project__Output>
  UpdateTtsConfig: MethodDefinition<_sacv_orchestrator_v1_UpdateTtsConfigRequest, _sacv_orchestrator_v1_TtsConfig, _sacv_orchestrator_v1_UpdateTtsConfigRequest__Output, _sacv_orchestrator_v1_TtsConfig__Output>
  UploadBgm: MethodDefinition<_sacv_orchestrator_v1_UploadBgmChunk, _sacv_orchestrator_v1_UploadBgmResponse, _sacv_orchestrator_v1_UploadBgmChunk__Output, _sacv_orchestrator_v1_UploadBgmResponse__Output>
  UploadProjectVideoChunk: MethodDefinition<_sacv_orchestrator_v1_ProjectVideoChunk, _sacv_orchestrator_v1_ProjectVideoChunkResponse, _sacv_orchestrator_v1_ProjectVideoChunk__Output, _sacv_orchestrator_v1_ProjectVideoChunkResponse__Output>
  UploadVideo: MethodDefinition<_sacv_orchestrator_v1_UploadVideoChunk, _sacv_orchestrator_v1_UploadVideoResponse, _sacv_orchestrator_v1_UploadVideoChunk__Output, _sacv_orchestrator_v1_UploadVideoResponse__Output>
  WatchEvents: MethodDefinition<_sacv_orchestrator_v1_WatchEventsRequest, _sacv_orchestrator_v1_Event, _sacv_orchestrator_v1_WatchEventsRequest__Output, _sacv_orchestrator_v1_Event__Output>
}
