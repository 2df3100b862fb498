// `deno task demo`: starts the four services, makes a 20 s sample video and a Chinese script
// mixing narration and 播放原片 segments, produces the narrated MP4 and a Jianying draft over
// HTTP, draws progress from the WebSocket, prints where the results are, and stops the stack.
import { resolve } from "node:path";
import { startServices } from "./start.ts";
import { GatewayClient } from "./cli/client.ts";
import { followTasks, ProgressBoard, type TaskState } from "./cli/follow.ts";
import { makeVideo } from "../test/support/media_fixtures.ts";

/** The demo script: narration and original-footage segments over a 20 s source. */
export const DEMO_SCRIPT = {
  version: 1,
  segments: [
    {
      id: "1",
      start_time: 0,
      end_time: 4.5,
      text: "欢迎观看这段示例视频，我们一起来看看画面里的变化。",
    },
    { id: "2", start_time: 4.5, end_time: 8, text: "播放原片", OST: 1 },
    {
      id: "3",
      start_time: 8,
      end_time: 13,
      text: "彩色条纹不断移动，画面上的计时也在一秒一秒地增长。",
    },
    { id: "4", start_time: 13, end_time: 16, text: "播放原片：原声保留", OST: 1 },
    { id: "5", start_time: 16, end_time: 20, text: "以上就是本次演示，感谢您的观看。" },
  ],
};

/** Options for {@linkcode runDemo}. */
export interface DemoOptions {
  /** Where the stack keeps its data (default `SACV_DATA_DIR` or ./data/demo). */
  dataDir?: string;
  /** Extra environment for the four services (e.g. `SACV_TTS_DEFAULT_PROVIDER`). */
  env?: Record<string, string>;
  /** Where progress text goes (default stdout). */
  say?: (line: string) => void;
  /** Draw bars in place (default: when stdout is a terminal). */
  tty?: boolean;
}

/** What the demo produced. */
export interface DemoResult {
  ok: boolean;
  /** Absolute path of the narrated MP4. */
  videoPath?: string;
  /** Absolute path of the subtitles written beside the MP4. */
  srtPath?: string;
  /** Absolute path of the Jianying draft folder. */
  draftDir?: string;
}

/**
 * Runs the whole demo: stack up, sample + script, both jobs over HTTP with
 * WebSocket progress, results printed, stack down.
 */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const env = Deno.env.toObject();
  const say = options.say ?? ((s: string) => console.log(s));
  const dataDir = resolve(options.dataDir ?? env.SACV_DATA_DIR ?? "./data/demo");
  const logPath = `${dataDir}/demo-services.log`;
  await Deno.mkdir(dataDir, { recursive: true });
  const logFile = await Deno.open(logPath, { create: true, write: true, truncate: true });
  const enc = new TextEncoder();
  say(`starting tts, media, orchestrator and gateway (logs: ${logPath}) ...`);
  const stack = await startServices({
    dataDir,
    // Fixed ports only when the user configured them; free ones avoid clashing with `task start`.
    freePorts: env.SACV_GATEWAY_PORT === undefined,
    // The demo is a sandbox: the fake voice is there for trying things (`provider: "fake"`).
    env: { SACV_TTS_ENABLE_FAKE: "1", ...options.env },
    log: (name, line) => logFile.writeSync(enc.encode(`[${name}] ${line}\n`)),
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    say("stopping the services ...");
    await stack.stop();
    logFile.close();
  };
  const onSignal = () => stop().then(() => Deno.exit(130));
  Deno.addSignalListener("SIGINT", onSignal);
  try {
    say(`gateway at ${stack.gatewayUrl}`);
    const api = new GatewayClient(stack.gatewayUrl, env.SACV_API_TOKEN);
    const tmp = await Deno.makeTempDir({ prefix: "sacv-demo-" });
    const sample = `${tmp}/sample.mp4`;
    say("making a 20 s sample video (test pattern with a tone) ...");
    await makeVideo(sample, { duration: 20, width: 640, height: 360, fps: 25, toneHz: 330 });
    const uploaded = await api.uploadFile(sample);
    await Deno.remove(tmp, { recursive: true });
    say(`uploaded the sample as ${uploaded.video_path}`);
    const project = await api.post<{ id: string }>("/api/projects", {
      name: "SACV demo",
      video_path: uploaded.video_path,
      script: DEMO_SCRIPT,
    });
    say(`project ${project.id}: ${DEMO_SCRIPT.segments.length} segments (3 narrated, 2 原片)`);
    // A caller-supplied `say` gets plain lines; the terminal gets bars redrawn in place.
    const board = options.say
      ? new ProgressBoard({ tty: false, write: (t) => say(t.trimEnd()) })
      : new ProgressBoard({ tty: options.tty });
    const states: TaskState[] = await followTasks(api, project.id, async () => [
      await api.post<{ task_id: string; scope: string }>(
        `/api/projects/${project.id}/generate-video`,
      ),
      await api.post<{ task_id: string; scope: string }>(
        `/api/projects/${project.id}/generate-jianying-draft`,
      ),
    ], { onUpdate: (s) => board.draw(s) });
    const result: DemoResult = { ok: true };
    for (const s of states) {
      const task = await api.get<{ status: string; file_path?: string; error?: unknown }>(
        `/api/tasks/${s.task_id}`,
      );
      if (task.status !== "completed") {
        result.ok = false;
        say(`${s.scope} ${task.status}: ${s.message} ${JSON.stringify(task.error ?? {})}`);
      } else if (s.scope === "generate_video") {
        result.videoPath = resolve(stack.uploadsDir, task.file_path ?? "");
        say(`narrated MP4:    ${result.videoPath}`);
        result.srtPath = result.videoPath.replace(/\.[^./]+$/, ".srt");
        say(`subtitles (SRT): ${result.srtPath}`);
        const cues = (await Deno.readTextFile(result.srtPath)).trim().split(/\n\n/).slice(0, 3);
        for (const cue of cues) say(`                 ${cue.split("\n").slice(1).join("  ")}`);
        const loud = s.final?.data?.loudness as { output_i?: number; output_tp?: number } | null;
        if (loud) say(`loudness:        ${loud.output_i} LUFS, true peak ${loud.output_tp} dBTP`);
      } else {
        // Draft paths are relative to the data dir (the media root's parent by default).
        result.draftDir = resolve(stack.dataDir, task.file_path ?? "");
        say(
          `Jianying draft:  ${result.draftDir} (copy the folder into your editor's drafts folder,`,
        );
        say(
          `                 or: deno task sacv draft ${project.id} --latest --out <drafts folder>)`,
        );
      }
    }
    if (!result.ok) say(`something failed; service logs are in ${logPath}`);
    return result;
  } finally {
    await stop();
    Deno.removeSignalListener("SIGINT", onSignal);
  }
}

if (import.meta.main) {
  try {
    Deno.exit((await runDemo()).ok ? 0 : 1);
  } catch (err) {
    console.error(`demo failed: ${err instanceof Error ? err.message : err}`);
    Deno.exit(1);
  }
}
