import assert from "node:assert/strict";
import { startConnGuard } from "./conn_guard.ts";

const enc = new TextEncoder();

async function readAll(
  conn: Deno.Conn,
  deadlineMs: number,
): Promise<{ text: string; closed: boolean }> {
  const buf = new Uint8Array(4096);
  let text = "";
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) return { text, closed: false };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const n = await Promise.race([
      conn.read(buf).catch(() => null),
      new Promise<"wait">((r) => (timer = setTimeout(() => r("wait"), left))),
    ]);
    clearTimeout(timer);
    if (n === "wait") return { text, closed: false };
    if (n === null) return { text, closed: true };
    text += new TextDecoder().decode(buf.subarray(0, n));
  }
}

Deno.test("guard: slow heads and silent connections are closed; slow bodies and normal requests pass", async () => {
  const backend = Deno.serve(
    { port: 0, hostname: "127.0.0.1", onListen: () => {} },
    async (req) => {
      // A handler slower than the idle timeout: a request waiting for its answer is not idle.
      if (new URL(req.url).pathname === "/slow") await new Promise((r) => setTimeout(r, 2500));
      return new Response(`got ${(await req.text()).length}`);
    },
  );
  const guard = startConnGuard({
    hostname: "127.0.0.1",
    port: 0,
    backend: { hostname: "127.0.0.1", port: backend.addr.port },
    headerTimeoutMs: 600,
    idleTimeoutMs: 1500,
  });
  const connect = () => Deno.connect({ hostname: "127.0.0.1", port: guard.port });
  try {
    // A head trickling in (slowloris) is cut at the header timeout.
    const slow = await connect();
    await slow.write(enc.encode("GET / HTTP/1.1\r\nHost: x\r\n"));
    const t0 = Date.now();
    const trickle = (async () => {
      for (let i = 0; i < 20; i++) {
        await new Promise((r) => setTimeout(r, 100));
        if (
          (await slow.write(enc.encode("X"))
            .catch(() => 0)) === 0
        ) return;
      }
    })();
    const cut = await readAll(slow, 5_000);
    assert.equal(cut.closed, true, "slow head closed");
    assert.ok(Date.now() - t0 < 3_000, `closed in ${Date.now() - t0} ms`);
    await trickle;
    slow.close();

    // A connection that never sends anything is cut too.
    const silent = await connect();
    assert.equal((await readAll(silent, 5_000)).closed, true);
    silent.close();

    // A body that arrives slowly (longer than the header timeout) is not a slow head.
    const body = await connect();
    await body.write(enc.encode("POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: 40\r\n\r\n"));
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, 300));
      await body.write(enc.encode("0123456789"));
    }
    const answer = await readAll(body, 3_000);
    assert.match(answer.text, /^HTTP\/1\.1 200/);
    assert.match(answer.text, /got 40$/);
    // The keep-alive connection then idles out.
    assert.equal((await readAll(body, 5_000)).closed, true, "idle keep-alive closed");
    body.close();

    assert.ok(
      guard.closedBy.header >= 2 && guard.closedBy.idle >= 1,
      JSON.stringify(guard.closedBy),
    );
    const ok = await fetch(`http://127.0.0.1:${guard.port}/x`, { method: "POST", body: "abc" });
    assert.equal(await ok.text(), "got 3");
    const slowAnswer = await fetch(`http://127.0.0.1:${guard.port}/slow`);
    assert.equal(await slowAnswer.text(), "got 0");
  } finally {
    guard.close();
    guard.closeAll();
    await backend.shutdown();
  }
});
