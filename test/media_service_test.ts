// The media service as a real process over gRPC: the RPCs, streamed concat
// progress, error statuses with nothing written, cancellation and SIGTERM.
import assert from "node:assert/strict";
import type * as grpc from "@grpc/grpc-js";
import { type AnyClient, createClient, unary } from "../services/common/client.ts";
import { fromGrpcError, SacvError } from "../services/common/errors.ts";
import { makeTone, makeVideo } from "./support/media_fixtures.ts";
import { spawnService } from "./support/spawn_service.ts";
import { ffmpeg } from "../services/media/testing.ts";
import type { ConcatProgress } from "../services/media/messages.ts";
import { assertGone, childPids, rejectionWithin, waitForChildren } from "./support/processes.ts";

const FRAME = 1 / 25;

async function names(dir: string): Promise<string[]> {
  const out: string[] = [];
  for await (const e of Deno.readDir(dir)) out.push(e.name);
  return out.sort();
}

type Progress = ConcatProgress;

/** Every message of a server-streaming call; `onData` may cancel it. */
function stream<M = Progress>(
  client: AnyClient,
  method: string,
  req: unknown,
  onData?: (m: M, call: grpc.ClientReadableStream<M>) => void,
): Promise<M[]> {
  return new Promise((resolve, reject) => {
    const call = (client[method] as (r: unknown) => grpc.ClientReadableStream<M>)
      .call(client, req);
    const got: M[] = [];
    call.on("data", (m: M) => {
      got.push(m);
      onData?.(m, call);
    });
    call.on("error", (err) => reject(fromGrpcError(err)));
    call.on("end", () => resolve(got));
  });
}

const concat = (client: AnyClient, req: unknown) => stream(client, "Concat", req);

const rejectsWith = (status: string, re: RegExp) => (err: unknown) =>
  err instanceof SacvError && err.status === status && re.test(err.message);

Deno.test("media service over gRPC: probe, cut, align, concat, errors, cancel, SIGTERM", async (t) => {
  const root = await Deno.realPath(await Deno.makeTempDir({ prefix: "sacv-media-svc-" }));
  await makeVideo(`${root}/src.mp4`, { duration: 3 });
  await makeTone(`${root}/n.wav`, { duration: 1.1 });
  // Ten minutes of frozen frame to encode: a cancel that does not kill ffmpeg cannot pass.
  await makeTone(`${root}/long.wav`, { duration: 600, sampleRate: 8000 });
  await Deno.writeTextFile(`${root}/corrupt.mp4`, "definitely not an mp4");
  // A minute that cannot be copied (MPEG-4 Part 2): BuildVideo re-encodes all of it.
  await ffmpeg([
    "-f",
    "lavfi",
    "-i",
    "testsrc2=size=480x270:rate=25:duration=60",
    "-c:v",
    "mpeg4",
    "-q:v",
    "5",
    `${root}/minute.mp4`,
  ]);
  // The slowest preset keeps every re-encode running long enough to be cancelled mid-way.
  const svc = await spawnService("media", {
    SACV_UPLOADS_DIR: root,
    SACV_LOG_LEVEL: "warn",
    SACV_VIDEO_PRESET: "veryslow",
  });
  const client = createClient("sacv.media.v1.MediaService", svc.addr);
  let stopped = false;
  try {
    await t.step("Probe reports durations, fps and size", async () => {
      const p = await unary<unknown, Record<string, number | boolean>>(client, "Probe", {
        path: `${root}/src.mp4`,
      });
      assert.equal(p.has_video, true);
      assert.equal(p.has_audio, true);
      assert.equal(p.fps, 25);
      assert.deepEqual([p.width, p.height], [320, 240]);
      assert.ok(Math.abs((p.video_duration as number) - 3) <= FRAME);
    });

    await t.step("CutClip, AlignNarration and Concat produce matching durations", async () => {
      const cut = await unary<unknown, Record<string, number>>(client, "CutClip", {
        input: "src.mp4",
        output: "work/c1.mp4",
        start: 0.5,
        end: 1.5,
      });
      assert.ok(Math.abs(cut.video_duration - 1) <= FRAME);
      const aligned = await unary<unknown, Record<string, number | string>>(
        client,
        "AlignNarration",
        { clip: "work/c1.mp4", narration: "n.wav", output: "work/a1.mp4" },
      );
      assert.equal(aligned.strategy, "speed_up");
      assert.ok((aligned.tempo as number) > 1);
      assert.ok(Math.abs((aligned.audio_duration as number) - 1) <= FRAME);
      assert.ok(Math.abs((aligned.video_duration as number) - 1) <= FRAME);
      await unary(client, "CutClip", { input: "src.mp4", output: "work/c2.mp4", start: 2, end: 3 });
      const msgs = await concat(client, {
        inputs: ["work/a1.mp4", "work/c2.mp4"],
        output: "final.mp4",
      });
      assert.ok(msgs.length >= 2);
      const last = msgs.at(-1)!;
      assert.equal(last.done, true);
      assert.ok(msgs.slice(0, -1).every((m) => !m.done && m.result === null));
      assert.ok(Math.abs(last.result!.video_duration - 2) <= 0.1);
      assert.ok(Math.abs(last.result!.audio_duration - 2) <= 0.1);
      assert.equal(last.progress, 1);
    });

    await t.step("NormalizeLoudness reaches the target loudness", async () => {
      const res = await unary<unknown, Record<string, number | string>>(
        client,
        "NormalizeLoudness",
        { input: "n.wav", output: "work/n_norm.wav", target_lufs: -16 },
      );
      assert.equal(res.output, "work/n_norm.wav");
      assert.ok(Math.abs((res.output_lufs as number) + 16) < 1.5, `lufs ${res.output_lufs}`);
      assert.ok(Math.abs((res.duration as number) - 1.1) < 0.05);
    });

    await t.step("bad requests get clear statuses and write nothing", async () => {
      const before = await names(root);
      const work = await names(`${root}/work`);
      await assert.rejects(
        unary(client, "CutClip", { input: "../src.mp4", output: "x.mp4", start: 0, end: 1 }),
        rejectsWith("INVALID_ARGUMENT", /^input:.*outside the media root/),
      );
      await assert.rejects(
        unary(client, "Probe", { path: "missing.mp4" }),
        rejectsWith("NOT_FOUND", /^path: file missing\.mp4 does not exist/),
      );
      await assert.rejects(
        unary(client, "CutClip", { input: "corrupt.mp4", output: "x.mp4", start: 0, end: 1 }),
        (err: unknown) =>
          rejectsWith("INVALID_ARGUMENT", /^input: corrupt\.mp4 is not a readable media file/)(
            err,
          ) &&
          !(err as Error).message.includes(root),
      );
      await assert.rejects(
        unary(client, "CutClip", { input: "src.mp4", output: "x.mp4", start: 1, end: 1 }),
        rejectsWith("INVALID_ARGUMENT", /^end:/),
      );
      await assert.rejects(
        unary(client, "AlignNarration", {
          clip: "src.mp4",
          narration: "src.mp4",
          output: "/etc/x.mp4",
        }),
        rejectsWith("INVALID_ARGUMENT", /^output:/),
      );
      await assert.rejects(
        concat(client, { inputs: ["src.mp4", "corrupt.mp4"], output: "y.mp4" }),
        rejectsWith("INVALID_ARGUMENT", /^inputs\[1\]:/),
      );
      assert.deepEqual(await names(root), before);
      assert.deepEqual(await names(`${root}/work`), work);
    });

    await t.step("a cancelled call kills its ffmpeg and leaves no temp file", async () => {
      const controller = new AbortController();
      const call = unary(client, "AlignNarration", {
        clip: "src.mp4",
        narration: "long.wav",
        output: "cancel/o.mp4",
        overflow: "freeze",
      }, { signal: controller.signal });
      const pids = await waitForChildren(() => childPids(svc.pid), 30_000);
      controller.abort();
      assert.ok(rejectsWith("CANCELLED", /./)(await rejectionWithin(call, 5_000)));
      // The service kills its child at once (SIGTERM, SIGKILL 2 s later).
      await assertGone(pids, 3_000);
      const deadline = Date.now() + 10_000;
      let left: string[] = ["?"];
      while (Date.now() < deadline) {
        left = await names(`${root}/cancel`).catch(() => []);
        if (left.length === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      assert.deepEqual(left, []);
    });

    await t.step(
      "BuildVideo, BuildAudio and MuxVideo stream readiness, then the result",
      async () => {
        type Msg = {
          progress: number;
          ready: number[];
          done: boolean;
          result: Record<string, unknown> | null;
        };
        const segments = [{ start: 0.52, end: 1.6 }, { start: 2, end: 2.8 }];
        const video = await stream<Msg>(client, "BuildVideo", {
          source: "src.mp4",
          output_dir: "job/video",
          segments,
        });
        assert.deepEqual(video.flatMap((m) => m.ready).sort(), [0, 1]);
        assert.ok(video.slice(0, -1).every((m) => !m.done && m.result === null));
        const built = video.at(-1)!;
        assert.equal(built.done, true);
        assert.equal(built.result!.output_dir, "job/video");
        const audio = await stream<Msg>(client, "BuildAudio", {
          source: "src.mp4",
          output: "job/a.m4a",
          segments: [
            { ...segments[0], kind: "narration", narration: "n.wav" },
            { ...segments[1], kind: "original" },
          ],
        });
        const aligned = audio.at(-1)!.result!.segments as { video: string; duration: number }[];
        assert.equal(aligned.length, 2);
        const mux = await stream<{ stage: string; done: boolean; result: Record<string, number> }>(
          client,
          "MuxVideo",
          {
            source: "src.mp4",
            video_dir: "job/video",
            audio: "job/a.m4a",
            output: "job/out.mp4",
            segments: segments.map((s, i) => ({ ...s, ...aligned[i] })),
          },
        );
        assert.ok(mux.some((m) => m.stage === "verify"));
        const result = mux.at(-1)!.result;
        assert.ok(Math.abs(result.video_duration - 1.88) <= FRAME, `${result.video_duration}`);
        assert.ok(Math.abs(result.audio_duration - result.video_duration) <= FRAME);
      },
    );

    await t.step(
      "cancelling BuildVideo mid-pass kills the service's ffmpeg and leaves nothing",
      async () => {
        const call = (client.BuildVideo as (r: unknown) => grpc.ClientReadableStream<unknown>)
          .call(client, {
            source: "minute.mp4",
            output_dir: "cancelled/video",
            segments: [{ start: 0, end: 60 }],
          });
        const ended = new Promise((resolve, reject) => {
          call.on("data", () => {});
          call.on("error", (err) => reject(fromGrpcError(err)));
          call.on("end", resolve);
        });
        const pids = await waitForChildren(() => childPids(svc.pid), 30_000);
        call.cancel();
        assert.ok(rejectsWith("CANCELLED", /./)(await rejectionWithin(ended, 5_000)));
        // The service kills its children at once (SIGTERM, SIGKILL 2 s later).
        await assertGone(pids, 3_000);
        const deadline = Date.now() + 10_000;
        while ((await names(root)).includes("cancelled") && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 20));
        }
        assert.ok(!(await names(root)).includes("cancelled"), "the folder is removed");
        assert.deepEqual(childPids(svc.pid), [], "no chunk started after the cancel");
      },
    );

    await t.step("SIGTERM stops the service with exit code 0", async () => {
      // Close our channel first: Deno's http2 client can crash on the server's
      // GOAWAY (denoland/deno#36788).
      client.close();
      stopped = true;
      assert.equal(await svc.stop(), 0);
    });
  } finally {
    client.close();
    if (!stopped) await svc.stop();
    await Deno.remove(root, { recursive: true });
  }
});
