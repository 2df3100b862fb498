import assert from "node:assert/strict";
import { RequestFramer } from "./request_framer.ts";

const enc = new TextEncoder();

function feedAll(f: RequestFramer, text: string, step = 1): number {
  let heads = 0;
  const bytes = enc.encode(text);
  for (let i = 0; i < bytes.length; i += step) heads += f.feed(bytes.subarray(i, i + step));
  return heads;
}

Deno.test("RequestFramer finds heads across Content-Length, chunked bodies and pipelining, byte by byte", () => {
  for (const step of [1, 3, 1000]) {
    const f = new RequestFramer();
    const two = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello" +
      "POST /b HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" +
      "3;ext=1\r\nabc\r\n0\r\nX-Trailer: 1\r\n\r\n" +
      "GET /c HTTP/1.1\r\nHost: x\r\n\r\n";
    assert.equal(feedAll(f, two, step), 3, `step ${step}`);
    assert.equal(f.mode, "head");
    assert.equal(f.headBytes, 0, "waiting for the next request");
    assert.equal(f.completed, 3, "three requests received in full");
    assert.equal(feedAll(f, "GET /d HTTP/1.1\r\nHo", step), 0);
    assert.ok(f.headBytes > 0, "inside a head");
  }
});

Deno.test("RequestFramer tunnels WebSocket upgrades and framing it cannot judge", () => {
  const ws = new RequestFramer();
  feedAll(ws, "GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n");
  assert.equal(ws.mode, "tunnel");
  const bad = new RequestFramer();
  feedAll(bad, "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n");
  assert.equal(bad.mode, "tunnel", "conflicting lengths are the server's to refuse");
  const badChunk = new RequestFramer();
  feedAll(badChunk, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
  assert.equal(badChunk.mode, "tunnel");
});
