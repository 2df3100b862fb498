// Task RPCs: submit (options checked and filled from the saved settings), cancel, read and list
// tasks, and the WatchEvents stream of their progress.
import { outputOptions } from "./output_options.ts";
import type * as grpc from "@grpc/grpc-js";
import { SacvError } from "../common/errors.ts";
import { type EventBus, heartbeatEvent } from "./events.ts";
import type { Scope, TaskOptions } from "./pipeline.ts";
import type { ProjectStore } from "./projects.ts";
import { invalid, type Req, required, type Rpc, str } from "./service_rpc.ts";
import type { SettingsStore } from "./settings.ts";
import type { TaskScheduler } from "./scheduler.ts";
import type { TaskQuery, TaskStore } from "./tasks.ts";
import type { TtsConfigStore } from "./tts_configs.ts";
import type { MediaClient } from "./clients.ts";
import { audioOptions, checkMusic } from "./audio_options.ts";

/** What these RPCs need. */
export interface TaskDeps {
  projects: ProjectStore;
  tasks: TaskStore;
  scheduler: TaskScheduler;
  bus: EventBus;
  /** The saved drafts directory (the default draft_dir). */
  settings: SettingsStore;
  /** The active TTS config fills tasks that name no TTS options. */
  ttsConfigs: TtsConfigStore;
  /** Refuses a draft_dir the draft pipeline would refuse (INVALID_ARGUMENT naming it). */
  checkDraftDir(dir: string): void;
  heartbeatMs: number;
  mediaRoot: string;
  /** Probes background music at submission (absent: BuildAudio alone checks it). */
  clients: { media?: Pick<MediaClient, "probe"> };
}

/** The task handlers, and a way to end the open event streams on shutdown. */
export interface TaskHandlers {
  handlers: grpc.UntypedServiceImplementation;
  /** Ends every WatchEvents stream (after the last terminal events were sent). */
  closeStreams(): void;
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

/** Builds the task handlers over `deps`. */
export function taskHandlers(deps: TaskDeps, rpc: Rpc): TaskHandlers {
  /** Open WatchEvents streams and the function that detaches each. */
  const streams = new Map<grpc.ServerWritableStream<Req, unknown>, () => void>();

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
    Object.assign(options, outputOptions(req));
    if (scope === "generate_video") {
      Object.assign(options, audioOptions(req, deps.mediaRoot));
      if (options.bgm && deps.clients.media) {
        await checkMusic(deps.clients.media, options.bgm.path, "bgm.path");
      }
    }
    return options;
  };

  const handlers: grpc.UntypedServiceImplementation = {
    SubmitTask: rpc.unary("SubmitTask", async (req) => {
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
    CancelTask: rpc.unary("CancelTask", async (req) => {
      const scope = taskScope(req)!;
      const res = await deps.scheduler.cancel(
        required(req, "project_id"),
        scope,
        str(req, "task_id"),
      );
      return { scope, ...res };
    }),
    GetTask: rpc.unary("GetTask", (req) => deps.tasks.get(required(req, "task_id"))),
    ListTasks: rpc.unary("ListTasks", (req) => {
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
  };

  return {
    handlers,
    closeStreams() {
      for (const [call, done] of [...streams]) {
        done();
        call.end();
      }
    },
  };
}
