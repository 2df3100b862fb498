// The .srt of a generated video, end to end through four real processes: the fake provider speaks
// word by word (silent gaps, word timings), and every cue must start where ffmpeg's silencedetect
// hears its first word in the MP4 (and a narration's last cue end where its speech stops), within
// 50 ms, including a narration the alignment sped up. Downloaded through the gateway, behind the token.
import assert from "node:assert/strict";
import { join } from "node:path";
import { startGatewayStack } from "./support/gateway.ts";
import { makeVideo, silences } from "./support/media_fixtures.ts";
import { followTasks } from "../tools/cli/follow.ts";
import type { GatewayEvent } from "../tools/cli/client.ts";

const TOLERANCE = 0.05;

/** Where sound starts and stops in `path` (seconds), by ffmpeg's silencedetect. */
async function speech(path: string): Promise<{ on: number[]; off: number[] }> {
  const { starts, ends } = await silences(path, { minSeconds: 0.08 });
  // The output starts with speech: a time 0 onset has no silence_end before it.
  return { on: [0, ...ends], off: starts };
}

interface Cue {
  start: number;
  end: number;
  text: string;
}

function parseSrt(text: string): Cue[] {
  const time = (s: string) => {
    const [h, m, rest] = s.split(":");
    const [sec, ms] = rest.split(",");
    return Number(h) * 3600 + Number(m) * 60 + Number(sec) + Number(ms) / 1000;
  };
  return text.trim().split(/\n\n/).map((block, i) => {
    const [n, times, ...lines] = block.split("\n");
    assert.equal(n, String(i + 1));
    const [a, b] = times.split(" --> ");
    return { start: time(a), end: time(b), text: lines.join("\n") };
  });
}

const nearest = (list: number[], t: number) =>
  list.reduce((best, x) => (Math.abs(x - t) < Math.abs(best - t) ? x : best), Infinity);

Deno.test("e2e subtitles: SRT cues within 50 ms of the speech in the MP4, downloadable", async () => {
  const token = "srt-token";
  const s = await startGatewayStack({ gatewayEnv: { SACV_API_TOKEN: token } });
  const tmp = await Deno.makeTempDir({ prefix: "sacv-e2e-srt-" });
  try {
    const src = `${tmp}/source.mp4`;
    await makeVideo(src, { duration: 7, width: 160, height: 120, audio: false });
    const up = await s.api.uploadFile(src);
    const project = await s.api.post<{ id: string }>("/api/projects", {
      name: "字幕 test\u0007",
      video_path: up.video_path,
      script: {
        segments: [
          { id: "n1", start_time: 0, end_time: 3, text: "你好朋友！Gamma delta?" },
          { id: "o2", start_time: 3, end_time: 5, text: "播放原片", OST: 1 },
          // 22 letters at 55 ms + 5 gaps of 200 ms = 2.21 s in a 2 s slot: sped up 1.105×.
          { id: "n3", start_time: 5, end_time: 7, text: "One two three! Four five six?" },
        ],
      },
    });
    const events: GatewayEvent[] = [];
    const body = { tts: { options: { ms_per_char: "55", word_gap_ms: "200" } } };
    const [state] = await followTasks(s.api, project.id, async () => [
      await s.api.post(`/api/projects/${project.id}/generate-video`, body),
    ], { onEvent: (e) => events.push(e) });
    assert.equal(state.final?.type, "completed", JSON.stringify(state.final));
    const data = state.final!.data as Record<string, unknown>;
    assert.match(String(data.srt_path), /^outputs\/.+\/字幕 test_\.srt$/);
    assert.equal(data.subtitle_cues, 4);
    const strategies = events.filter((e) => e.phase === "segment_processed")
      .map((e) => (e.data as { strategy: string }).strategy);
    assert.deepEqual(strategies, ["pad", "original", "speed_up"]);

    const url = `${s.gateway.url}/api/projects/${project.id}/subtitles.srt`;
    const denied = await fetch(url);
    assert.equal(denied.status, 401);
    await denied.body?.cancel();
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-disposition") ?? "", /^attachment; .*\.srt/);
    const srt = await res.text();
    assert.equal(srt, await Deno.readTextFile(join(s.stack.mediaRoot, String(data.srt_path))));
    const cues = parseSrt(srt);
    assert.deepEqual(cues.map((c) => c.text), [
      "你好朋友！",
      "Gamma delta?",
      "One two three!",
      "Four five six?",
    ]);

    const out = join(s.stack.mediaRoot, String(data.output_path));
    const { on, off } = await speech(out);
    // Speech running to the very end has no silence after it: the file's end is its offset.
    off.push(Number(data.duration));
    if (Deno.env.get("SACV_TEST_VERBOSE") === "1") console.error(cues, on, off);
    for (const c of cues) {
      const t = nearest(on, c.start);
      assert.ok(Math.abs(t - c.start) <= TOLERANCE, `"${c.text}" starts ${c.start}, speech ${t}`);
    }
    // Each narration's last line ends when its speech does (cues are otherwise back to back).
    for (const c of [cues[1], cues[3]]) {
      const t = nearest(off, c.end);
      assert.ok(Math.abs(t - c.end) <= TOLERANCE, `"${c.text}" ends ${c.end}, speech ${t}`);
    }
    // The second line of each narration starts at its third word, not at the second.
    assert.ok(cues[1].start > 0.9 && cues[3].start > 5.8, JSON.stringify(cues));
    // Nothing is shown over the original footage.
    assert.ok(cues.every((c) => c.end <= 3 + TOLERANCE || c.start >= 5 - TOLERANCE));

    // Burned in and 9:16 through the HTTP options: the task re-renders and says so.
    const [again] = await followTasks(s.api, project.id, async () => [
      await s.api.post(`/api/projects/${project.id}/generate-video`, {
        ...body,
        subtitles: { burn: true, position: "top" },
        output: { aspect: "9:16", fit: "fill" },
      }),
    ]);
    assert.equal(again.final?.type, "completed", JSON.stringify(again.final));
    const redo = again.final!.data as Record<string, unknown>;
    assert.equal(redo.video_mode, "encode");
    assert.match(String(redo.video_reason), /re-rendered: 120x214 fill, burned-in subtitles/);
    const probe = await new Deno.Command("ffprobe", {
      args: [
        "-v",
        "error",
        "-select_streams",
        "v:0",
        "-show_entries",
        "stream=width,height",
        "-of",
        "csv=p=0",
        join(s.stack.mediaRoot, String(redo.output_path)),
      ],
    }).output();
    assert.equal(new TextDecoder().decode(probe.stdout).trim(), "120,214");
  } finally {
    await s.stop();
    await Deno.remove(tmp, { recursive: true });
  }
});
