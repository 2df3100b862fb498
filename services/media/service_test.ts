import assert from "node:assert/strict";
import { assertGone, childPids, waitForChildren } from "../../test/support/processes.ts";
import { makeTone, makeVideo } from "../../test/support/media_fixtures.ts";
import { createClient, unary } from "../common/client.ts";
import { SacvError } from "../common/errors.ts";
import { createLogger } from "../common/log.ts";
import { serve } from "../common/server.ts";
import { createMediaService, stopMediaServer } from "./service.ts";
import { listDir, makeTestRoot } from "./testing.ts";

Deno.test("shutdown waits for a running call, then cancels it at the deadline and kills ffmpeg", async () => {
  const { ctx, root, cleanup } = await makeTestRoot();
  const logger = createLogger("media-test", { sink: () => {} });
  const media = createMediaService({ ctx, logger });
  const running = await serve("127.0.0.1:0", {
    services: [{ name: "sacv.media.v1.MediaService", impl: media.impl }],
    logger,
    onDrain: (deadline) => media.drain(deadline),
  });
  const client = createClient("sacv.media.v1.MediaService", `127.0.0.1:${running.port}`);
  try {
    await makeVideo(`${root}/clip.mp4`, { duration: 1 });
    // Ten minutes of frozen frame to encode: it ends only because the drain kills it.
    await makeTone(`${root}/long.wav`, { duration: 600, sampleRate: 8000 });
    const call = unary(client, "AlignNarration", {
      clip: "clip.mp4",
      narration: "long.wav",
      output: "o.mp4",
      overflow: "freeze",
    });
    const deadline = Date.now() + 30_000;
    while (media.inFlight() === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10));
    }
    assert.equal(media.inFlight(), 1);
    const pids = await waitForChildren(() => childPids(Deno.pid), 20_000);
    const t0 = Date.now();
    await stopMediaServer(running, media, 300);
    assert.ok(Date.now() - t0 < 5_000, `stop took ${Date.now() - t0} ms`);
    assert.equal(media.inFlight(), 0);
    await assertGone(pids, 1_000);
    await assert.rejects(call, (e: unknown) => e instanceof SacvError);
    assert.deepEqual(await listDir(root), ["clip.mp4", "long.wav"]);
  } finally {
    client.close();
    await running.shutdown(100);
    await cleanup();
  }
});
