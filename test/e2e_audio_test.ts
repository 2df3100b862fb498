// End to end through HTTP against four real processes: background music uploaded for a project
// (probed: audio only), audio options refused with 422 naming the field, and a narrated video
// whose MP4 is at the loudness target with the music ducked under the narration.
import assert from "node:assert/strict";
import { startGatewayStack } from "./support/gateway.ts";
import { bandVolume, ebur128, makeVideo } from "./support/media_fixtures.ts";
import { followTasks } from "../tools/cli/follow.ts";
import type { GatewayError } from "../tools/cli/client.ts";

// The fake TTS speaks 220-660 Hz tones, the source hums at 1 kHz, the music is a 3 kHz tone.
const SCRIPT = {
  segments: [
    { id: "o1", start_time: 0, end_time: 2, text: "播放原片", OST: 1 },
    // 24 characters: 1.92 s of fake speech in the 2 s slot.
    {
      id: "n2",
      start_time: 2,
      end_time: 4,
      text: "你好世界欢迎来到这里今天我们一起看看这个视频的内容",
    },
    { id: "o3", start_time: 4, end_time: 6, text: "播放原片", OST: 1 },
  ],
};

async function ffmpeg(args: string[]) {
  const out = await new Deno.Command("ffmpeg", {
    args: ["-hide_banner", "-loglevel", "error", "-y", ...args],
  }).output();
  if (!out.success) throw new Error(new TextDecoder().decode(out.stderr));
}

async function upload(url: string, name: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append("file", new File([bytes as BlobPart], name));
  const res = await fetch(url, { method: "POST", body: form });
  return { status: res.status, json: await res.json() };
}

Deno.test("e2e: music upload, audio option 422s, loudness and ducked music in the MP4", async () => {
  const s = await startGatewayStack();
  const tmp = await Deno.makeTempDir({ prefix: "sacv-e2e-audio-" });
  const { api } = s;
  try {
    const src = `${tmp}/source.mp4`;
    await makeVideo(src, { duration: 6, amplitude: 0.05, toneHz: 1000 });
    const up = await api.uploadFile(src);
    const project = await api.post<{ id: string }>("/api/projects", {
      name: "音乐 🎵",
      video_path: up.video_path,
      script: SCRIPT,
    });
    const base = `${s.gateway.url}/api/projects/${project.id}`;

    // Upload: a real (mono, 44.1 kHz, 1.5 s: looped) music file; refusals leave nothing.
    await ffmpeg([
      "-f",
      "lavfi",
      "-i",
      "sine=frequency=3000:sample_rate=44100:duration=1.5,volume=4",
      "-ac",
      "1",
      `${tmp}/music.m4a`,
    ]);
    const music = await upload(
      `${base}/upload/bgm`,
      "背景 music.m4a",
      await Deno.readFile(`${tmp}/music.m4a`),
    );
    assert.equal(music.status, 200, JSON.stringify(music.json));
    const bgm = music.json.data;
    assert.match(bgm.bgm_path, new RegExp(`^bgm/${project.id}/.*music\\.m4a$`));
    assert.equal(bgm.channels, 1);
    assert.equal(bgm.sample_rate, 44100);
    assert.ok(Math.abs(bgm.duration - 1.5) < 0.1, `${bgm.duration}`);
    const fakeMp3 = await upload(`${base}/upload/bgm`, "song.mp3", new TextEncoder().encode("la"));
    assert.equal(fakeMp3.status, 422, JSON.stringify(fakeMp3.json));
    assert.match(JSON.stringify(fakeMp3.json), /file/);
    const text = await upload(`${base}/upload/bgm`, "notes.txt", new Uint8Array(10));
    assert.equal(text.status, 422, JSON.stringify(text.json));
    const unknown = await upload(
      `${s.gateway.url}/api/projects/nope/upload/bgm`,
      "a.m4a",
      await Deno.readFile(`${tmp}/music.m4a`),
    );
    assert.equal(unknown.status, 404);
    const stored = [...Deno.readDirSync(`${s.stack.mediaRoot}/bgm/${project.id}`)];
    assert.deepEqual(stored.map((e) => e.name), [bgm.bgm_path.split("/").at(-1)]);

    // Options refused with 422 naming the field; no task is queued.
    const refused = async (body: unknown, field: RegExp, status = 422) => {
      const err = await api.post(`/api/projects/${project.id}/generate-video`, body).then(
        () => assert.fail(`accepted ${JSON.stringify(body)}`),
        (e: GatewayError) => e,
      );
      assert.equal(err.status, status, `${JSON.stringify(body)}: ${err.detail()}`);
      assert.match(JSON.stringify(err.body) + err.message, field, JSON.stringify(body));
    };
    await refused({ loudness: { target_lufs: -50 } }, /target_lufs/);
    await refused({ loudness: { true_peak_db: 2 } }, /true_peak_db/);
    await refused({ loudness: { enabled: "yes" } }, /enabled/);
    await refused({ bgm: { path: bgm.bgm_path, volume_db: 30 } }, /volume_db/);
    await refused({ bgm: { path: bgm.bgm_path, duck_db: 5 } }, /duck_db/);
    await refused({ bgm: { volume_db: -10 } }, /path/);
    // Paths out of the media root are malformed requests (400), as for video_path.
    await refused({ bgm: { path: "../../etc/passwd" } }, /bgm\.path/, 400);
    await refused({ bgm: { path: "/etc/hostname" } }, /bgm\.path/, 400);
    await Deno.symlink("/etc/hostname", `${s.stack.mediaRoot}/link.mp3`);
    await refused({ bgm: { path: "link.mp3" } }, /bgm\.path/, 400);
    await refused({ bgm: { path: "missing.mp3" } }, /bgm\.path/, 404);
    // In the media root but not audio: the source video's silent sibling.
    await makeVideo(`${s.stack.mediaRoot}/mute.mp4`, { duration: 1, audio: false });
    await refused({ bgm: { path: "mute.mp4" } }, /bgm\.path/);
    const latest = await api.get<Record<string, unknown>>(
      `/api/projects/${project.id}/tasks/latest`,
    );
    assert.equal(JSON.stringify(latest).includes("task_id"), false, JSON.stringify(latest));

    // The video: loudness on by default, the music looped and ducked under the narration.
    const [state] = await followTasks(api, project.id, async () => [
      await api.post(`/api/projects/${project.id}/generate-video`, {
        bgm: { path: bgm.bgm_path, volume_db: -12 },
      }),
    ]);
    assert.equal(state.final?.type, "completed", JSON.stringify(state.final));
    const loud = state.final?.data?.loudness as Record<string, number>;
    assert.ok(Math.abs(loud.output_i + 16) <= 1, JSON.stringify(loud));
    assert.ok(state.final?.message.includes("LUFS"), state.final?.message);
    const out = `${tmp}/out.mp4`;
    await api.download(`/api/projects/${project.id}/output-video/download`, out);
    const measured = await ebur128(out);
    assert.ok(Math.abs(measured.i + 16) <= 1, `integrated ${measured.i} LUFS`);
    assert.ok(measured.tp <= -1.5 + 0.5, `true peak ${measured.tp}`);
    const under = (from: number, to: number) => bandVolume(out, 3000, { from, to });
    const original = Math.min(await under(0.3, 1.7), await under(4.6, 5.8));
    const narrated = await under(2.4, 3.7);
    assert.ok(original > -50, `music under original footage: ${original} dB`);
    assert.ok(original - narrated >= 10, `music ${original} dB, under narration ${narrated} dB`);
  } finally {
    await s.stop();
    await Deno.remove(tmp, { recursive: true }).catch(() => {});
  }
});
