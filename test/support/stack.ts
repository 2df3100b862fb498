// Starts TTS (fake provider), media and orchestrator as real processes for cross-service
// tests, plus small helpers for the orchestrator's streaming RPCs.
import { type AnyClient, createClient, unary, waitForReady } from "../../services/common/client.ts";
import { fromGrpcError } from "../../services/common/errors.ts";
import type { Event, FileChunk } from "../../services/orchestrator/messages.ts";
import { type SpawnedService, spawnService } from "./spawn_service.ts";

/** An orchestrator event as WatchEvents sends it. */
export type StreamEvent = Event;

/** Options for {@linkcode startStack}. */
export interface StackOptions {
  /** Extra env for the TTS process (SACV_TTS_DEFAULT_PROVIDER=fake is the default). */
  ttsEnv?: Record<string, string>;
  /** Extra env for the orchestrator process. */
  orchestratorEnv?: Record<string, string>;
  /** Use this data dir instead of a fresh temp dir (it is then not removed). */
  dataDir?: string;
  /**
   * Extra env for all three processes (e.g. SACV_INTERNAL_TOKEN; the stack's own
   * clients then send that token too).
   */
  env?: Record<string, string>;
}

/** The three running services. */
export interface Stack {
  tts: SpawnedService;
  media: SpawnedService;
  orchestrator: SpawnedService;
  /** Orchestrator data dir (SACV_DATA_DIR). */
  dataDir: string;
  /** Media root (SACV_UPLOADS_DIR), shared by orchestrator and media. */
  mediaRoot: string;
  /** A client of sacv.orchestrator.v1.OrchestratorService. */
  client: AnyClient;
  /** A client of sacv.tts.v1.TtsService (for GetLimits checks). */
  ttsClient: AnyClient;
  /** A client of sacv.media.v1.MediaService (for probing outputs). */
  mediaClient: AnyClient;
  /** Calls a unary orchestrator method. */
  call<Res = Record<string, unknown>>(method: string, request: unknown): Promise<Res>;
  /** Stops the orchestrator and starts it again on the same data dir and port. */
  restartOrchestrator(env?: Record<string, string>): Promise<void>;
  /** Stops every process and removes the temp dirs. */
  stop(): Promise<void>;
}

/**
 * Starts TTS (`fake` provider by default), media and orchestrator on free
 * ports with a temp data dir whose `uploads/` is the media root.
 *
 * @example
 * ```ts
 * const stack = await startStack();
 * try {
 *   const project = await stack.call("CreateProject", { name: "p", video_path: "v.mp4" });
 * } finally {
 *   await stack.stop();
 * }
 * ```
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ??
    await Deno.realPath(await Deno.makeTempDir({ prefix: "sacv-stack-" }));
  const mediaRoot = `${dataDir}/uploads`;
  await Deno.mkdir(mediaRoot, { recursive: true });
  const started: SpawnedService[] = [];
  try {
    const [tts, media] = await Promise.all([
      spawnService("tts", {
        SACV_TTS_DEFAULT_PROVIDER: "fake",
        ...options.env,
        ...options.ttsEnv,
      }),
      spawnService("media", { ...options.env, SACV_UPLOADS_DIR: mediaRoot }),
    ]);
    started.push(tts, media);
    const orchEnv = (extra: Record<string, string> = {}) => ({
      SACV_TTS_ADDR: tts.addr,
      SACV_MEDIA_ADDR: media.addr,
      SACV_DATA_DIR: dataDir,
      SACV_UPLOADS_DIR: mediaRoot,
      ...options.env,
      ...options.orchestratorEnv,
      ...extra,
    });
    let orchestrator = await spawnService("orchestrator", orchEnv());
    started.push(orchestrator);
    const auth = { internalToken: options.env?.SACV_INTERNAL_TOKEN ?? "" };
    let client = createClient(
      "sacv.orchestrator.v1.OrchestratorService",
      orchestrator.addr,
      {},
      auth,
    );
    const ttsClient = createClient("sacv.tts.v1.TtsService", tts.addr, {}, auth);
    const mediaClient = createClient("sacv.media.v1.MediaService", media.addr, {}, auth);
    const stack: Stack = {
      tts,
      media,
      orchestrator,
      dataDir,
      mediaRoot,
      client,
      ttsClient,
      mediaClient,
      call: <Res>(method: string, request: unknown) => unary<unknown, Res>(client, method, request),
      async restartOrchestrator(env = {}) {
        client.close();
        await orchestrator.stop();
        orchestrator = await spawnService(
          "orchestrator",
          orchEnv({ SACV_ORCHESTRATOR_ADDR: orchestrator.addr, ...env }),
        );
        started[2] = orchestrator;
        // grpc-js would hand a new client the old process's pooled subchannel, which under
        // Deno may never notice the reset (denoland/deno#26907): use a fresh one.
        client = createClient("sacv.orchestrator.v1.OrchestratorService", orchestrator.addr, {
          "grpc.use_local_subchannel_pool": 1,
        }, auth);
        await waitForReady(client, 15_000);
        stack.orchestrator = orchestrator;
        stack.client = client;
      },
      async stop() {
        client.close();
        ttsClient.close();
        mediaClient.close();
        await Promise.all(started.map((s) => s.stop()));
        if (ownDir) await Deno.remove(dataDir, { recursive: true }).catch(() => {});
      },
    };
    return stack;
  } catch (err) {
    await Promise.all(started.map((s) => s.stop()));
    if (ownDir) await Deno.remove(dataDir, { recursive: true }).catch(() => {});
    throw err;
  }
}

/** A live WatchEvents subscription collecting events. */
export interface EventWatch {
  events: StreamEvent[];
  /** Resolves with the first collected event matching `pred` (waiting up to `timeoutMs`). */
  waitFor(pred: (e: StreamEvent) => boolean, timeoutMs?: number): Promise<StreamEvent>;
  close(): void;
}

/** Opens WatchEvents (optionally for one project) and collects every event. */
export function watchEvents(client: AnyClient, projectId = ""): EventWatch {
  const call = (client.WatchEvents as (req: unknown) => NodeJS.ReadableStream & { cancel(): void })(
    {
      project_id: projectId,
    },
  );
  const events: StreamEvent[] = [];
  let wake: (() => void) | undefined;
  call.on("data", (e: StreamEvent) => {
    events.push(e);
    wake?.();
  });
  call.on("error", () => {});
  return {
    events,
    async waitFor(pred, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (true) {
        const hit = events.find(pred);
        if (hit) return hit;
        const left = deadline - Date.now();
        if (left <= 0) {
          throw new Error(`no matching event in ${timeoutMs} ms; got ${events.length}`);
        }
        await new Promise<void>((r) => {
          const t = setTimeout(r, Math.min(left, 200));
          wake = () => (clearTimeout(t), r());
        });
      }
    },
    close: () => call.cancel(),
  };
}

/** Uploads `bytes` as `filename` in `chunkBytes` pieces; resolves with the response. */
export function uploadVideo(
  client: AnyClient,
  filename: string,
  bytes: Uint8Array,
  chunkBytes = 64 * 1024,
): Promise<{ video_path: string; size: number }> {
  return new Promise((resolve, reject) => {
    const call = (client.UploadVideo as (
      cb: (err: unknown, res: { video_path: string; size: number }) => void,
    ) => { write(m: unknown): void; end(): void })((err, res) =>
      err ? reject(fromGrpcError(err)) : resolve(res)
    );
    call.write({ filename, data: bytes.subarray(0, chunkBytes) });
    for (let at = chunkBytes; at < bytes.length; at += chunkBytes) {
      call.write({ data: bytes.subarray(at, at + chunkBytes) });
    }
    call.end();
  });
}

/** Reads a project's output video (or a range of it) over ReadOutputVideo. */
export function readOutputVideo(
  client: AnyClient,
  projectId: string,
  offset = 0,
  length = 0,
): Promise<{ bytes: Uint8Array; totalSize: number; filename: string }> {
  return new Promise((resolve, reject) => {
    const call = (client.ReadOutputVideo as (req: unknown) => NodeJS.ReadableStream)({
      project_id: projectId,
      offset,
      length,
    });
    const parts: Uint8Array[] = [];
    let totalSize = 0;
    let filename = "";
    call.on("data", (c: FileChunk) => {
      parts.push(c.data);
      if (c.total_size) totalSize = c.total_size;
      if (c.filename) filename = c.filename;
    });
    call.on("error", (err) => reject(fromGrpcError(err)));
    call.on("end", () => {
      const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) (bytes.set(p, at), at += p.length);
      resolve({ bytes, totalSize, filename });
    });
  });
}
