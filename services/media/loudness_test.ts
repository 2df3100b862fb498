import assert from "node:assert/strict";
import { makeTone } from "../../test/support/media_fixtures.ts";
import { SacvError } from "../common/errors.ts";
import { normalizeLoudness, parseLoudnormReport } from "./loudness.ts";
import { listDir, withTestRoot } from "./testing.ts";

async function integratedLufs(path: string): Promise<number> {
  const out = await new Deno.Command("ffmpeg", {
    args: ["-hide_banner", "-nostdin", "-i", path, "-af", "ebur128", "-f", "null", "-"],
    stdout: "null",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(out.stderr);
  const m = text.slice(text.lastIndexOf("Summary")).match(/I:\s+(-?[\d.]+) LUFS/);
  return Number(m?.[1]);
}

Deno.test("parseLoudnormReport reads the last JSON block of stderr", () => {
  const r = parseLoudnormReport(
    'noise {"a":1}\n[Parsed_loudnorm_0]\n{\n"input_i" : "-23.1",\n"output_i" : "-16.0"\n}\n',
  );
  assert.equal(r.input_i, "-23.1");
  assert.equal(r.output_i, "-16.0");
});

Deno.test("two-pass loudnorm reaches the target and trims leading silence", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeTone(`${root}/quiet.wav`, { duration: 2, amplitude: 0.05, leadingSilence: 0.5 });
    const res = await normalizeLoudness(ctx, {
      input: "quiet.wav",
      output: "norm/quiet.wav",
      target_lufs: -16,
      trim_leading_silence: true,
    });
    assert.ok(res.input_lufs < -25, `input ${res.input_lufs}`);
    assert.ok(Math.abs(res.output_lufs - -16) < 1.5, `output ${res.output_lufs}`);
    const measured = await integratedLufs(`${root}/norm/quiet.wav`);
    assert.ok(Math.abs(measured - -16) < 1.5, `measured ${measured}`);
    assert.ok(Math.abs(res.trimmed_seconds - 0.5) < 0.05, `trimmed ${res.trimmed_seconds}`);
    assert.ok(Math.abs(res.duration - 2) < 0.05, `duration ${res.duration}`);
    const kept = await normalizeLoudness(ctx, { input: "quiet.wav", output: "kept.m4a" });
    assert.ok(kept.trimmed_seconds < 0.05);
  }));

Deno.test("silent input and bad targets are refused and nothing is written", () =>
  withTestRoot(async ({ ctx, root }) => {
    await makeTone(`${root}/silent.wav`, { duration: 1, amplitude: 0 });
    await assert.rejects(
      normalizeLoudness(ctx, { input: "silent.wav", output: "o.wav" }),
      (e: unknown) =>
        e instanceof SacvError && e.status === "FAILED_PRECONDITION" && /silent/.test(e.message),
    );
    await assert.rejects(
      normalizeLoudness(ctx, { input: "silent.wav", output: "o.wav", target_lufs: 3 }),
      (e: unknown) =>
        e instanceof SacvError && e.status === "INVALID_ARGUMENT" && /^target_lufs/.test(e.message),
    );
    await assert.rejects(
      normalizeLoudness(ctx, { input: "silent.wav", output: "o.mp4" }),
      (e: unknown) => e instanceof SacvError && /^output: extension/.test(e.message),
    );
    assert.deepEqual(await listDir(root), ["silent.wav"]);
  }));
