// An in-process fake OrchestratorService for the gateway's unit tests (HTTP details only).
// deno-lint-ignore-file no-explicit-any -- proto requests arrive untyped from grpc-js; this is test support.
import type * as grpc from "@grpc/grpc-js";
import { type RunningServer, serve } from "../services/common/server.ts";
import { SacvError, toGrpcError } from "../services/common/errors.ts";
import { createLogger } from "../services/common/log.ts";
import { createApp } from "./app.ts";
import { createOrchestratorApi, type OrchestratorApi } from "./orchestrator.ts";
import type { EventMsg, ProjectMsg, TaskMsg } from "./types.ts";

/** A project with every field at its default (for fakes and tests). */
export function emptyProject(id: string): ProjectMsg {
  const now = new Date().toISOString();
  return {
    id,
    name: "",
    video_path: "",
    script_json: "",
    output_video_path: "",
    jianying_draft_dirs: [],
    created_at: now,
    updated_at: now,
    description: "",
    narration_type: "短剧解说",
    project_type: "subtitle",
    status: "draft",
    video_paths: [],
    video_names: {},
    merged_video_path: "",
    jianying_draft_last_dir: "",
    extra_json: "{}",
  };
}

type Unary = (call: grpc.ServerUnaryCall<any, any>, cb: grpc.sendUnaryData<any>) => void;

/** A controllable fake orchestrator with in-memory state. */
export class FakeOrchestrator {
  projects = new Map<string, ProjectMsg>();
  tasks: TaskMsg[] = [];
  /** Output video bytes per project id. */
  outputs = new Map<string, Uint8Array>();
  /** Output .srt bytes per project id. */
  subtitles = new Map<string, Uint8Array>();
  /** Completed uploads (filename → bytes) and uploads that were cancelled mid-way. */
  uploads = new Map<string, Uint8Array>();
  cancelledUploads = 0;
  ready = true;
  concurrency = {
    config: {
      generate_video: { max_workers: 2, override: false },
      generate_jianying_draft: { max_workers: 2, override: false },
      tts: { max_workers: 4, override: false },
    } as Record<string, { max_workers: number; override: boolean }>,
    effective: {} as Record<string, { max_workers: number; source: string }>,
  };
  watchers = new Set<{ projectId: string; call: grpc.ServerWritableStream<unknown, unknown> }>();
  lastSubmit: Record<string, unknown> | undefined;
  #server?: RunningServer;
  #seq = 0;

  /** Starts the fake on a free port and returns its address. */
  async start(): Promise<string> {
    this.#server = await serve("127.0.0.1:0", {
      services: [{ name: "sacv.orchestrator.v1.OrchestratorService", impl: this.#impl() }],
      logger: createLogger("fake-orchestrator", { sink: () => {} }),
    });
    return `127.0.0.1:${this.#server.port}`;
  }

  async stop(): Promise<void> {
    await this.#server?.shutdown(500);
  }

  /** Sends an event to every watcher whose filter matches. */
  emit(event: Partial<EventMsg>): void {
    for (const w of this.watchers) {
      if (w.projectId && w.projectId !== event.project_id) continue;
      w.call.write({ type: "progress", timestamp: new Date().toISOString(), ...event });
    }
  }

  #project(id: string): ProjectMsg {
    const p = this.projects.get(id);
    if (!p) {
      throw new SacvError("NOT_FOUND", `project ${id} not found`, { reason: "PROJECT_NOT_FOUND" });
    }
    return p;
  }

  #impl(): grpc.UntypedServiceImplementation {
    const wrap = (fn: (req: any) => unknown): Unary => (call, cb) => {
      try {
        cb(null, fn(call.request));
      } catch (err) {
        cb(toGrpcError(err) as grpc.ServiceError);
      }
    };
    const now = () => new Date().toISOString();
    return {
      CreateProject: wrap((req) => {
        if (req.video_path.includes("..")) {
          throw new SacvError("INVALID_ARGUMENT", "video_path is outside the media root", {
            reason: "PATH_OUTSIDE_ROOT",
          });
        }
        const p: ProjectMsg = {
          ...emptyProject(`p${++this.#seq}`),
          name: req.name,
          video_path: req.video_path,
          video_paths: req.video_path ? [req.video_path] : [],
          script_json: req.script_json,
          description: req.description ?? "",
          narration_type: req.narration_type || "短剧解说",
          project_type: req.project_type || "subtitle",
        };
        this.projects.set(p.id, p);
        return p;
      }),
      ListProjects: wrap(() => ({ projects: [...this.projects.values()] })),
      GetProject: wrap((req) => this.#project(req.project_id)),
      DeleteProject: wrap((req) => ({
        deleted: this.projects.delete(this.#project(req.project_id).id),
      })),
      UpdateScript: wrap((req) => {
        const p = this.#project(req.project_id);
        p.script_json = req.script_json;
        return p;
      }),
      SubmitTask: wrap((req) => {
        this.#project(req.project_id);
        this.lastSubmit = req;
        const running = this.tasks.find((t) =>
          t.project_id === req.project_id && t.scope === req.scope &&
          (t.status === "queued" || t.status === "processing")
        );
        if (running) return { task: running, existing: true };
        const task = {
          task_id: `t${++this.#seq}`,
          project_id: req.project_id,
          scope: req.scope,
          status: "queued",
          progress: 0,
          phase: "queued",
          message: "",
          created_at: now(),
          segments: [],
        } as unknown as TaskMsg;
        this.tasks.push(task);
        return { task, existing: false };
      }),
      CancelTask: wrap((req) => {
        const t = this.tasks.find((t) =>
          t.project_id === req.project_id && t.scope === req.scope &&
          (req.task_id ? t.task_id === req.task_id : t.status === "queued")
        );
        if (t) t.status = "cancelled";
        return { scope: req.scope, task_id: t?.task_id ?? "", cancelled: !!t };
      }),
      GetTask: wrap((req) => {
        const t = this.tasks.find((t) => t.task_id === req.task_id);
        if (!t) throw new SacvError("NOT_FOUND", `task ${req.task_id} not found`);
        return t;
      }),
      ListTasks: wrap((req) => ({
        tasks: this.tasks.filter((t) => t.project_id === req.project_id),
      })),
      GetConcurrency: wrap(() => this.concurrency),
      UpdateConcurrency: wrap((req) => {
        for (const [scope, patch] of Object.entries(req.scopes as Record<string, any>)) {
          const c = this.concurrency.config[scope];
          if (patch.max_workers !== undefined) c.max_workers = patch.max_workers;
          if (patch.override !== undefined) c.override = patch.override;
        }
        return this.concurrency;
      }),
      ResizeConcurrency: wrap((req) => ({
        scopes: req.scopes.length ? req.scopes : Object.keys(this.concurrency.config),
      })),
      ListTtsProviders: wrap(() => ({
        providers: [{ name: "fake", limit: 3 }],
        default_provider: "fake",
      })),
      CheckReady: wrap(() => ({
        ready: this.ready,
        dependencies: [{ name: "tts", ready: this.ready, detail: this.ready ? "" : "down" }],
      })),
      WatchEvents: (call: grpc.ServerWritableStream<{ project_id: string }, unknown>) => {
        const w = { projectId: call.request.project_id, call };
        this.watchers.add(w);
        call.on("cancelled", () => this.watchers.delete(w));
        call.write({ type: "heartbeat", timestamp: new Date().toISOString() });
      },
      UploadVideo: (call: grpc.ServerReadableStream<any, any>, cb: grpc.sendUnaryData<any>) => {
        let filename = "";
        const parts: Uint8Array[] = [];
        call.on("data", (m) => {
          if (m.filename) filename = m.filename;
          if (m.data?.length) parts.push(m.data);
        });
        call.on("cancelled", () => this.cancelledUploads++);
        call.on("end", () => {
          const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
          let o = 0;
          for (const p of parts) (bytes.set(p, o), o += p.length);
          this.uploads.set(filename, bytes);
          cb(null, { video_path: `uploads/${filename}`, size: bytes.length });
        });
      },
      ReadOutputVideo: (call: grpc.ServerWritableStream<any, any>) => {
        const srt = call.request.file === "subtitles";
        const bytes = (srt ? this.subtitles : this.outputs).get(call.request.project_id);
        if (!bytes) {
          call.emit("error", toGrpcError(new SacvError("NOT_FOUND", "no output file yet")));
          return;
        }
        const { offset, length } = call.request;
        const end = length ? Math.min(bytes.length, offset + length) : bytes.length;
        for (let o = offset, first = true; o < end; o += 1000, first = false) {
          call.write({
            data: bytes.slice(o, Math.min(end, o + 1000)),
            total_size: first ? bytes.length : 0,
            offset: o,
            filename: first ? (srt ? "out.srt" : "out.mp4") : "",
          });
        }
        call.end();
      },
    };
  }
}

/** A gateway on a free port in front of a {@linkcode FakeOrchestrator}. */
export interface Harness {
  url: string;
  fake: FakeOrchestrator;
  orchestrator: OrchestratorApi;
  close(): Promise<void>;
}

/** Starts a fake orchestrator and a gateway in front of it. */
export async function harness(
  opts: { token?: string; uploadMaxBytes?: number } = {},
): Promise<Harness> {
  const fake = new FakeOrchestrator();
  const addr = await fake.start();
  const orchestrator = createOrchestratorApi(addr);
  const { app, closeSockets } = createApp({
    orchestrator,
    logger: createLogger("gateway", { sink: () => {} }),
    apiToken: opts.token,
    uploadMaxBytes: opts.uploadMaxBytes,
    heartbeatMs: 100,
  });
  const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen: () => {} }, app.fetch);
  return {
    url: `http://127.0.0.1:${server.addr.port}`,
    fake,
    orchestrator,
    async close() {
      closeSockets();
      await server.shutdown();
      orchestrator.close();
      await fake.stop();
    },
  };
}

/** Sends a JSON request and returns the status and parsed body. */
export async function call(
  h: Harness,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: any }> {
  const res = await fetch(h.url + path, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}
