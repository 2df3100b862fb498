// A typed client for sacv.orchestrator.v1.OrchestratorService: unary calls, streams, uploads.
import * as grpc from "@grpc/grpc-js";
import { type AnyClient, createClient, unary } from "../services/common/client.ts";
import { CancelledError, fromGrpcError } from "../services/common/errors.ts";
import type {
  CheckReadyMsg,
  ChunkHeaderMsg,
  ChunkMsg,
  CompleteUploadMsg,
  ConcurrencyStateMsg,
  EventMsg,
  FileChunkMsg,
  JianyingDraftPathMsg,
  ListProvidersMsg,
  ListVoicesMsg,
  PreviewMsg,
  ProjectMsg,
  ScopeConfigPatch,
  SubmitTaskRequest,
  SubtitleMsg,
  TaskMsg,
  TestTtsMsg,
  TtsConfigMsg,
  TtsConfigsMsg,
  UpdateProjectMsg,
  UpdateTtsConfigMsg,
  UploadBgmMsg,
} from "./types.ts";

/** Deadline for unary calls, so a hung orchestrator answers 504 instead of hanging the client. */
const UNARY_TIMEOUT_MS = 30_000;
/** Deadline for calls that synthesize speech (a voice preview or a connection test). */
const SYNTH_TIMEOUT_MS = 90_000;

/** Everything the gateway asks of the orchestrator. */
export interface OrchestratorApi {
  createProject(
    req: {
      name: string;
      video_path: string;
      script_json: string;
      description?: string;
      narration_type?: string;
      project_type?: string;
    },
  ): Promise<ProjectMsg>;
  updateProject(req: UpdateProjectMsg): Promise<ProjectMsg>;
  listProjects(): Promise<ProjectMsg[]>;
  getProject(projectId: string): Promise<ProjectMsg>;
  deleteProject(projectId: string): Promise<boolean>;
  updateScript(projectId: string, scriptJson: string): Promise<ProjectMsg>;
  /** Streams `chunks` as the file `filename`; aborting `signal` cancels the upload. */
  uploadVideo(
    filename: string,
    chunks: AsyncIterable<Uint8Array>,
    signal: AbortSignal,
  ): Promise<{ video_path: string; size: number }>;
  /** Streams a background-music file for a project; the orchestrator probes it. */
  uploadBgm(
    projectId: string,
    filename: string,
    chunks: AsyncIterable<Uint8Array>,
    signal: AbortSignal,
  ): Promise<UploadBgmMsg>;
  /** The project's output video (or its .srt) from `offset` (`length` 0 = to the end). */
  readOutputVideo(
    projectId: string,
    offset: number,
    length: number,
    signal: AbortSignal,
    file?: "video" | "subtitles",
  ): AsyncIterable<FileChunkMsg>;
  /** A project's draft (`draftDir` "" = newest) as a zip; the first chunk names the file. */
  readDraftZip(
    projectId: string,
    draftDir: string,
    signal: AbortSignal,
  ): AsyncIterable<FileChunkMsg>;
  submitTask(req: SubmitTaskRequest): Promise<{ task: TaskMsg; existing: boolean }>;
  cancelTask(
    projectId: string,
    scope: string,
    taskId: string,
  ): Promise<{ scope: string; task_id: string; cancelled: boolean }>;
  getTask(taskId: string): Promise<TaskMsg>;
  listTasks(projectId: string, filter: "all" | "running" | "latest"): Promise<TaskMsg[]>;
  /** Events until `signal` aborts or the stream fails. */
  watchEvents(projectId: string, signal: AbortSignal): AsyncIterable<EventMsg>;
  /** Streams one chunk of a chunked upload bound to a project. */
  uploadChunk(
    header: ChunkHeaderMsg,
    chunks: AsyncIterable<Uint8Array>,
    signal: AbortSignal,
  ): Promise<ChunkMsg>;
  completeUpload(req: {
    project_id: string;
    upload_id: string;
    file_name: string;
    file_size: number;
    total_chunks: number;
  }): Promise<CompleteUploadMsg>;
  /** A project's source (`kind` "source") or merged video from `offset`. */
  readProjectVideo(
    projectId: string,
    kind: "source" | "merged",
    offset: number,
    length: number,
    signal: AbortSignal,
  ): AsyncIterable<FileChunkMsg>;
  saveSubtitle(
    req: { project_id: string; content: string; source: string; file_name: string },
  ): Promise<ProjectMsg>;
  getSubtitle(projectId: string): Promise<SubtitleMsg>;
  deleteSubtitle(projectId: string): Promise<ProjectMsg>;
  listTtsConfigs(): Promise<TtsConfigsMsg>;
  /** A provider's voices (asked with its stored credentials). */
  listTtsVoices(provider: string): Promise<ListVoicesMsg>;
  updateTtsConfig(req: UpdateTtsConfigMsg): Promise<TtsConfigMsg>;
  activateTtsConfig(configId: string): Promise<TtsConfigMsg>;
  testTtsConfig(configId: string): Promise<TestTtsMsg>;
  previewTtsVoice(
    req: { voice_id: string; provider: string; config_id: string; text: string },
  ): Promise<PreviewMsg>;
  getJianyingDraftPath(): Promise<JianyingDraftPathMsg>;
  setJianyingDraftPath(path: string): Promise<JianyingDraftPathMsg>;
  detectJianyingDraftPaths(): Promise<{ candidates: string[]; selected: string }>;
  getConcurrency(): Promise<ConcurrencyStateMsg>;
  /** `keepOverride`: a max_workers without override leaves override as it was. */
  updateConcurrency(
    scopes: Record<string, ScopeConfigPatch>,
    keepOverride?: boolean,
  ): Promise<ConcurrencyStateMsg>;
  resizeConcurrency(scopes: string[]): Promise<string[]>;
  listTtsProviders(): Promise<ListProvidersMsg>;
  checkReady(signal?: AbortSignal): Promise<CheckReadyMsg>;
  close(): void;
}

/** Iterates a grpc-js server stream, converting errors and ending quietly on abort. */
async function* iterateStream<T>(
  call: grpc.ClientReadableStream<T>,
  signal: AbortSignal,
): AsyncIterable<T> {
  const onAbort = () => call.cancel();
  if (signal.aborted) call.cancel();
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    for await (const item of call) yield item as T;
  } catch (err) {
    if (signal.aborted) return;
    throw fromGrpcError(err);
  } finally {
    signal.removeEventListener("abort", onAbort);
    call.cancel();
  }
}

/**
 * Creates the orchestrator client for `addr` (`host:port` or `dns:///name:port`).
 *
 * @example
 * ```ts
 * const orch = createOrchestratorApi("127.0.0.1:50051");
 * const projects = await orch.listProjects();
 * orch.close();
 * ```
 */
export function createOrchestratorApi(addr: string): OrchestratorApi {
  const client: AnyClient = createClient("sacv.orchestrator.v1.OrchestratorService", addr);
  const call = <Req, Res>(method: string, req: Req, signal?: AbortSignal) =>
    unary<Req, Res>(client, method, req, { timeoutMs: UNARY_TIMEOUT_MS, signal });
  const stream = <T>(method: string, req: unknown): grpc.ClientReadableStream<T> =>
    (client[method] as (r: unknown) => grpc.ClientReadableStream<T>).call(client, req);

  return {
    createProject: (req) => call("CreateProject", req),
    updateProject: (req) => call("UpdateProject", req),
    listProjects: async () =>
      (await call<unknown, { projects: ProjectMsg[] }>("ListProjects", {})).projects,
    getProject: (id) => call("GetProject", { project_id: id }),
    deleteProject: async (id) =>
      (await call<unknown, { deleted: boolean }>("DeleteProject", { project_id: id })).deleted,
    updateScript: (id, script_json) => call("UpdateScript", { project_id: id, script_json }),
    uploadVideo: (filename, chunks, signal) =>
      clientStream(client, "UploadVideo", { filename }, chunks, signal),
    uploadBgm: (project_id, filename, chunks, signal) =>
      clientStream(client, "UploadBgm", { project_id, filename }, chunks, signal),
    readOutputVideo: (project_id, offset, length, signal, file = "video") =>
      iterateStream(
        stream<FileChunkMsg>("ReadOutputVideo", { project_id, offset, length, file }),
        signal,
      ),
    readDraftZip: (project_id, draft_dir, signal) =>
      iterateStream(stream<FileChunkMsg>("ReadDraftZip", { project_id, draft_dir }), signal),
    submitTask: (req) => call("SubmitTask", req),
    cancelTask: (project_id, scope, task_id) => call("CancelTask", { project_id, scope, task_id }),
    getTask: (task_id) => call("GetTask", { task_id }),
    listTasks: async (project_id, filter) =>
      (await call<unknown, { tasks: TaskMsg[] }>("ListTasks", { project_id, filter })).tasks,
    watchEvents: (project_id, signal) =>
      iterateStream(stream<EventMsg>("WatchEvents", { project_id }), signal),
    uploadChunk: (header, chunks, signal) =>
      clientStream<ChunkMsg>(client, "UploadProjectVideoChunk", { ...header }, chunks, signal),
    completeUpload: (req) => call("CompleteProjectVideoUpload", req),
    readProjectVideo: (project_id, kind, offset, length, signal) =>
      iterateStream(
        stream<FileChunkMsg>("ReadProjectVideo", { project_id, kind, offset, length }),
        signal,
      ),
    saveSubtitle: (req) => call("SaveSubtitle", req),
    getSubtitle: (project_id) => call("GetSubtitle", { project_id }),
    deleteSubtitle: (project_id) => call("DeleteSubtitle", { project_id }),
    listTtsConfigs: () => call("ListTtsConfigs", {}),
    listTtsVoices: (provider) =>
      unary(client, "ListTtsVoices", { provider }, { timeoutMs: SYNTH_TIMEOUT_MS }),
    updateTtsConfig: (req) => call("UpdateTtsConfig", req),
    activateTtsConfig: (config_id) => call("ActivateTtsConfig", { config_id }),
    testTtsConfig: (config_id) =>
      unary(client, "TestTtsConfig", { config_id }, { timeoutMs: SYNTH_TIMEOUT_MS }),
    previewTtsVoice: (req) =>
      unary(client, "PreviewTtsVoice", req, { timeoutMs: SYNTH_TIMEOUT_MS }),
    getJianyingDraftPath: () => call("GetJianyingDraftPath", {}),
    setJianyingDraftPath: (path) => call("SetJianyingDraftPath", { path }),
    detectJianyingDraftPaths: () => call("DetectJianyingDraftPaths", {}),
    getConcurrency: () => call("GetConcurrency", {}),
    updateConcurrency: (scopes, keepOverride = false) =>
      call("UpdateConcurrency", { scopes, keep_override: keepOverride }),
    resizeConcurrency: async (scopes) =>
      (await call<unknown, { scopes: string[] }>("ResizeConcurrency", { scopes })).scopes,
    listTtsProviders: () => call("ListTtsProviders", {}),
    checkReady: (signal) => unary(client, "CheckReady", {}, { timeoutMs: 5_000, signal }),
    close: () => client.close(),
  };
}

/**
 * A client-streaming call: `first` goes out as the first message, then one
 * `{data}` message per chunk (with backpressure). Aborting `signal` cancels it.
 */
function clientStream<Res>(
  client: AnyClient,
  method: string,
  first: Record<string, unknown>,
  chunks: AsyncIterable<Uint8Array>,
  signal: AbortSignal,
): Promise<Res> {
  if (signal.aborted) return Promise.reject(new CancelledError("upload cancelled"));
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (err: unknown, res?: Res) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort);
      if (err) reject(err);
      else resolve(res!);
    };
    const upload = (client[method] as (
      md: grpc.Metadata,
      opts: grpc.CallOptions,
      cb: grpc.requestCallback<Res>,
    ) => grpc.ClientWritableStream<Record<string, unknown>>).call(
      client,
      new grpc.Metadata(),
      {},
      (err, res) => finish(err ? fromGrpcError(err) : null, res),
    );
    const onAbort = () => {
      upload.cancel();
      finish(signal.reason ?? new CancelledError("upload cancelled"));
    };
    signal.addEventListener("abort", onAbort, { once: true });
    (async () => {
      upload.write(first);
      for await (const data of chunks) {
        if (settled) return;
        if (!upload.write({ data })) {
          await new Promise<void>((r) => upload.once("drain", () => r()));
        }
      }
      upload.end();
    })().catch((err) => {
      upload.cancel();
      finish(err);
    });
  });
}
