import assert from "node:assert/strict";
import { boundaryOf, limitBytes, readFilePart } from "./multipart.ts";
import { HttpError } from "./errors.ts";

function streamOf(bytes: Uint8Array, chunk: number): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(ctrl) {
      if (i >= bytes.length) return ctrl.close();
      ctrl.enqueue(bytes.slice(i, i + chunk));
      i += chunk;
    },
  });
}

async function collect(it: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: number[] = [];
  for await (const c of it) parts.push(...c);
  return new Uint8Array(parts);
}

async function formBytes(form: FormData): Promise<{ bytes: Uint8Array; type: string }> {
  const req = new Request("http://x/", { method: "POST", body: form });
  return {
    bytes: new Uint8Array(await req.arrayBuffer()),
    type: req.headers.get("content-type")!,
  };
}

Deno.test("readFilePart streams the file part in any chunking, skipping other fields", async () => {
  const payload = new Uint8Array(5000).map((_, i) => (i * 7) % 256);
  const form = new FormData();
  form.append("note", "hello");
  form.append("file", new File([payload], "../../clip.mp4"));
  const { bytes, type } = await formBytes(form);
  for (const chunk of [1, 7, 64, 100_000]) {
    const part = await readFilePart(streamOf(bytes, chunk), boundaryOf(type));
    assert.equal(part.filename, "clip.mp4");
    assert.deepEqual(await collect(part.data), payload);
  }
});

Deno.test("readFilePart names the missing field and refuses other content types", async () => {
  const form = new FormData();
  form.append("other", "x");
  const { bytes, type } = await formBytes(form);
  await assert.rejects(
    readFilePart(streamOf(bytes, 10), boundaryOf(type)),
    (e: unknown) => e instanceof HttpError && e.status === 422 && e.extras.field === "file",
  );
  assert.throws(
    () => boundaryOf("application/json"),
    (e: unknown) => (e as HttpError).status === 415,
  );
  const truncated = streamOf(
    new TextEncoder().encode(
      '--b\r\ncontent-disposition: form-data; name="file"; filename="a"\r\n\r\nabc',
    ),
    4,
  );
  const part = await readFilePart(truncated, "b");
  await assert.rejects(collect(part.data), (e: unknown) => (e as HttpError).status === 400);
});

Deno.test("limitBytes fails with 413 once the limit is passed", async () => {
  async function* gen() {
    for (let i = 0; i < 10; i++) yield new Uint8Array(100);
  }
  assert.equal((await collect(limitBytes(gen(), 1000))).length, 1000);
  await assert.rejects(
    collect(limitBytes(gen(), 999)),
    (e: unknown) => e instanceof HttpError && e.status === 413,
  );
});
