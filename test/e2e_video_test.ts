// End to end through HTTP + WebSocket against four real processes: a narrated video job
// (duration, original audio kept, Range), a draft job, dedup, cancel, and the CLI.
import assert from "node:assert/strict";
import { startGatewayStack } from "./support/gateway.ts";
import { makeVideo, meanVolume } from "./support/media_fixtures.ts";
import { followTasks } from "../tools/cli/follow.ts";
import type { GatewayEvent } from "../tools/cli/client.ts";
import { parseCommand } from "../tools/cli/args.ts";
import { runCommand } from "../tools/cli/commands.ts";

async function run(cmd: string, args: string[]): Promise<string> {
  const out = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
  const text = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
  if (!out.success) throw new Error(`${cmd} failed: ${text}`);
  return text;
}

async function duration(path: string): Promise<number> {
  const out = await run(Deno.env.get("FFPROBE_PATH") || "ffprobe", [
    "-v",
    "error",
    "-show_entries",
    "format=duration",
    "-of",
    "default=nw=1:nk=1",
    path,
  ]);
  return Number(out.trim());
}

const SCRIPT = {
  segments: [
    { id: "n1", start_time: 0, end_time: 2, text: "你好世界，欢迎来到这里" },
    { id: "o2", start_time: 2, end_time: 4, text: "播放原片", OST: 1 },
    { id: "n3", start_time: 4, end_time: 6, text: "谢谢观看，我们下次再见" },
  ],
};

Deno.test("e2e: video, draft, dedup, cancel and CLI over HTTP + WebSocket", async (t) => {
  const s = await startGatewayStack();
  const tmp = await Deno.makeTempDir({ prefix: "sacv-e2e-video-" });
  const { api } = s;
  try {
    const src = `${tmp}/source.mp4`;
    await makeVideo(src, { duration: 6, amplitude: 0.05, toneHz: 1000 });
    const up = await api.uploadFile(src);
    assert.ok(!up.video_path.startsWith(".."));
    const project = await api.post<{ id: string }>("/api/projects", {
      name: "e2e",
      video_path: up.video_path,
      script: SCRIPT,
    });

    await t.step("generate-video: events, duration, original audio, Range", async () => {
      const events: GatewayEvent[] = [];
      const [state] = await followTasks(
        api,
        project.id,
        async () => [await api.post(`/api/projects/${project.id}/generate-video`)],
        { onEvent: (e) => events.push(e) },
      );
      const mine = events.filter((e) => e.task_id === state.task_id);
      assert.equal(state.final?.type, "completed", JSON.stringify(state.final));
      assert.equal(
        mine.filter((e) => ["completed", "error", "cancelled"].includes(e.type)).length,
        1,
      );
      for (let i = 1; i < mine.length; i++) assert.ok(mine[i].progress >= mine[i - 1].progress);
      const phases = mine.map((e) => e.phase);
      for (const p of ["tts_generate", "concat_start", "concat_done"]) {
        assert.ok(phases.includes(p), p);
      }
      assert.ok(phases.indexOf("tts_generate") < phases.indexOf("concat_start"));

      const head = await fetch(`${s.gateway.url}/api/projects/${project.id}/output-video`, {
        headers: { range: "bytes=0-99" },
      });
      assert.equal(head.status, 206);
      const total = Number(head.headers.get("content-range")?.split("/")[1]);
      assert.equal(head.headers.get("content-range"), `bytes 0-99/${total}`);
      assert.equal((await head.arrayBuffer()).byteLength, 100);

      const dl = await fetch(`${s.gateway.url}/api/projects/${project.id}/output-video/download`);
      assert.match(dl.headers.get("content-disposition") ?? "", /^attachment/);
      const bytes = new Uint8Array(await dl.arrayBuffer());
      assert.equal(bytes.length, total);
      const out = `${tmp}/out.mp4`;
      await Deno.writeFile(out, bytes);
      const expected = SCRIPT.segments.reduce((n, x) => n + x.end_time - x.start_time, 0);
      assert.ok(
        Math.abs((await duration(out)) - expected) <= 0.1,
        `duration ${await duration(out)}`,
      );
      // The 播放原片 segment keeps the source's own (quiet, 1 kHz) tone at its level.
      const kept = await meanVolume(out, { from: 2.2, to: 3.8 });
      const source = await meanVolume(src, { from: 2.2, to: 3.8 });
      assert.ok(Math.abs(kept - source) <= 3, `original audio ${kept} dB vs source ${source} dB`);
    });

    await t.step("generate-jianying-draft writes both draft JSON files", async () => {
      const [state] = await followTasks(api, project.id, async () => [
        await api.post(`/api/projects/${project.id}/generate-jianying-draft`),
      ]);
      assert.equal(state.final?.type, "completed", JSON.stringify(state.final));
      const task = await api.get<{ file_path: string }>(`/api/tasks/${state.task_id}`);
      // Paths in task results are relative to the data dir.
      for (const f of ["draft_info.json", "draft_content.json"]) {
        assert.ok((await Deno.stat(`${s.stack.dataDir}/${task.file_path}/${f}`)).isFile, f);
      }
      const p = await api.get<{ jianying_draft_dirs: string[] }>(`/api/projects/${project.id}`);
      assert.ok(p.jianying_draft_dirs.includes(task.file_path));
    });

    await t.step("dedup answers 200 with the same task; cancel stops it", async () => {
      const slow = { tts: { options: { latency_ms: "20000" } } };
      const path = `/api/projects/${project.id}/generate-video`;
      const events: GatewayEvent[] = [];
      let firstId = "";
      const [state] = await followTasks(api, project.id, async () => {
        const first = await api.request<{ task_id: string; scope: string }>("POST", path, slow);
        const again = await api.request<{ task_id: string }>("POST", path, slow);
        assert.equal(again.status, 200);
        assert.equal(again.data.task_id, first.data.task_id);
        assert.match(again.message, /already exists/);
        firstId = first.data.task_id;
        const cancel = await api.post<{ cancelled: boolean; task_id: string }>(
          `/api/projects/${project.id}/tasks/cancel`,
          { scope: "generate_video" },
        );
        assert.deepEqual(cancel, { scope: "generate_video", task_id: firstId, cancelled: true });
        return [first.data];
      }, { onEvent: (e) => events.push(e) });
      assert.equal(state.final?.type, "cancelled");
      const task = await api.get<{ status: string }>(`/api/tasks/${firstId}`);
      assert.equal(task.status, "cancelled");
      const running = await api.get<Record<string, unknown>>(
        `/api/projects/${project.id}/tasks/running`,
      );
      assert.deepEqual(running, { generate_video: null, generate_jianying_draft: null });
    });

    await t.step("the sacv CLI lists the project and shows a task", async () => {
      const lines: string[] = [];
      const out = { line: (l: string) => lines.push(l), write: () => {} };
      const code = await runCommand(parseCommand(["--url", s.gateway.url, "projects"]), out);
      assert.equal(code, 0);
      assert.ok(lines.some((l) => l.startsWith(project.id)), lines.join("\n"));
      const missing = runCommand(parseCommand(["--url", s.gateway.url, "task", "nope"]), out);
      await assert.rejects(missing, (e: Error) => /not found/i.test(e.message));
    });
  } finally {
    await s.stop();
    await Deno.remove(tmp, { recursive: true });
  }
});
