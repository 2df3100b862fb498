// The sacv.orchestrator.v1.OrchestratorService implementation: validation and mapping only.
import type * as grpc from "@grpc/grpc-js";
import { join } from "node:path";
import { SacvError, toGrpcError } from "../common/errors.ts";
import type { Logger } from "../common/log.ts";
import type { Clients, MediaClient } from "./clients.ts";
import { audioOptions, checkMusic, receiveBgm } from "./audio_options.ts";
import {
  type ConcurrencySettings,
  isConcurrencyScope,
  type ScopeConfigPatch,
  unknownScope,
} from "./concurrency.ts";
import { type EventBus, heartbeatEvent } from "./events.ts";
import { receiveUpload, sendFile } from "./files.ts";
import { type ChunkedUploads, diskFullError, isDiskFull } from "./chunked_upload.ts";
import { projectExtHandlers } from "./service_projects_ext.ts";
import { settingsHandlers } from "./service_settings.ts";
import { dependencyError } from "./dependency_error.ts";
import type { SettingsStore } from "./settings.ts";
import type { TtsConfigStore } from "./tts_configs.ts";
import { draftFolderOf, sendDraftZip } from "./draft_download.ts";
import { normaliseMediaPath } from "./media_path.ts";
import type { Scope, TaskOptions } from "./pipeline.ts";
import { NARRATION_TYPES, PROJECT_TYPES, type ProjectStore } from "./projects.ts";
import type { TaskScheduler } from "./scheduler.ts";
import { type TaskQuery, type TaskStore } from "./tasks.ts";
import { CONCURRENCY_SCOPES } from "./recommend.ts";

/** Everything the service calls into. */
export interface ServiceDeps {
  projects: ProjectStore;
  tasks: TaskStore;
  scheduler: TaskScheduler;
  bus: EventBus;
  concurrency: ConcurrencySettings;
  clients: Pick<Clients, "tts" | "checkReady"> & { media?: Pick<MediaClient, "probe"> };
  /** Parses a script, throwing INVALID_ARGUMENT naming bad segments; returns what to store. */
  parseScript(script: unknown): { script: Record<string, unknown> };
  /** Re-applies the effective values of `scopes` (worker pools, TTS gate). */
  applyConcurrency(scopes: readonly string[]): void;
  /** Refuses a draft_dir the draft pipeline would refuse (INVALID_ARGUMENT naming it). */
  checkDraftDir(dir: string): void;
  /** Checks the database is usable (for CheckReady). */
  checkDatabase(): void;
  /** TTS configs saved through the API; the active one fills tasks that name no TTS options. */
  ttsConfigs: TtsConfigStore;
  /** The Jianying drafts directory setting (default draft_dir). */
  settings: SettingsStore;
  /** Chunked uploads bound to projects. */
  uploads: ChunkedUploads;
  /** How long a TTS call of the settings RPCs waits for a ready replica. */
  ttsReadyWaitMs?: number;
  mediaRoot: string;
  uploadsDir: string;
  /** SACV_DATA_DIR (drafts' paths are relative to it). */
  dataDir: string;
  heartbeatMs: number;
  logger: Logger;
}

/** The service implementation plus a way to end open event streams on shutdown. */
export interface OrchestratorService {
  impl: grpc.UntypedServiceImplementation;
  /** Ends every WatchEvents stream (after the last terminal events were sent). */
  closeStreams(): void;
}

type Req = Record<string, unknown>;
type Unary = (call: grpc.ServerUnaryCall<Req, unknown>, cb: grpc.sendUnaryData<unknown>) => void;

function invalid(field: string, message: string, reason = "INVALID_FIELD"): SacvError {
  return new SacvError("INVALID_ARGUMENT", message, { reason, details: { field } });
}

function str(req: Req, field: string): string {
  const v = req[field];
  return typeof v === "string" ? v.trim() : "";
}

function required(req: Req, field: string): string {
  const v = str(req, field);
  if (v === "") throw invalid(field, `${field} is required`, "MISSING_FIELD");
  return v;
}

function taskScope(req: Req, allowEmpty = false): Scope | undefined {
  const scope = str(req, "scope");
  if (scope === "" && allowEmpty) return undefined;
  if (scope !== "generate_video" && scope !== "generate_jianying_draft") {
    throw new SacvError(
      "INVALID_ARGUMENT",
      `scope must be generate_video or generate_jianying_draft: got '${scope}'`,
      { reason: "UNKNOWN_SCOPE", details: { field: "scope" } },
    );
  }
  return scope;
}

/** Builds the gRPC service over `deps`. */
export function createOrchestratorService(deps: ServiceDeps): OrchestratorService {
  /** Open WatchEvents streams and the function that detaches each. */
  const streams = new Map<grpc.ServerWritableStream<Req, unknown>, () => void>();

  const unary = (name: string, fn: (req: Req) => unknown): Unary => (call, cb) => {
    Promise.resolve().then(() => fn(call.request)).then(
      (res) => cb(null, res),
      (err) => {
        if (!(err instanceof SacvError) || err.status === "INTERNAL") {
          deps.logger.error("rpc failed", { rpc: name, error: err });
        }
        cb(toGrpcError(err) as grpc.ServiceError);
      },
    );
  };

  const scriptText = (json: string): string => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (err) {
      throw invalid("script_json", `script_json is not valid JSON: ${(err as Error).message}`);
    }
    return JSON.stringify(deps.parseScript(parsed).script);
  };

  const submitOptions = async (req: Req, scope: Scope): Promise<TaskOptions> => {
    const tts = (req.tts ?? {}) as Req;
    const speed = Number(tts.speed ?? 0);
    if (!Number.isFinite(speed) || speed < 0) {
      throw invalid("tts.speed", `tts.speed must be positive: got ${speed}`);
    }
    const overflow = str(req, "overflow");
    if (overflow !== "" && !["trim", "slow", "freeze", "extend"].includes(overflow)) {
      throw invalid(
        "overflow",
        `overflow must be trim, slow, freeze or extend: got '${overflow}'`,
      );
    }
    const maxTempo = Number(req.max_tempo ?? 0);
    if (!Number.isFinite(maxTempo) || (maxTempo !== 0 && (maxTempo < 1 || maxTempo > 2))) {
      throw invalid("max_tempo", `max_tempo must be from 1 to 2: got ${req.max_tempo}`);
    }
    const editor = str(req, "editor");
    if (editor !== "" && editor !== "jianying" && editor !== "capcut") {
      throw invalid("editor", `editor must be jianying or capcut: got '${editor}'`);
    }
    const editorRoot = str(req, "editor_drafts_root");
    if (editorRoot.length > 1024 || [...editorRoot].some((c) => c < " ")) {
      throw invalid(
        "editor_drafts_root",
        "editor_drafts_root must be a folder path without control characters, at most 1024 characters",
      );
    }
    // The drafts directory saved through the API is the default; it was checked when saved.
    const draftDir = str(req, "draft_dir") ||
      (scope === "generate_jianying_draft" ? deps.settings.jianyingDraftPath().path : "");
    if (draftDir !== "") deps.checkDraftDir(draftDir);
    const options: TaskOptions = { tts: {} };
    if (str(tts, "provider")) options.tts.provider = str(tts, "provider");
    if (str(tts, "voice")) options.tts.voice = str(tts, "voice");
    if (speed > 0) options.tts.speed = speed;
    // A request naming no provider, voice or speed gets the active TTS config's (docs/frontend.md).
    const active = options.tts.provider || options.tts.voice || options.tts.speed
      ? undefined
      : deps.ttsConfigs.defaults();
    if (active) {
      options.tts.provider = active.provider;
      if (active.voice) options.tts.voice = active.voice;
      if (active.speed) options.tts.speed = active.speed;
    }
    const knobs = (tts.options ?? {}) as Record<string, string>;
    if (Object.keys(knobs).length) options.tts.options = { ...knobs };
    if (draftDir) options.draftDir = draftDir;
    if (overflow) options.overflow = overflow as TaskOptions["overflow"];
    if (maxTempo) options.maxTempo = maxTempo;
    if (editor) options.editor = editor as TaskOptions["editor"];
    if (editorRoot) options.editorDraftsRoot = editorRoot;
    if (scope === "generate_video") {
      Object.assign(options, audioOptions(req, deps.mediaRoot));
      if (options.bgm && deps.clients.media) {
        await checkMusic(deps.clients.media, options.bgm.path, "bgm.path");
      }
    }
    return options;
  };

  const impl: grpc.UntypedServiceImplementation = {
    CreateProject: unary("CreateProject", (req) => {
      const name = required(req, "name");
      // A project may get its video later, by upload (the superAIAutoCutVideo flow).
      const given = str(req, "video_path");
      const videoPath = given === "" ? "" : normaliseMediaPath(deps.mediaRoot, given);
      const json = str(req, "script_json");
      const choice = (field: string, allowed: readonly string[]) => {
        const v = str(req, field);
        if (v !== "" && !allowed.includes(v)) {
          throw invalid(field, `${field} must be one of ${allowed.join(", ")}: got '${v}'`);
        }
        return v;
      };
      return deps.projects.create({
        name,
        videoPath,
        scriptJson: json ? scriptText(json) : "",
        description: typeof req.description === "string" ? req.description : "",
        narrationType: choice("narration_type", NARRATION_TYPES),
        projectType: choice("project_type", PROJECT_TYPES),
      });
    }),
    ListProjects: unary("ListProjects", () => ({ projects: deps.projects.list() })),
    GetProject: unary("GetProject", (req) => deps.projects.get(required(req, "project_id"))),
    DeleteProject: unary("DeleteProject", async (req) => {
      const id = required(req, "project_id");
      deps.projects.get(id);
      for (const scope of ["generate_video", "generate_jianying_draft"] as const) {
        const active = deps.tasks.findActive(id, scope);
        if (active) {
          throw new SacvError(
            "FAILED_PRECONDITION",
            `project ${id} has a ${active.status} ${scope} task (${active.task_id}); cancel it first`,
            { reason: "TASK_ACTIVE", details: { project_id: id, task_id: active.task_id } },
          );
        }
      }
      const deleted = deps.projects.delete(id);
      await deps.uploads.removeProject(id);
      // Its background music goes with it (a folder only ever created by UploadBgm).
      await Deno.remove(join(deps.uploadsDir, "bgm", id), { recursive: true }).catch(() => {});
      return { deleted };
    }),
    UpdateScript: unary("UpdateScript", (req) => {
      const id = required(req, "project_id");
      deps.projects.get(id);
      return deps.projects.updateScript(id, scriptText(required(req, "script_json")));
    }),
    UploadBgm(call: grpc.ServerReadableStream<Req, unknown>, cb: grpc.sendUnaryData<unknown>) {
      const media = deps.clients.media;
      const run = () => {
        if (!media) {
          throw new SacvError("UNAVAILABLE", "no media service to probe the music", {
            reason: "NO_MEDIA_SERVICE",
          });
        }
        return receiveBgm(
          call as unknown as AsyncIterable<
            { project_id: string; filename: string; data: Uint8Array }
          >,
          {
            uploadsDir: deps.uploadsDir,
            mediaRoot: deps.mediaRoot,
            checkProject: (id) => void deps.projects.get(id),
            media,
          },
          () => call.cancelled,
        );
      };
      Promise.resolve().then(run).then(
        (res) => cb(null, res),
        (err) => {
          const e = isDiskFull(err) ? diskFullError("the upload", err) : err;
          cb(toGrpcError(e) as grpc.ServiceError);
        },
      );
    },
    UploadVideo(call: grpc.ServerReadableStream<Req, unknown>, cb: grpc.sendUnaryData<unknown>) {
      receiveUpload(call, deps.uploadsDir, deps.mediaRoot, () => call.cancelled).then(
        (res) => cb(null, res),
        (err) => {
          const e = isDiskFull(err) ? diskFullError("the upload", err) : err;
          cb(toGrpcError(e) as grpc.ServiceError);
        },
      );
    },
    ReadOutputVideo(call: grpc.ServerWritableStream<Req, unknown>) {
      const run = async () => {
        const project = deps.projects.get(required(call.request, "project_id"));
        if (!project.output_video_path) {
          throw new SacvError("NOT_FOUND", `project ${project.id} has no output video yet`, {
            reason: "NO_OUTPUT",
            details: { project_id: project.id },
          });
        }
        const path = join(
          deps.mediaRoot,
          normaliseMediaPath(deps.mediaRoot, project.output_video_path, "output_video_path"),
        );
        await sendFile(
          call,
          path,
          Number(call.request.offset ?? 0),
          Number(call.request.length ?? 0),
        );
      };
      run().then(() => call.end(), (err) => call.emit("error", toGrpcError(err)));
    },
    ReadDraftZip(call: grpc.ServerWritableStream<Req, unknown>) {
      const run = async () => {
        const dir = await draftFolderOf(
          { projects: deps.projects, dataDir: deps.dataDir, mediaRoot: deps.mediaRoot },
          required(call.request, "project_id"),
          str(call.request, "draft_dir"),
        );
        await sendDraftZip(call, dir);
      };
      run().then(() => call.end(), (err) => {
        if (!(err instanceof SacvError)) {
          deps.logger.error("rpc failed", { rpc: "ReadDraftZip", error: err });
        }
        call.emit("error", toGrpcError(err));
      });
    },
    SubmitTask: unary("SubmitTask", async (req) => {
      const scope = taskScope(req)!;
      const id = required(req, "project_id");
      // Projects may be created before their video is uploaded; the scheduler checks the script.
      if (!deps.projects.get(id).video_path) {
        throw new SacvError("FAILED_PRECONDITION", `project ${id} has no video; upload one first`, {
          reason: "NO_VIDEO",
          details: { field: "video_path", project_id: id },
        });
      }
      const options = await submitOptions(req, scope);
      const result = deps.scheduler.submit(id, scope, options);
      return { task: result.task, existing: result.existing };
    }),
    CancelTask: unary("CancelTask", async (req) => {
      const scope = taskScope(req)!;
      const res = await deps.scheduler.cancel(
        required(req, "project_id"),
        scope,
        str(req, "task_id"),
      );
      return { scope, ...res };
    }),
    GetTask: unary("GetTask", (req) => deps.tasks.get(required(req, "task_id"))),
    ListTasks: unary("ListTasks", (req) => {
      const filter = str(req, "filter") || "all";
      if (!["all", "running", "latest"].includes(filter)) {
        throw invalid("filter", `filter must be all, running or latest: got '${filter}'`);
      }
      const query: TaskQuery = {
        filter: filter as TaskQuery["filter"],
        scope: taskScope(req, true),
      };
      if (str(req, "project_id")) query.projectId = str(req, "project_id");
      return { tasks: deps.tasks.list(query) };
    }),
    WatchEvents(call: grpc.ServerWritableStream<Req, unknown>) {
      const unsubscribe = deps.bus.subscribe(
        { projectId: str(call.request, "project_id") },
        (e) => {
          call.write(e);
        },
      );
      const beat = setInterval(() => call.write(heartbeatEvent()), deps.heartbeatMs);
      const done = () => {
        clearInterval(beat);
        unsubscribe();
        streams.delete(call);
      };
      streams.set(call, done);
      call.on("cancelled", done);
      call.on("close", done);
      call.on("error", done);
      call.write(heartbeatEvent());
    },
    GetConcurrency: unary("GetConcurrency", () => deps.concurrency.state()),
    UpdateConcurrency: unary("UpdateConcurrency", (req) => {
      const patch: Record<string, ScopeConfigPatch> = {};
      for (const [scope, raw] of Object.entries((req.scopes ?? {}) as Record<string, Req>)) {
        const p: ScopeConfigPatch = {};
        if (raw._max_workers === "max_workers") p.max_workers = Number(raw.max_workers);
        if (raw._override === "override") p.override = Boolean(raw.override);
        patch[scope] = p;
      }
      return deps.concurrency.update(patch, { keepOverride: req.keep_override === true });
    }),
    ResizeConcurrency: unary("ResizeConcurrency", (req) => {
      const asked = (req.scopes ?? []) as string[];
      for (const s of asked) if (!isConcurrencyScope(s)) throw unknownScope(s);
      const scopes = asked.length ? asked : [...CONCURRENCY_SCOPES];
      deps.applyConcurrency(scopes);
      return { scopes };
    }),
    ListTtsProviders: unary(
      "ListTtsProviders",
      () => deps.clients.tts.listProviders().catch(dependencyError("tts")),
    ),
    CheckReady: unary("CheckReady", async () => {
      let self = { name: "orchestrator", ready: true, detail: "SERVING" };
      try {
        deps.checkDatabase();
      } catch (err) {
        self = {
          name: "orchestrator",
          ready: false,
          detail: `database: ${(err as Error).message}`,
        };
      }
      const dependencies = [self, ...(await deps.clients.checkReady())];
      return { ready: dependencies.every((d) => d.ready), dependencies };
    }),
  };

  Object.assign(
    impl,
    projectExtHandlers({
      projects: deps.projects,
      uploads: deps.uploads,
      mediaRoot: deps.mediaRoot,
      scriptText,
    }, unary),
    settingsHandlers({
      ttsConfigs: deps.ttsConfigs,
      settings: deps.settings,
      clients: deps.clients,
      checkDraftDir: deps.checkDraftDir,
      readyWaitMs: deps.ttsReadyWaitMs,
    }, unary),
  );

  return {
    impl,
    closeStreams() {
      for (const [call, done] of [...streams]) {
        done();
        call.end();
      }
    },
  };
}
