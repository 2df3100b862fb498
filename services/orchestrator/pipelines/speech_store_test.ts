import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { join } from "node:path";
import type { SynthesizeResult } from "../clients.ts";
import { itemKey, loadAudio, saveAudio } from "./speech_store.ts";

const result = (bytes: number): SynthesizeResult => ({
  request_id: "段1",
  audio: Buffer.alloc(bytes, 7),
  codec: "wav",
  sample_rate: 24000,
  duration_ms: 1234,
  provider: "tencent",
  attempts: 2,
  cached: false,
  voice: "101001",
  chunks: 1,
  words: [],
});

Deno.test("itemKey: the same request gives the same key; any field that changes audio changes it", () => {
  const base = { request_id: "a", text: "你好", provider: "tencent", options: { x: "1", y: "2" } };
  const k = itemKey(base);
  assert.equal(k, itemKey({ ...base, request_id: "other", options: { y: "2", x: "1" } }));
  for (
    const v of [
      { text: "你好！" },
      { provider: "fake" },
      { voice: "v2" },
      { speed: 1.2 },
      { codec: "mp3" as const },
      { sample_rate: 16000 },
      { options: { x: "1" } },
    ]
  ) {
    assert.notEqual(itemKey({ ...base, ...v }), k, JSON.stringify(v));
  }
});

Deno.test("saveAudio/loadAudio: stored audio is found again; incomplete audio never is", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const key = itemKey({ request_id: "段1", text: "你好" });
    assert.equal(loadAudio(dir, 3, key), undefined, "nothing stored yet");
    const file = await saveAudio(dir, 3, key, result(100), { roots: [dir] });
    const hit = loadAudio(dir, 3, key);
    assert.ok(hit);
    assert.equal(hit.file, file);
    assert.equal(hit.result.duration_ms, 1234);
    assert.equal(hit.result.provider, "tencent");
    assert.equal(hit.result.audio.length, 100);
    assert.equal(loadAudio(dir, 4, key), undefined, "another segment");
    assert.equal(loadAudio(dir, 3, key.replace(/.$/, "x")), undefined, "another request");
    // No temp files are left behind.
    const names = [...Deno.readDirSync(dir)].map((e) => e.name).sort();
    assert.deepEqual(names, [file, file.replace(/\.wav$/, ".json")].sort());

    // A file cut short after its record was written (disk trouble) is not reused...
    await Deno.writeFile(join(dir, file), new Uint8Array(40));
    assert.equal(loadAudio(dir, 3, key), undefined);
    // ...nor is audio whose record was never written (the process died in between).
    const key2 = itemKey({ request_id: "段2", text: "再见" });
    await Deno.writeFile(join(dir, `tts_5.${key2}.wav`), new Uint8Array(100));
    assert.equal(loadAudio(dir, 5, key2), undefined);
    // A corrupt record is ignored too.
    await Deno.writeTextFile(join(dir, `tts_5.${key2}.json`), "{not json");
    assert.equal(loadAudio(dir, 5, key2), undefined);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
