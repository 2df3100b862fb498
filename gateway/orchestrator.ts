// A typed client for sacv.orchestrator.v1.OrchestratorService: unary calls, streams, uploads.
import * as grpc from "@grpc/grpc-js";
import { type AnyClient, createClient, unary } from "../services/common/client.ts";
import { CancelledError, fromGrpcError } from "../services/common/errors.ts";
import type {
  CheckReadyMsg,
  ConcurrencyStateMsg,
  EventMsg,
  FileChunkMsg,
  ListProvidersMsg,
  ProjectMsg,
  ScopeConfigPatch,
  SubmitTaskRequest,
  TaskMsg,
} from "./types.ts";

/** Deadline for unary calls, so a hung orchestrator answers 504 instead of hanging the client. */
const UNARY_TIMEOUT_MS = 30_000;

/** Everything the gateway asks of the orchestrator. */
export interface OrchestratorApi {
  createProject(
    req: { name: string; video_path: string; script_json: string },
  ): Promise<ProjectMsg>;
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
  /** The project's output video from `offset` (`length` 0 = to the end). */
  readOutputVideo(
    projectId: string,
    offset: number,
    length: number,
    signal: AbortSignal,
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
  getConcurrency(): Promise<ConcurrencyStateMsg>;
  updateConcurrency(scopes: Record<string, ScopeConfigPatch>): Promise<ConcurrencyStateMsg>;
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
    listProjects: async () =>
      (await call<unknown, { projects: ProjectMsg[] }>("ListProjects", {})).projects,
    getProject: (id) => call("GetProject", { project_id: id }),
    deleteProject: async (id) =>
      (await call<unknown, { deleted: boolean }>("DeleteProject", { project_id: id })).deleted,
    updateScript: (id, script_json) => call("UpdateScript", { project_id: id, script_json }),
    uploadVideo: (filename, chunks, signal) => uploadVideo(client, filename, chunks, signal),
    readOutputVideo: (project_id, offset, length, signal) =>
      iterateStream(
        stream<FileChunkMsg>("ReadOutputVideo", { project_id, offset, length }),
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
    getConcurrency: () => call("GetConcurrency", {}),
    updateConcurrency: (scopes) => call("UpdateConcurrency", { scopes }),
    resizeConcurrency: async (scopes) =>
      (await call<unknown, { scopes: string[] }>("ResizeConcurrency", { scopes })).scopes,
    listTtsProviders: () => call("ListTtsProviders", {}),
    checkReady: (signal) => unary(client, "CheckReady", {}, { timeoutMs: 5_000, signal }),
    close: () => client.close(),
  };
}

function uploadVideo(
  client: AnyClient,
  filename: string,
  chunks: AsyncIterable<Uint8Array>,
  signal: AbortSignal,
): Promise<{ video_path: string; size: number }> {
  if (signal.aborted) return Promise.reject(new CancelledError("upload cancelled"));
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (err: unknown, res?: { video_path: string; size: number }) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort);
      if (err) reject(err);
      else resolve(res!);
    };
    const upload = (client["UploadVideo"] as (
      md: grpc.Metadata,
      cb: grpc.requestCallback<{ video_path: string; size: number }>,
    ) => grpc.ClientWritableStream<{ filename?: string; data?: Uint8Array }>).call(
      client,
      new grpc.Metadata(),
      (err, res) => finish(err ? fromGrpcError(err) : null, res),
    );
    const onAbort = () => {
      upload.cancel();
      finish(signal.reason ?? new CancelledError("upload cancelled"));
    };
    signal.addEventListener("abort", onAbort, { once: true });
    (async () => {
      upload.write({ filename });
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
