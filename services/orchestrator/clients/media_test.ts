import assert from "node:assert/strict";
import * as grpc from "@grpc/grpc-js";
import { SacvError } from "../../common/errors.ts";
import { EndpointPool } from "./endpoints.ts";
import { createMediaClient } from "./media.ts";
import { fakeMedia, unusedAddr } from "./testing.ts";

Deno.test("media client: UNAVAILABLE is retried with backoff until the call succeeds", async () => {
  const media = await fakeMedia({ unavailableFirst: 2 });
  const client = createMediaClient(new EndpointPool("sacv.media.v1.MediaService", [media.addr]));
  try {
    const res = await client.probe("源视频.mp4");
    assert.equal(res.path, "源视频.mp4");
    assert.equal(media.state.probes, 3);
  } finally {
    client.pool.close();
    await media.server.shutdown(1000);
  }
});

Deno.test("media client: other errors are not retried", async () => {
  const media = await fakeMedia({ failWith: grpc.status.INVALID_ARGUMENT });
  const client = createMediaClient(new EndpointPool("sacv.media.v1.MediaService", [media.addr]));
  try {
    const err = await client.probe("x.mp4").catch((e) => e);
    assert.ok(err instanceof SacvError);
    assert.equal(err.status, "INVALID_ARGUMENT");
    assert.equal(media.state.probes, 1);
  } finally {
    client.pool.close();
    await media.server.shutdown(1000);
  }
});

Deno.test("media client: a call waits for the service to come up; gives up UNAVAILABLE naming it", async () => {
  const addr = unusedAddr();
  const client = createMediaClient(new EndpointPool("sacv.media.v1.MediaService", [addr]), {
    readyWaitMs: 300,
  });
  try {
    const err = await client.probe("x.mp4").catch((e) => e);
    assert.ok(err instanceof SacvError);
    assert.equal(err.status, "UNAVAILABLE");
    assert.equal(err.reason, "DEPENDENCY_UNAVAILABLE");
    assert.ok(err.message.includes(addr), err.message);
  } finally {
    client.pool.close();
  }
  const late = createMediaClient(new EndpointPool("sacv.media.v1.MediaService", [addr]));
  let media: Awaited<ReturnType<typeof fakeMedia>> | undefined;
  try {
    const call = late.probe("迟到.mp4");
    const channel = late.pool.endpoints[0].client.getChannel();
    const deadline = Date.now() + 10_000;
    while (
      channel.getConnectivityState(false) !== grpc.connectivityState.TRANSIENT_FAILURE &&
      Date.now() < deadline
    ) {
      await late.pool.changed(undefined, 50);
    }
    media = await fakeMedia({ port: Number(addr.split(":")[1]) });
    assert.equal((await call).path, "迟到.mp4");
  } finally {
    late.pool.close();
    await media?.server.shutdown(1000);
  }
});

Deno.test("media client: concurrent calls spread over the replicas, least in flight first", async () => {
  const a = await fakeMedia();
  const b = await fakeMedia();
  const client = createMediaClient(
    new EndpointPool("sacv.media.v1.MediaService", [a.addr, b.addr]),
  );
  try {
    // Both channels ready first, so the spread is the policy's, not connection order.
    await client.probe("warm.mp4");
    await client.pool.acquire(undefined, 5000);
    const deadline = Date.now() + 5000;
    while (client.pool.ready().length < 2 && Date.now() < deadline) {
      await client.pool.changed(undefined, 50);
    }
    a.state.probes = b.state.probes = 0;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => client.probe(`片段${i}.mp4`)),
    );
    assert.equal(results.length, 10);
    assert.equal(a.state.probes + b.state.probes, 10);
    assert.ok(a.state.probes >= 3 && b.state.probes >= 3, `${a.state.probes}/${b.state.probes}`);
  } finally {
    client.pool.close();
    await Promise.all([a.server.shutdown(1000), b.server.shutdown(1000)]);
  }
});
