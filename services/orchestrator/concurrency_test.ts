import assert from "node:assert/strict";
import { join } from "node:path";
import { SacvError } from "../common/errors.ts";
import { CONCURRENCY_FILE, ConcurrencySettings } from "./concurrency.ts";
import { recommendConcurrency } from "./recommend.ts";

const recommend = (scope: string) => (scope === "tts" ? 8 : 2);

Deno.test("effective value: user override > env > recommended", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const s = ConcurrencySettings.load(dir, { env: { generate_video: 5 }, recommend });
    let st = s.state();
    assert.deepEqual(st.effective.generate_video, { max_workers: 5, source: "env" });
    assert.deepEqual(st.effective.tts, { max_workers: 8, source: "recommended" });
    assert.equal(st.config.generate_video.override, false, "defaults do not override env");
    st = await s.update({ generate_video: { max_workers: 3, override: true } });
    assert.deepEqual(st.effective.generate_video, { max_workers: 3, source: "user" });
    st = await s.update({ generate_video: { override: false } });
    assert.deepEqual(st.effective.generate_video, { max_workers: 5, source: "env" });
    assert.equal(st.config.generate_video.max_workers, 3, "the user value is kept for later");
    st = await s.update({ tts: { max_workers: 12 } });
    assert.deepEqual(
      st.effective.tts,
      { max_workers: 12, source: "user" },
      "a value alone overrides",
    );
    const reloaded = ConcurrencySettings.load(dir, { env: { generate_video: 5 }, recommend });
    assert.deepEqual(reloaded.state(), st, "the file round-trips");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a legacy allow_same_project_parallel key loads and is dropped on save", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const file = join(dir, CONCURRENCY_FILE);
    await Deno.writeTextFile(
      file,
      JSON.stringify({
        allow_same_project_parallel: true,
        generate_video: { max_workers: 4, override: true, allow_same_project_parallel: true },
      }),
    );
    const s = ConcurrencySettings.load(dir, { recommend });
    assert.deepEqual(s.effective("generate_video"), { max_workers: 4, source: "user" });
    await s.update({ generate_jianying_draft: { max_workers: 2 } });
    const saved = await Deno.readTextFile(file);
    assert.ok(!saved.includes("allow_same_project_parallel"), saved);
    assert.deepEqual(JSON.parse(saved).generate_video, { max_workers: 4, override: true });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("bad values and unknown scopes are refused naming the field, nothing is written", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const s = ConcurrencySettings.load(dir, { recommend });
    const changes: string[][] = [];
    s.onChange((_st, changed) => changes.push(changed));
    await assert.rejects(
      s.update({ tts: { max_workers: 4 }, generate_video: { max_workers: 0 } }),
      (e: unknown) =>
        e instanceof SacvError && e.status === "INVALID_ARGUMENT" &&
        /generate_video\.max_workers.*current value is 0/.test(e.message),
    );
    await assert.rejects(
      s.update({ render: { max_workers: 2 } }),
      (e: unknown) =>
        e instanceof SacvError && e.reason === "UNKNOWN_SCOPE" && /render/.test(e.message),
    );
    await assert.rejects(s.update({ tts: { max_workers: 2.5 } }), /tts\.max_workers/);
    assert.equal(s.effective("tts").max_workers, 8, "a refused patch changes nothing");
    assert.deepEqual([...Deno.readDirSync(dir)], [], "no file, no temp file left");
    assert.deepEqual(changes, []);
    await s.update({ tts: { max_workers: 3 } });
    assert.deepEqual(changes, [["tts"]], "listeners hear the changed scope");
    assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), [CONCURRENCY_FILE]);
    await Deno.writeTextFile(join(dir, CONCURRENCY_FILE), '{"tts": {"max_workers": -1}}');
    assert.throws(() => ConcurrencySettings.load(dir), /tts\.max_workers.*-1/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("recommendConcurrency stays within 1..16 and gives tts more than ffmpeg scopes", () => {
  const small = { cores: 1, freeMemoryBytes: 256 * 1024 ** 2 };
  const big = { cores: 64, freeMemoryBytes: 512 * 1024 ** 3 };
  for (const scope of ["generate_video", "generate_jianying_draft", "tts"] as const) {
    assert.equal(recommendConcurrency(scope, big), 16);
    assert.ok(recommendConcurrency(scope, small) >= 1);
  }
  const two = { cores: 2, freeMemoryBytes: 8 * 1024 ** 3 };
  assert.equal(recommendConcurrency("generate_video", two), 1);
  assert.ok(
    recommendConcurrency("tts", two) > recommendConcurrency("generate_jianying_draft", two),
  );
});

Deno.test("keepOverride: a max_workers patch without override leaves override as it was", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const s = ConcurrencySettings.load(dir, { env: { generate_video: 5 }, recommend });
    let st = await s.update({ generate_video: { max_workers: 3 } }, { keepOverride: true });
    assert.deepEqual(st.config.generate_video, { max_workers: 3, override: false });
    assert.deepEqual(st.effective.generate_video, { max_workers: 5, source: "env" });
    st = await s.update({ generate_video: { override: true } });
    st = await s.update({ generate_video: { max_workers: 2 } }, { keepOverride: true });
    assert.deepEqual(st.config.generate_video, { max_workers: 2, override: true });
    assert.deepEqual(st.effective.generate_video, { max_workers: 2, source: "user" });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
