// Test harness for the pipelines: real TTS (fake provider) and media processes, and a recording context.
import { join } from "node:path";
import { createLogger } from "../../common/log.ts";
import type { PipelineContext, Scope, SegmentUpdate, TaskOptions } from "../pipeline.ts";
import { type Clients, createClients } from "../clients.ts";
import { type SpawnedService, spawnService } from "../../../test/support/spawn_service.ts";

/** One event a pipeline emitted. */
export interface RecordedEvent {
  phase: string;
  progress: number;
  message: string;
  data?: Record<string, unknown>;
}

/** Running TTS + media processes sharing a temp media root. */
export interface Stack {
  mediaRoot: string;
  dataDir: string;
  clients: Clients;
  tts: SpawnedService;
  media: SpawnedService;
  stop(): Promise<void>;
}

/** Spawns the TTS service (default provider `fake`) and the media service on free ports. */
export async function startStack(ttsEnv: Record<string, string> = {}): Promise<Stack> {
  const base = await Deno.makeTempDir({ prefix: "sacv_pipeline_" });
  const mediaRoot = join(base, "uploads");
  const dataDir = join(base, "data");
  await Deno.mkdir(mediaRoot, { recursive: true });
  await Deno.mkdir(dataDir, { recursive: true });
  const [tts, media] = await Promise.all([
    spawnService("tts", {
      SACV_TTS_DEFAULT_PROVIDER: "fake",
      SACV_TTS_MAX_WORKERS: "4",
      SACV_LOG_LEVEL: "warn",
      ...ttsEnv,
    }),
    spawnService("media", { SACV_UPLOADS_DIR: mediaRoot, SACV_LOG_LEVEL: "warn" }),
  ]);
  const clients = createClients({ ttsAddr: tts.addr, mediaAddr: media.addr });
  return {
    mediaRoot,
    dataDir,
    clients,
    tts,
    media,
    async stop() {
      clients.close();
      await Promise.all([tts.stop(), media.stop()]);
      await Deno.remove(base, { recursive: true }).catch(() => {});
    },
  };
}

/** A PipelineContext that records what the pipeline reports, plus its abort switch. */
export interface Harness {
  ctx: PipelineContext;
  events: RecordedEvent[];
  segments: SegmentUpdate[];
  controller: AbortController;
}

/** Options for {@linkcode makeHarness}. */
export interface HarnessOptions {
  stack: Pick<Stack, "mediaRoot" | "dataDir">;
  scope: Scope;
  videoPath: string;
  script: unknown;
  name?: string;
  options?: Partial<TaskOptions>;
  /** Called after each event is recorded (tests use it to cancel at a phase). */
  onEvent?: (e: RecordedEvent, h: Harness) => void;
}

/** Builds a recording context for one task. */
export function makeHarness(o: HarnessOptions): Harness {
  const controller = new AbortController();
  const events: RecordedEvent[] = [];
  const segments: SegmentUpdate[] = [];
  const h: Harness = {
    events,
    segments,
    controller,
    ctx: {
      taskId: crypto.randomUUID(),
      scope: o.scope,
      project: {
        id: crypto.randomUUID(),
        name: o.name ?? "测试 project",
        videoPath: o.videoPath,
        script: o.script,
      },
      options: { tts: {}, ...o.options },
      mediaRoot: o.stack.mediaRoot,
      dataDir: o.stack.dataDir,
      emit(phase, progress, message, data) {
        const e = { phase, progress, message, data };
        events.push(e);
        o.onEvent?.(e, h);
      },
      updateSegment: (u) => segments.push(u),
      signal: controller.signal,
      logger: createLogger("orchestrator-test", { sink: () => {} }),
    },
  };
  return h;
}

/** Polls `check` until it returns true or `timeoutMs` passes (no fixed sleeps in tests). */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
  what = "condition",
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Every file under `dir`, relative, sorted (empty when `dir` does not exist). */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string, prefix: string) => {
    for await (const e of Deno.readDir(d)) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory) await walk(join(d, e.name), rel);
      else out.push(rel);
    }
  };
  try {
    await walk(dir, "");
  } catch (err) {
    if (!(err instanceof Deno.errors.NotFound)) throw err;
  }
  return out.sort();
}
