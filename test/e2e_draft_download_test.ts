// A draft generated on the server opens with its media elsewhere: generated and downloaded as a
// zip over HTTP through four real processes (gateway, orchestrator, TTS, media), unpacked by the
// CLI into another folder, every material path resolved through the placeholder to a file whose
// ffprobe duration matches the draft.
import assert from "node:assert/strict";
import { join } from "node:path";
import { startGatewayStack } from "./support/gateway.ts";
import { makeVideo } from "./support/media_fixtures.ts";
import {
  assertContiguous,
  assertIntegerTimes,
  assertMaterialsResolve,
  readDraft,
  segmentsOf,
  target,
} from "./support/draft_checks.ts";
import { parseCommand } from "../tools/cli/args.ts";
import { runCommand } from "../tools/cli/commands.ts";
import { filenameOf, type GatewayEvent } from "../tools/cli/client.ts";
import { unzipFile } from "../tools/cli/unzip.ts";

const SCRIPT = {
  segments: [
    // 2.8 s of fake speech on a 2 s slot: the slot grows, nothing is cut.
    {
      id: "开场",
      start_time: 0,
      end_time: 2,
      text: "这段开场解说比画面长一些，" + "字".repeat(22),
    },
    { id: "o2", start_time: 2, end_time: 3, text: "播放原片", OST: 1 },
    { id: "n3", start_time: 3, end_time: 4, text: "谢谢观看下次再见😀" },
  ],
};

Deno.test("e2e: a draft downloaded as a zip opens with all its media in another folder", async () => {
  const s = await startGatewayStack();
  const tmp = await Deno.makeTempDir({ prefix: "sacv-e2e-draft-" });
  const { api } = s;
  try {
    const src = join(tmp, "source.mp4");
    await makeVideo(src, { duration: 5 });
    const up = await api.uploadFile(src);
    const name = "我的草稿🎬" + "很长的名字".repeat(20);
    const project = await api.post<{ id: string }>("/api/projects", {
      name,
      video_path: up.video_path,
      script: SCRIPT,
    });

    // Nothing to download before a draft exists.
    const none = await fetch(`${s.gateway.url}/api/projects/${project.id}/jianying-draft/download`);
    assert.equal(none.status, 404);
    assert.equal((await none.json()).code, "NO_DRAFT");

    // Generate, download and unpack with the CLI into a folder far from the server's data.
    const editorDrafts = join(tmp, "editor", "com.lveditor.draft");
    const lines: string[] = [];
    const out = { line: (l: string) => lines.push(l), write: () => {} };
    const events: GatewayEvent[] = [];
    const sub = api.watch(project.id, (e) => events.push(e));
    await sub.ready;
    const code = await runCommand(
      parseCommand(["--url", s.gateway.url, "draft", project.id, "--out", editorDrafts]),
      out,
    );
    sub.close();
    assert.equal(code, 0, lines.join("\n"));
    const completed = events.find((e) => e.type === "completed")!;
    const draftDir = String(completed.data?.draft_dir);
    assert.ok(draftDir.startsWith("jianying_drafts/我的草稿🎬"), draftDir);
    const task = await api.get<{ file_path: string }>(`/api/tasks/${completed.task_id}`);
    assert.equal(task.file_path, draftDir, "task results give the data-relative path too");
    const folder = draftDir.split("/").pop()!;
    const dir = join(editorDrafts, folder);
    assert.ok(lines.includes(`draft: ${dir}`), lines.join("\n"));
    assert.deepEqual(
      [...Deno.readDirSync(editorDrafts)].map((e) => e.name),
      [folder],
      "only the draft folder is left (no temp zip or unzip folder)",
    );

    const { content, meta, identical } = await readDraft(dir);
    assert.ok(identical);
    assertIntegerTimes(content.tracks);
    assertContiguous(content);
    const resolved = await assertMaterialsResolve(content, dir, 50_000);
    assert.equal(resolved.length, 3, "source video and two narrations");
    for (const p of resolved) assert.ok(p.startsWith(dir + "/assets/"), p);
    assert.ok(!JSON.stringify([content, meta]).includes(s.stack.dataDir), "no server path");
    assert.ok((await Deno.stat(join(dir, String(meta.draft_cover)))).size > 0, "cover exists");
    // The long narration is whole and everything after it moved.
    const [first] = segmentsOf(content, "audio");
    const narration = (content.materials as Record<string, Record<string, unknown>[]>).audios[0];
    assert.equal(target(first).duration, narration.duration);
    assert.ok(Number(narration.duration) > 2_600_000, String(narration.duration));

    // The HTTP answer itself: a zip attachment named after the draft, RFC 5987 for the Chinese.
    const res = await fetch(`${s.gateway.url}/api/projects/${project.id}/jianying-draft/download`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-type"), "application/zip");
    const disposition = res.headers.get("content-disposition") ?? "";
    assert.match(disposition, /^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    assert.equal(filenameOf(disposition), `${folder}.zip`);
    const zip = join(tmp, "again.zip");
    await Deno.writeFile(zip, new Uint8Array(await res.arrayBuffer()));
    const second = join(tmp, "second");
    assert.deepEqual(await unzipFile(zip, second), [folder]);
    assert.deepEqual((await readDraft(join(second, folder))).content.id, content.id);
    // --latest fetches the newest draft without a new task; over an existing draft it refuses.
    const again = await runCommand(
      parseCommand(["--url", s.gateway.url, "draft", project.id, "--latest", "--out", second]),
      out,
    ).catch((e) => e);
    assert.match(String(again), /already exists/);
    assert.deepEqual([...Deno.readDirSync(second)].map((e) => e.name), [folder]);

    const unknown = await fetch(`${s.gateway.url}/api/projects/nope/jianying-draft/download`);
    assert.equal(unknown.status, 404);
    await unknown.body?.cancel();
  } finally {
    await s.stop();
    await Deno.remove(tmp, { recursive: true });
  }
});
