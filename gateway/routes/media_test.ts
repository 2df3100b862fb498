import assert from "node:assert/strict";
import { call, emptyProject, harness } from "../testing.ts";

Deno.test("upload streams the file part to the orchestrator and enforces the size limit", async () => {
  const h = await harness({ uploadMaxBytes: 50_000 });
  try {
    const payload = new Uint8Array(40_000).map((_, i) => i % 251);
    const form = new FormData();
    form.append("file", new File([payload], "../../sneaky.mp4"));
    const res = await fetch(`${h.url}/api/uploads/video`, { method: "POST", body: form });
    const json = await res.json();
    assert.equal(res.status, 200);
    assert.deepEqual(json.data, { video_path: "uploads/sneaky.mp4", size: 40_000 });
    assert.deepEqual(h.fake.uploads.get("sneaky.mp4"), payload);

    const big = new FormData();
    big.append("file", new File([new Uint8Array(60_000)], "big.mp4"));
    const tooBig = await fetch(`${h.url}/api/uploads/video`, { method: "POST", body: big });
    assert.equal(tooBig.status, 413);
    assert.equal((await tooBig.json()).code, "PAYLOAD_TOO_LARGE");
    assert.equal(h.fake.uploads.has("big.mp4"), false);

    // Without a Content-Length the limit is enforced while streaming, and the upload is cancelled.
    const boundary = "xyzBOUNDARY";
    const head =
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="s.mp4"\r\n\r\n`;
    const body = new ReadableStream<Uint8Array>({
      start(ctrl) {
        ctrl.enqueue(new TextEncoder().encode(head));
        for (let i = 0; i < 8; i++) ctrl.enqueue(new Uint8Array(10_000));
        ctrl.enqueue(new TextEncoder().encode(`\r\n--${boundary}--\r\n`));
        ctrl.close();
      },
    });
    const streamed = await fetch(`${h.url}/api/uploads/video`, {
      method: "POST",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      body,
    });
    assert.equal(streamed.status, 413);
    await streamed.body?.cancel();
    assert.equal(h.fake.uploads.has("s.mp4"), false);

    const notMultipart = await call(h, "POST", "/api/uploads/video", { file: "x" });
    assert.equal(notMultipart.status, 415);
  } finally {
    await h.close();
  }
});

Deno.test("output video: whole file, byte ranges (206), suffix, 416, download attachment", async () => {
  const h = await harness();
  try {
    const bytes = new Uint8Array(4321).map((_, i) => (i * 13) % 256);
    h.fake.projects.set("p1", {
      ...emptyProject("p1"),
      name: "x",
      video_path: "a.mp4",
      output_video_path: "out.mp4",
    });
    h.fake.outputs.set("p1", bytes);
    const whole = await fetch(`${h.url}/api/projects/p1/output-video`);
    assert.equal(whole.status, 200);
    assert.equal(whole.headers.get("content-type"), "video/mp4");
    assert.equal(whole.headers.get("accept-ranges"), "bytes");
    assert.deepEqual(new Uint8Array(await whole.arrayBuffer()), bytes);

    const part = await fetch(`${h.url}/api/projects/p1/output-video`, {
      headers: { range: "bytes=1000-2499" },
    });
    assert.equal(part.status, 206);
    assert.equal(part.headers.get("content-range"), "bytes 1000-2499/4321");
    assert.equal(part.headers.get("content-length"), "1500");
    assert.deepEqual(new Uint8Array(await part.arrayBuffer()), bytes.slice(1000, 2500));

    const suffix = await fetch(`${h.url}/api/projects/p1/output-video`, {
      headers: { range: "bytes=-21" },
    });
    assert.equal(suffix.headers.get("content-range"), "bytes 4300-4320/4321");
    assert.deepEqual(new Uint8Array(await suffix.arrayBuffer()), bytes.slice(4300));

    const outside = await fetch(`${h.url}/api/projects/p1/output-video`, {
      headers: { range: "bytes=5000-" },
    });
    assert.equal(outside.status, 416);
    assert.equal(outside.headers.get("content-range"), "bytes */4321");
    await outside.body?.cancel();

    const dl = await fetch(`${h.url}/api/projects/p1/output-video/download`);
    assert.match(dl.headers.get("content-disposition") ?? "", /^attachment; filename="out.mp4"/);
    assert.equal((await dl.arrayBuffer()).byteLength, 4321);

    const none = await fetch(`${h.url}/api/projects/p2/output-video`);
    assert.equal(none.status, 404);
    assert.equal((await none.json()).code, "NOT_FOUND");
  } finally {
    await h.close();
  }
});

Deno.test("output subtitles: the .srt as a UTF-8 attachment, byte ranges, 404 before a video", async () => {
  const h = await harness();
  try {
    const text = "1\n00:00:00,500 --> 00:00:02,000\n你好，世界🌏\n";
    const bytes = new TextEncoder().encode(text);
    h.fake.subtitles.set("p1", bytes);
    const url = `${h.url}/api/projects/p1/subtitles.srt`;
    const whole = await fetch(url);
    assert.equal(whole.status, 200);
    assert.equal(whole.headers.get("content-type"), "application/x-subrip; charset=utf-8");
    assert.match(whole.headers.get("content-disposition") ?? "", /^attachment; filename="out.srt"/);
    assert.equal(whole.headers.get("accept-ranges"), "bytes");
    assert.equal(await whole.text(), text);

    const part = await fetch(url, { headers: { range: "bytes=2-12" } });
    assert.equal(part.status, 206);
    assert.equal(part.headers.get("content-range"), `bytes 2-12/${bytes.length}`);
    assert.deepEqual(new Uint8Array(await part.arrayBuffer()), bytes.slice(2, 13));

    const none = await fetch(`${h.url}/api/projects/p2/subtitles.srt`);
    assert.equal(none.status, 404);
    assert.equal((await none.json()).code, "NOT_FOUND");
  } finally {
    await h.close();
  }
});
