import assert from "node:assert/strict";
import { CancelledError } from "../common/errors.ts";
import { createClients, type TtsOutcome } from "./clients.ts";
import { fakeTts, unusedAddr } from "./clients/testing.ts";

Deno.test("synthesizeMany: one stream, outcomes in completion order, item errors delivered", async () => {
  const { server, state, addr } = await fakeTts();
  const clients = createClients({ ttsAddr: addr, mediaAddr: unusedAddr() });
  try {
    const seen: TtsOutcome[] = [];
    await clients.tts.synthesizeMany(
      [
        { request_id: "slow", text: "150" },
        { request_id: "bad", text: "fail" },
        { request_id: "fast", text: "20" },
      ],
      { onResult: (o) => seen.push(o) },
    );
    const ids = seen.map((o) => (o.ok ? o.result.request_id : o.error.request_id));
    assert.deepEqual(ids, ["bad", "fast", "slow"]);
    const bad = seen[0];
    assert.ok(!bad.ok && bad.error.reason === "RequestLimitExceeded");
    const fast = seen[1];
    assert.ok(fast.ok && fast.result.audio instanceof Uint8Array && fast.result.audio.length === 3);
    assert.equal(state.received.length, 3);
  } finally {
    clients.close();
    await server.shutdown(1000);
  }
});

Deno.test("synthesizeMany: aborting cancels the stream on the server", async () => {
  const { server, state, addr } = await fakeTts();
  const clients = createClients({ ttsAddr: addr, mediaAddr: unusedAddr() });
  try {
    const ac = new AbortController();
    const done = clients.tts.synthesizeMany(
      [{ request_id: "a", text: "10" }, { request_id: "b", text: "60000" }],
      { signal: ac.signal, onResult: () => ac.abort() },
    );
    await assert.rejects(done, CancelledError);
    const deadline = Date.now() + 10_000;
    while (state.cancelled === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.equal(state.cancelled, 1);
  } finally {
    clients.close();
    await server.shutdown(1000);
  }
});

Deno.test("synthesizeMany: a throwing onResult rejects; duplicate ids refused", async () => {
  const { server, addr } = await fakeTts();
  const clients = createClients({ ttsAddr: addr, mediaAddr: unusedAddr() });
  try {
    await assert.rejects(
      clients.tts.synthesizeMany([{ request_id: "a", text: "5" }], {
        onResult: () => {
          throw new Error("disk full");
        },
      }),
      /disk full/,
    );
    await assert.rejects(
      clients.tts.synthesizeMany(
        [{ request_id: "a", text: "1" }, { request_id: "a", text: "2" }],
        { onResult: () => {} },
      ),
      /unique/,
    );
  } finally {
    clients.close();
    await server.shutdown(1000);
  }
});

Deno.test("checkReady: reports each service; a dead address is not ready", async () => {
  const { server, addr } = await fakeTts();
  const clients = createClients({ ttsAddr: addr, mediaAddr: unusedAddr() });
  try {
    const checks = await clients.checkReady(500);
    assert.deepEqual(checks.map((c) => [c.name, c.ready]), [["tts", true], ["media", false]]);
    assert.match(checks[1].detail, /UNAVAILABLE|DEADLINE/);
  } finally {
    clients.close();
    await server.shutdown(1000);
  }
  assert.throws(() => createClients({ ttsAddr: "", mediaAddr: "x:1" }), /'ttsAddr' is empty/);
});
