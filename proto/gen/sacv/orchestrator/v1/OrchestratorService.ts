// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CancelTaskRequest as _sacv_orchestrator_v1_CancelTaskRequest, CancelTaskRequest__Output as _sacv_orchestrator_v1_CancelTaskRequest__Output } from '../../../sacv/orchestrator/v1/CancelTaskRequest.ts';
import type { CancelTaskResponse as _sacv_orchestrator_v1_CancelTaskResponse, CancelTaskResponse__Output as _sacv_orchestrator_v1_CancelTaskResponse__Output } from '../../../sacv/orchestrator/v1/CancelTaskResponse.ts';
import type { CheckReadyRequest as _sacv_orchestrator_v1_CheckReadyRequest, CheckReadyRequest__Output as _sacv_orchestrator_v1_CheckReadyRequest__Output } from '../../../sacv/orchestrator/v1/CheckReadyRequest.ts';
import type { CheckReadyResponse as _sacv_orchestrator_v1_CheckReadyResponse, CheckReadyResponse__Output as _sacv_orchestrator_v1_CheckReadyResponse__Output } from '../../../sacv/orchestrator/v1/CheckReadyResponse.ts';
import type { ConcurrencyState as _sacv_orchestrator_v1_ConcurrencyState, ConcurrencyState__Output as _sacv_orchestrator_v1_ConcurrencyState__Output } from '../../../sacv/orchestrator/v1/ConcurrencyState.ts';
import type { CreateProjectRequest as _sacv_orchestrator_v1_CreateProjectRequest, CreateProjectRequest__Output as _sacv_orchestrator_v1_CreateProjectRequest__Output } from '../../../sacv/orchestrator/v1/CreateProjectRequest.ts';
import type { DeleteProjectRequest as _sacv_orchestrator_v1_DeleteProjectRequest, DeleteProjectRequest__Output as _sacv_orchestrator_v1_DeleteProjectRequest__Output } from '../../../sacv/orchestrator/v1/DeleteProjectRequest.ts';
import type { DeleteProjectResponse as _sacv_orchestrator_v1_DeleteProjectResponse, DeleteProjectResponse__Output as _sacv_orchestrator_v1_DeleteProjectResponse__Output } from '../../../sacv/orchestrator/v1/DeleteProjectResponse.ts';
import type { Event as _sacv_orchestrator_v1_Event, Event__Output as _sacv_orchestrator_v1_Event__Output } from '../../../sacv/orchestrator/v1/Event.ts';
import type { FileChunk as _sacv_orchestrator_v1_FileChunk, FileChunk__Output as _sacv_orchestrator_v1_FileChunk__Output } from '../../../sacv/orchestrator/v1/FileChunk.ts';
import type { GetConcurrencyRequest as _sacv_orchestrator_v1_GetConcurrencyRequest, GetConcurrencyRequest__Output as _sacv_orchestrator_v1_GetConcurrencyRequest__Output } from '../../../sacv/orchestrator/v1/GetConcurrencyRequest.ts';
import type { GetProjectRequest as _sacv_orchestrator_v1_GetProjectRequest, GetProjectRequest__Output as _sacv_orchestrator_v1_GetProjectRequest__Output } from '../../../sacv/orchestrator/v1/GetProjectRequest.ts';
import type { GetTaskRequest as _sacv_orchestrator_v1_GetTaskRequest, GetTaskRequest__Output as _sacv_orchestrator_v1_GetTaskRequest__Output } from '../../../sacv/orchestrator/v1/GetTaskRequest.ts';
import type { ListProjectsRequest as _sacv_orchestrator_v1_ListProjectsRequest, ListProjectsRequest__Output as _sacv_orchestrator_v1_ListProjectsRequest__Output } from '../../../sacv/orchestrator/v1/ListProjectsRequest.ts';
import type { ListProjectsResponse as _sacv_orchestrator_v1_ListProjectsResponse, ListProjectsResponse__Output as _sacv_orchestrator_v1_ListProjectsResponse__Output } from '../../../sacv/orchestrator/v1/ListProjectsResponse.ts';
import type { ListProvidersRequest as _sacv_tts_v1_ListProvidersRequest, ListProvidersRequest__Output as _sacv_tts_v1_ListProvidersRequest__Output } from '../../../sacv/tts/v1/ListProvidersRequest.ts';
import type { ListProvidersResponse as _sacv_tts_v1_ListProvidersResponse, ListProvidersResponse__Output as _sacv_tts_v1_ListProvidersResponse__Output } from '../../../sacv/tts/v1/ListProvidersResponse.ts';
import type { ListTasksRequest as _sacv_orchestrator_v1_ListTasksRequest, ListTasksRequest__Output as _sacv_orchestrator_v1_ListTasksRequest__Output } from '../../../sacv/orchestrator/v1/ListTasksRequest.ts';
import type { ListTasksResponse as _sacv_orchestrator_v1_ListTasksResponse, ListTasksResponse__Output as _sacv_orchestrator_v1_ListTasksResponse__Output } from '../../../sacv/orchestrator/v1/ListTasksResponse.ts';
import type { Project as _sacv_orchestrator_v1_Project, Project__Output as _sacv_orchestrator_v1_Project__Output } from '../../../sacv/orchestrator/v1/Project.ts';
import type { ReadDraftZipRequest as _sacv_orchestrator_v1_ReadDraftZipRequest, ReadDraftZipRequest__Output as _sacv_orchestrator_v1_ReadDraftZipRequest__Output } from '../../../sacv/orchestrator/v1/ReadDraftZipRequest.ts';
import type { ReadOutputVideoRequest as _sacv_orchestrator_v1_ReadOutputVideoRequest, ReadOutputVideoRequest__Output as _sacv_orchestrator_v1_ReadOutputVideoRequest__Output } from '../../../sacv/orchestrator/v1/ReadOutputVideoRequest.ts';
import type { ResizeConcurrencyRequest as _sacv_orchestrator_v1_ResizeConcurrencyRequest, ResizeConcurrencyRequest__Output as _sacv_orchestrator_v1_ResizeConcurrencyRequest__Output } from '../../../sacv/orchestrator/v1/ResizeConcurrencyRequest.ts';
import type { ResizeConcurrencyResponse as _sacv_orchestrator_v1_ResizeConcurrencyResponse, ResizeConcurrencyResponse__Output as _sacv_orchestrator_v1_ResizeConcurrencyResponse__Output } from '../../../sacv/orchestrator/v1/ResizeConcurrencyResponse.ts';
import type { SubmitTaskRequest as _sacv_orchestrator_v1_SubmitTaskRequest, SubmitTaskRequest__Output as _sacv_orchestrator_v1_SubmitTaskRequest__Output } from '../../../sacv/orchestrator/v1/SubmitTaskRequest.ts';
import type { SubmitTaskResponse as _sacv_orchestrator_v1_SubmitTaskResponse, SubmitTaskResponse__Output as _sacv_orchestrator_v1_SubmitTaskResponse__Output } from '../../../sacv/orchestrator/v1/SubmitTaskResponse.ts';
import type { Task as _sacv_orchestrator_v1_Task, Task__Output as _sacv_orchestrator_v1_Task__Output } from '../../../sacv/orchestrator/v1/Task.ts';
import type { UpdateConcurrencyRequest as _sacv_orchestrator_v1_UpdateConcurrencyRequest, UpdateConcurrencyRequest__Output as _sacv_orchestrator_v1_UpdateConcurrencyRequest__Output } from '../../../sacv/orchestrator/v1/UpdateConcurrencyRequest.ts';
import type { UpdateScriptRequest as _sacv_orchestrator_v1_UpdateScriptRequest, UpdateScriptRequest__Output as _sacv_orchestrator_v1_UpdateScriptRequest__Output } from '../../../sacv/orchestrator/v1/UpdateScriptRequest.ts';
import type { UploadVideoChunk as _sacv_orchestrator_v1_UploadVideoChunk, UploadVideoChunk__Output as _sacv_orchestrator_v1_UploadVideoChunk__Output } from '../../../sacv/orchestrator/v1/UploadVideoChunk.ts';
import type { UploadVideoResponse as _sacv_orchestrator_v1_UploadVideoResponse, UploadVideoResponse__Output as _sacv_orchestrator_v1_UploadVideoResponse__Output } from '../../../sacv/orchestrator/v1/UploadVideoResponse.ts';
import type { WatchEventsRequest as _sacv_orchestrator_v1_WatchEventsRequest, WatchEventsRequest__Output as _sacv_orchestrator_v1_WatchEventsRequest__Output } from '../../../sacv/orchestrator/v1/WatchEventsRequest.ts';

export interface OrchestratorServiceClient extends grpc.Client {
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
  
  GetConcurrency(argument: _sacv_orchestrator_v1_GetConcurrencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  GetConcurrency(argument: _sacv_orchestrator_v1_GetConcurrencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  GetConcurrency(argument: _sacv_orchestrator_v1_GetConcurrencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  GetConcurrency(argument: _sacv_orchestrator_v1_GetConcurrencyRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  getConcurrency(argument: _sacv_orchestrator_v1_GetConcurrencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  getConcurrency(argument: _sacv_orchestrator_v1_GetConcurrencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  getConcurrency(argument: _sacv_orchestrator_v1_GetConcurrencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  getConcurrency(argument: _sacv_orchestrator_v1_GetConcurrencyRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  
  GetProject(argument: _sacv_orchestrator_v1_GetProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  GetProject(argument: _sacv_orchestrator_v1_GetProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  GetProject(argument: _sacv_orchestrator_v1_GetProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  GetProject(argument: _sacv_orchestrator_v1_GetProjectRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _sacv_orchestrator_v1_GetProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _sacv_orchestrator_v1_GetProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _sacv_orchestrator_v1_GetProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _sacv_orchestrator_v1_GetProjectRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  
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
  
  ListTtsProviders(argument: _sacv_tts_v1_ListProvidersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  ListTtsProviders(argument: _sacv_tts_v1_ListProvidersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  ListTtsProviders(argument: _sacv_tts_v1_ListProvidersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  ListTtsProviders(argument: _sacv_tts_v1_ListProvidersRequest, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  listTtsProviders(argument: _sacv_tts_v1_ListProvidersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  listTtsProviders(argument: _sacv_tts_v1_ListProvidersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  listTtsProviders(argument: _sacv_tts_v1_ListProvidersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  listTtsProviders(argument: _sacv_tts_v1_ListProvidersRequest, callback: grpc.requestCallback<_sacv_tts_v1_ListProvidersResponse__Output>): grpc.ClientUnaryCall;
  
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
   * Server stream of the project's output video bytes from offset.
   */
  ReadOutputVideo(argument: _sacv_orchestrator_v1_ReadOutputVideoRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_FileChunk__Output>;
  ReadOutputVideo(argument: _sacv_orchestrator_v1_ReadOutputVideoRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_FileChunk__Output>;
  /**
   * Server stream of the project's output video bytes from offset.
   */
  readOutputVideo(argument: _sacv_orchestrator_v1_ReadOutputVideoRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_FileChunk__Output>;
  readOutputVideo(argument: _sacv_orchestrator_v1_ReadOutputVideoRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sacv_orchestrator_v1_FileChunk__Output>;
  
  ResizeConcurrency(argument: _sacv_orchestrator_v1_ResizeConcurrencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>): grpc.ClientUnaryCall;
  ResizeConcurrency(argument: _sacv_orchestrator_v1_ResizeConcurrencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>): grpc.ClientUnaryCall;
  ResizeConcurrency(argument: _sacv_orchestrator_v1_ResizeConcurrencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>): grpc.ClientUnaryCall;
  ResizeConcurrency(argument: _sacv_orchestrator_v1_ResizeConcurrencyRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>): grpc.ClientUnaryCall;
  resizeConcurrency(argument: _sacv_orchestrator_v1_ResizeConcurrencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>): grpc.ClientUnaryCall;
  resizeConcurrency(argument: _sacv_orchestrator_v1_ResizeConcurrencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>): grpc.ClientUnaryCall;
  resizeConcurrency(argument: _sacv_orchestrator_v1_ResizeConcurrencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>): grpc.ClientUnaryCall;
  resizeConcurrency(argument: _sacv_orchestrator_v1_ResizeConcurrencyRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  UpdateConcurrency(argument: _sacv_orchestrator_v1_UpdateConcurrencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  UpdateConcurrency(argument: _sacv_orchestrator_v1_UpdateConcurrencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  UpdateConcurrency(argument: _sacv_orchestrator_v1_UpdateConcurrencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  UpdateConcurrency(argument: _sacv_orchestrator_v1_UpdateConcurrencyRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  updateConcurrency(argument: _sacv_orchestrator_v1_UpdateConcurrencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  updateConcurrency(argument: _sacv_orchestrator_v1_UpdateConcurrencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  updateConcurrency(argument: _sacv_orchestrator_v1_UpdateConcurrencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  updateConcurrency(argument: _sacv_orchestrator_v1_UpdateConcurrencyRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_ConcurrencyState__Output>): grpc.ClientUnaryCall;
  
  UpdateScript(argument: _sacv_orchestrator_v1_UpdateScriptRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  UpdateScript(argument: _sacv_orchestrator_v1_UpdateScriptRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  UpdateScript(argument: _sacv_orchestrator_v1_UpdateScriptRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  UpdateScript(argument: _sacv_orchestrator_v1_UpdateScriptRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  updateScript(argument: _sacv_orchestrator_v1_UpdateScriptRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  updateScript(argument: _sacv_orchestrator_v1_UpdateScriptRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  updateScript(argument: _sacv_orchestrator_v1_UpdateScriptRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  updateScript(argument: _sacv_orchestrator_v1_UpdateScriptRequest, callback: grpc.requestCallback<_sacv_orchestrator_v1_Project__Output>): grpc.ClientUnaryCall;
  
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
  CancelTask: grpc.handleUnaryCall<_sacv_orchestrator_v1_CancelTaskRequest__Output, _sacv_orchestrator_v1_CancelTaskResponse>;
  
  /**
   * Readiness of the orchestrator and the services it depends on.
   */
  CheckReady: grpc.handleUnaryCall<_sacv_orchestrator_v1_CheckReadyRequest__Output, _sacv_orchestrator_v1_CheckReadyResponse>;
  
  CreateProject: grpc.handleUnaryCall<_sacv_orchestrator_v1_CreateProjectRequest__Output, _sacv_orchestrator_v1_Project>;
  
  DeleteProject: grpc.handleUnaryCall<_sacv_orchestrator_v1_DeleteProjectRequest__Output, _sacv_orchestrator_v1_DeleteProjectResponse>;
  
  GetConcurrency: grpc.handleUnaryCall<_sacv_orchestrator_v1_GetConcurrencyRequest__Output, _sacv_orchestrator_v1_ConcurrencyState>;
  
  GetProject: grpc.handleUnaryCall<_sacv_orchestrator_v1_GetProjectRequest__Output, _sacv_orchestrator_v1_Project>;
  
  GetTask: grpc.handleUnaryCall<_sacv_orchestrator_v1_GetTaskRequest__Output, _sacv_orchestrator_v1_Task>;
  
  ListProjects: grpc.handleUnaryCall<_sacv_orchestrator_v1_ListProjectsRequest__Output, _sacv_orchestrator_v1_ListProjectsResponse>;
  
  ListTasks: grpc.handleUnaryCall<_sacv_orchestrator_v1_ListTasksRequest__Output, _sacv_orchestrator_v1_ListTasksResponse>;
  
  ListTtsProviders: grpc.handleUnaryCall<_sacv_tts_v1_ListProvidersRequest__Output, _sacv_tts_v1_ListProvidersResponse>;
  
  /**
   * Server stream of one of the project's Jianying/CapCut drafts as a zip (the
   * draft folder at its top level), built while it is sent. The first chunk
   * names the file ("<draft folder>.zip"); total_size is 0 (not known ahead).
   */
  ReadDraftZip: grpc.handleServerStreamingCall<_sacv_orchestrator_v1_ReadDraftZipRequest__Output, _sacv_orchestrator_v1_FileChunk>;
  
  /**
   * Server stream of the project's output video bytes from offset.
   */
  ReadOutputVideo: grpc.handleServerStreamingCall<_sacv_orchestrator_v1_ReadOutputVideoRequest__Output, _sacv_orchestrator_v1_FileChunk>;
  
  ResizeConcurrency: grpc.handleUnaryCall<_sacv_orchestrator_v1_ResizeConcurrencyRequest__Output, _sacv_orchestrator_v1_ResizeConcurrencyResponse>;
  
  /**
   * Queues a task; a project with a queued or running task in the scope gets
   * that task back with existing = true.
   */
  SubmitTask: grpc.handleUnaryCall<_sacv_orchestrator_v1_SubmitTaskRequest__Output, _sacv_orchestrator_v1_SubmitTaskResponse>;
  
  UpdateConcurrency: grpc.handleUnaryCall<_sacv_orchestrator_v1_UpdateConcurrencyRequest__Output, _sacv_orchestrator_v1_ConcurrencyState>;
  
  UpdateScript: grpc.handleUnaryCall<_sacv_orchestrator_v1_UpdateScriptRequest__Output, _sacv_orchestrator_v1_Project>;
  
  /**
   * Client stream: the first message names the file, the rest carry bytes.
   */
  UploadVideo: grpc.handleClientStreamingCall<_sacv_orchestrator_v1_UploadVideoChunk__Output, _sacv_orchestrator_v1_UploadVideoResponse>;
  
  WatchEvents: grpc.handleServerStreamingCall<_sacv_orchestrator_v1_WatchEventsRequest__Output, _sacv_orchestrator_v1_Event>;
  
}

export interface OrchestratorServiceDefinition extends grpc.ServiceDefinition {
  CancelTask: MethodDefinition<_sacv_orchestrator_v1_CancelTaskRequest, _sacv_orchestrator_v1_CancelTaskResponse, _sacv_orchestrator_v1_CancelTaskRequest__Output, _sacv_orchestrator_v1_CancelTaskResponse__Output>
  CheckReady: MethodDefinition<_sacv_orchestrator_v1_CheckReadyRequest, _sacv_orchestrator_v1_CheckReadyResponse, _sacv_orchestrator_v1_CheckReadyRequest__Output, _sacv_orchestrator_v1_CheckReadyResponse__Output>
  CreateProject: MethodDefinition<_sacv_orchestrator_v1_CreateProjectRequest, _sacv_orchestrator_v1_Project, _sacv_orchestrator_v1_CreateProjectRequest__Output, _sacv_orchestrator_v1_Project__Output>
  DeleteProject: MethodDefinition<_sacv_orchestrator_v1_DeleteProjectRequest, _sacv_orchestrator_v1_DeleteProjectResponse, _sacv_orchestrator_v1_DeleteProjectRequest__Output, _sacv_orchestrator_v1_DeleteProjectResponse__Output>
  GetConcurrency: MethodDefinition<_sacv_orchestrator_v1_GetConcurrencyRequest, _sacv_orchestrator_v1_ConcurrencyState, _sacv_orchestrator_v1_GetConcurrencyRequest__Output, _sacv_orchestrator_v1_ConcurrencyState__Output>
  GetProject: MethodDefinition<_sacv_orchestrator_v1_GetProjectRequest, _sacv_orchestrator_v1_Project, _sacv_orchestrator_v1_GetProjectRequest__Output, _sacv_orchestrator_v1_Project__Output>
  GetTask: MethodDefinition<_sacv_orchestrator_v1_GetTaskRequest, _sacv_orchestrator_v1_Task, _sacv_orchestrator_v1_GetTaskRequest__Output, _sacv_orchestrator_v1_Task__Output>
  ListProjects: MethodDefinition<_sacv_orchestrator_v1_ListProjectsRequest, _sacv_orchestrator_v1_ListProjectsResponse, _sacv_orchestrator_v1_ListProjectsRequest__Output, _sacv_orchestrator_v1_ListProjectsResponse__Output>
  ListTasks: MethodDefinition<_sacv_orchestrator_v1_ListTasksRequest, _sacv_orchestrator_v1_ListTasksResponse, _sacv_orchestrator_v1_ListTasksRequest__Output, _sacv_orchestrator_v1_ListTasksResponse__Output>
  ListTtsProviders: MethodDefinition<_sacv_tts_v1_ListProvidersRequest, _sacv_tts_v1_ListProvidersResponse, _sacv_tts_v1_ListProvidersRequest__Output, _sacv_tts_v1_ListProvidersResponse__Output>
  ReadDraftZip: MethodDefinition<_sacv_orchestrator_v1_ReadDraftZipRequest, _sacv_orchestrator_v1_FileChunk, _sacv_orchestrator_v1_ReadDraftZipRequest__Output, _sacv_orchestrator_v1_FileChunk__Output>
  ReadOutputVideo: MethodDefinition<_sacv_orchestrator_v1_ReadOutputVideoRequest, _sacv_orchestrator_v1_FileChunk, _sacv_orchestrator_v1_ReadOutputVideoRequest__Output, _sacv_orchestrator_v1_FileChunk__Output>
  ResizeConcurrency: MethodDefinition<_sacv_orchestrator_v1_ResizeConcurrencyRequest, _sacv_orchestrator_v1_ResizeConcurrencyResponse, _sacv_orchestrator_v1_ResizeConcurrencyRequest__Output, _sacv_orchestrator_v1_ResizeConcurrencyResponse__Output>
  SubmitTask: MethodDefinition<_sacv_orchestrator_v1_SubmitTaskRequest, _sacv_orchestrator_v1_SubmitTaskResponse, _sacv_orchestrator_v1_SubmitTaskRequest__Output, _sacv_orchestrator_v1_SubmitTaskResponse__Output>
  UpdateConcurrency: MethodDefinition<_sacv_orchestrator_v1_UpdateConcurrencyRequest, _sacv_orchestrator_v1_ConcurrencyState, _sacv_orchestrator_v1_UpdateConcurrencyRequest__Output, _sacv_orchestrator_v1_ConcurrencyState__Output>
  UpdateScript: MethodDefinition<_sacv_orchestrator_v1_UpdateScriptRequest, _sacv_orchestrator_v1_Project, _sacv_orchestrator_v1_UpdateScriptRequest__Output, _sacv_orchestrator_v1_Project__Output>
  UploadVideo: MethodDefinition<_sacv_orchestrator_v1_UploadVideoChunk, _sacv_orchestrator_v1_UploadVideoResponse, _sacv_orchestrator_v1_UploadVideoChunk__Output, _sacv_orchestrator_v1_UploadVideoResponse__Output>
  WatchEvents: MethodDefinition<_sacv_orchestrator_v1_WatchEventsRequest, _sacv_orchestrator_v1_Event, _sacv_orchestrator_v1_WatchEventsRequest__Output, _sacv_orchestrator_v1_Event__Output>
}
