import assert from "node:assert/strict";
import pLimit from "p-limit";
import { Registry } from "prom-client";
import { childPids, waitForChildren } from "../../test/support/processes.ts";
import { makeTone, makeVideo } from "../../test/support/media_fixtures.ts";
import { createClient, unary } from "../common/client.ts";
import { SacvError } from "../common/errors.ts";
import { createLogger } from "../common/log.ts";
import { serve } from "../common/server.ts";
import { MediaMetrics } from "./metrics.ts";
import { createMediaService } from "./service.ts";
import { makeTestRoot } from "./testing.ts";
import { sampleValue } from "../../test/support/metrics_text.ts";

Deno.test("MediaMetrics: children running and started, calls by method and outcome", async () => {
  const { ctx, root, cleanup } = await makeTestRoot();
  const registry = new Registry();
  const limit = pLimit(4);
  const metrics = new MediaMetrics(registry, limit);
  const logger = createLogger("media-test", { sink: () => {} });
  const media = createMediaService({ ctx: { ...ctx, limit }, logger, metrics });
  const running = await serve("127.0.0.1:0", {
    services: [{ name: "sacv.media.v1.MediaService", impl: media.impl }],
    logger,
  });
  const client = createClient("sacv.media.v1.MediaService", `127.0.0.1:${running.port}`);
  const scrape = () => registry.metrics();
  try {
    await makeVideo(`${root}/clip.mp4`, { duration: 1 });
    await makeTone(`${root}/long.wav`, { duration: 600, sampleRate: 8000 });
    const started = async () =>
      sampleValue(await scrape(), 'sacv_media_children_started_total{tool="ffmpeg"}') ?? 0;
    const startedBefore = await started();

    await unary(client, "Probe", { path: "clip.mp4" });
    await assert.rejects(unary(client, "Probe", { path: "missing.mp4" }), SacvError);
    let text = await scrape();
    assert.equal(
      sampleValue(text, 'sacv_media_call_seconds_count{method="Probe",outcome="ok"}'),
      1,
    );
    assert.equal(
      sampleValue(text, 'sacv_media_call_seconds_count{method="Probe",outcome="invalid"}'),
      1,
    );

    // A ten-minute freeze to encode: running until cancelled.
    const controller = new AbortController();
    const call = unary(client, "AlignNarration", {
      clip: "clip.mp4",
      narration: "long.wav",
      output: "o.mp4",
      overflow: "freeze",
    }, { signal: controller.signal });
    call.catch(() => {});
    await waitForChildren(() => childPids(Deno.pid), 20_000);
    text = await scrape();
    assert.equal(sampleValue(text, 'sacv_media_calls_in_flight{method="AlignNarration"}'), 1);
    assert.ok((sampleValue(text, 'sacv_media_children{tool="ffmpeg"}') ?? 0) >= 1, text);
    assert.ok(await started() > startedBefore, "the align's ffmpeg child is counted");
    controller.abort();
    await assert.rejects(call);
    const deadline = Date.now() + 20_000;
    while (media.inFlight() > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    text = await scrape();
    assert.equal(sampleValue(text, 'sacv_media_calls_in_flight{method="AlignNarration"}'), 0);
    assert.equal(
      sampleValue(
        text,
        'sacv_media_call_seconds_count{method="AlignNarration",outcome="cancelled"}',
      ),
      1,
    );
    assert.equal(sampleValue(text, 'sacv_media_children{tool="ffmpeg"}') ?? 0, 0);
    assert.equal(sampleValue(text, "sacv_media_children_waiting"), 0);
  } finally {
    client.close();
    await running.shutdown(100);
    await cleanup();
  }
});
