// The CLI's commands, run against a gateway; output goes to `out` so tests can capture it.
import { join } from "node:path";
import type { Command } from "./args.ts";
import { GatewayClient, type GatewayEvent } from "./client.ts";
import { followTasks, ProgressBoard, type TaskState } from "./follow.ts";
import { unzipFile } from "./unzip.ts";

/** Where command output goes. */
export interface Output {
  line(text: string): void;
  write(text: string): void;
}

/** Output to stdout. */
export const STDOUT: Output = {
  line: (t) => console.log(t),
  write: (t) => Deno.stdout.writeSync(new TextEncoder().encode(t)),
};

async function fileExists(path: string): Promise<boolean> {
  try {
    return (await Deno.stat(path)).isFile;
  } catch {
    return false;
  }
}

async function follow(
  api: GatewayClient,
  projectId: string,
  path: string,
  body: unknown,
  cmd: Command,
  out: Output,
): Promise<number> {
  const submit = async () => {
    const res = await api.request<{ task_id: string; scope: string }>("POST", path, body);
    out.line(`${res.message}: task ${res.data.task_id}`);
    return [res.data];
  };
  if (cmd.flags["no-follow"]) {
    await submit();
    return 0;
  }
  const board = new ProgressBoard({ write: out.write });
  const [state] = await followTasks(api, projectId, submit, { onUpdate: (s) => board.draw(s) });
  return report(api, state, out);
}

async function report(api: GatewayClient, state: TaskState, out: Output): Promise<number> {
  const e = state.final as GatewayEvent;
  if (e.type === "completed") {
    const task = await api.get<{ file_path?: string }>(`/api/tasks/${state.task_id}`);
    out.line(`completed: ${task.file_path ?? ""}`);
    return 0;
  }
  out.line(`${e.type}: ${e.message}${e.data ? " " + JSON.stringify(e.data) : ""}`);
  return 1;
}

/** The generate-jianying-draft body from the command's flags. */
export function draftBody(cmd: Command): Record<string, unknown> {
  const f = cmd.flags;
  const body: Record<string, unknown> = {};
  if (f["draft-dir"]) body.draft_dir = f["draft-dir"];
  if (f.editor) body.editor = f.editor;
  if (f.overflow) body.overflow = f.overflow;
  if (f["max-tempo"]) body.max_tempo = Number(f["max-tempo"]);
  if (f["editor-root"]) body.editor_drafts_root = f["editor-root"];
  return body;
}

/**
 * Downloads the project's newest draft as a zip into `dir` and unpacks it
 * there (the draft's folder appears in `dir`; an existing one is kept and
 * the command fails).
 */
export async function downloadDraft(
  api: GatewayClient,
  projectId: string,
  dir: string,
  out: Output,
): Promise<number> {
  await Deno.mkdir(dir, { recursive: true });
  const zip = join(dir, `.sacv-draft-${crypto.randomUUID().slice(0, 8)}.zip`);
  try {
    const got = await api.download(
      `/api/projects/${encodeURIComponent(projectId)}/jianying-draft/download`,
      zip,
    );
    const folders = await unzipFile(zip, dir);
    out.line(`downloaded ${got.filename} (${got.bytes} bytes)`);
    for (const name of folders) out.line(`draft: ${join(dir, name)}`);
    return 0;
  } finally {
    await Deno.remove(zip).catch(() => {});
  }
}

/** Runs a parsed command; resolves with the process exit code. */
export async function runCommand(cmd: Command, out: Output = STDOUT): Promise<number> {
  const api = new GatewayClient(cmd.url, cmd.token);
  const f = cmd.flags;
  switch (cmd.name) {
    case "projects": {
      const projects = await api.get<Record<string, unknown>[]>("/api/projects");
      if (projects.length === 0) out.line("no projects");
      for (const p of projects) {
        out.line(`${p.id}  ${p.name}  ${p.video_path}  ${p.output_video_path ?? "-"}`);
      }
      return 0;
    }
    case "create": {
      const scriptText = await Deno.readTextFile(String(f.script));
      let script: unknown;
      try {
        script = JSON.parse(scriptText);
      } catch (err) {
        out.line(
          `error: ${f.script} is not valid JSON: ${err instanceof Error ? err.message : err}`,
        );
        return 1;
      }
      let videoPath = String(f.video);
      if (await fileExists(videoPath)) {
        const up = await api.uploadFile(videoPath);
        out.line(`uploaded ${videoPath} as ${up.video_path} (${up.size} bytes)`);
        videoPath = up.video_path;
      }
      const p = await api.post<{ id: string }>("/api/projects", {
        name: f.name,
        video_path: videoPath,
        script,
      });
      out.line(p.id);
      return 0;
    }
    case "video": {
      const tts: Record<string, unknown> = {};
      if (f.provider) tts.provider = f.provider;
      if (f.voice) tts.voice = f.voice;
      if (f.speed) tts.speed = Number(f.speed);
      const id = cmd.positionals[0];
      return await follow(api, id, `/api/projects/${id}/generate-video`, { tts }, cmd, out);
    }
    case "draft": {
      const id = cmd.positionals[0];
      if (!f.latest) {
        const code = await follow(
          api,
          id,
          `/api/projects/${id}/generate-jianying-draft`,
          draftBody(cmd),
          cmd,
          out,
        );
        if (code !== 0 || !f.out || f["no-follow"]) return code;
      }
      return await downloadDraft(api, id, String(f.out), out);
    }
    case "cancel": {
      const res = await api.post<{ task_id: string; cancelled: boolean }>(
        `/api/projects/${cmd.positionals[0]}/tasks/cancel`,
        { scope: f.scope, task_id: f.task },
      );
      out.line(res.cancelled ? `cancelled ${res.task_id}` : "nothing to cancel");
      return 0;
    }
    case "task":
      out.line(JSON.stringify(await api.get(`/api/tasks/${cmd.positionals[0]}`), null, 2));
      return 0;
    case "watch": {
      const sub = api.watch(cmd.positionals[0], (e) => {
        if (e.type !== "heartbeat") {
          out.line(
            `${e.timestamp} ${e.type} ${e.scope} ${e.task_id} ${e.progress}% ${e.phase} ${e.message}`,
          );
        }
      });
      await sub.ready;
      out.line("watching events (Ctrl-C to stop)");
      await sub.closed;
      return 1;
    }
    case "concurrency": {
      const [sub = "get", ...pairs] = cmd.positionals;
      let state = await api.get<Record<string, Record<string, Record<string, unknown>>>>(
        "/api/generate/concurrency",
      );
      if (sub === "set") {
        const body: Record<string, unknown> = {};
        for (const p of pairs) {
          const [scope, n] = p.split("=");
          body[scope] = { max_workers: Number(n), override: true };
        }
        state = (await api.request<typeof state>("PUT", "/api/generate/concurrency", body)).data;
      }
      for (const [scope, eff] of Object.entries(state.effective)) {
        out.line(`${scope.padEnd(24)} ${String(eff.max_workers).padStart(3)}  (${eff.source})`);
      }
      return 0;
    }
  }
  return 2;
}
