// Test helpers for the media service's own tests: a temp media root and context.
import assert from "node:assert/strict";
import { SacvError } from "../common/errors.ts";
import type { MediaContext } from "./context.ts";

/** A temp media root with a context pointing at it; `cleanup` removes it. */
export interface TestRoot {
  ctx: MediaContext;
  root: string;
  cleanup(): Promise<void>;
}

/** Creates a fresh media root under the system temp dir. */
export async function makeTestRoot(): Promise<TestRoot> {
  const root = await Deno.realPath(await Deno.makeTempDir({ prefix: "sacv-media-" }));
  return {
    root,
    ctx: {
      root,
      ffmpeg: Deno.env.get("FFMPEG_PATH") || "ffmpeg",
      ffprobe: Deno.env.get("FFPROBE_PATH") || "ffprobe",
    },
    cleanup: () => Deno.remove(root, { recursive: true }),
  };
}

/** Runs `fn` on a fresh media root (see {@linkcode makeTestRoot}) and removes the root afterwards. */
export async function withTestRoot(
  fn: (root: Omit<TestRoot, "cleanup">) => Promise<void>,
): Promise<void> {
  const { cleanup, ...testRoot } = await makeTestRoot();
  try {
    await fn(testRoot);
  } finally {
    await cleanup();
  }
}

/** Names of the entries in `dir` (to check nothing extra was written). */
export async function listDir(dir: string): Promise<string[]> {
  const names: string[] = [];
  for await (const e of Deno.readDir(dir)) names.push(e.name);
  return names.sort();
}

/** A bad-request case: fields patched over a good request, the status and message expected. */
export type Refusal = [patch: Record<string, unknown>, status: string, message: RegExp];

/**
 * Asserts that `call` refuses `{ ...base, ...patch }` for every case with a
 * SacvError of that status whose message matches (the patch names a failure).
 */
export async function assertRefusals<Req>(
  call: (req: Req) => Promise<unknown>,
  base: Req,
  cases: readonly Refusal[],
): Promise<void> {
  for (const [patch, status, message] of cases) {
    await assert.rejects(
      call({ ...base, ...patch } as Req),
      (e: unknown) => e instanceof SacvError && e.status === status && message.test(e.message),
      JSON.stringify(patch),
    );
  }
}

/** Runs ffmpeg quietly with `args` (overwriting outputs) and asserts that it succeeded. */
export async function ffmpeg(args: string[]): Promise<void> {
  const out = await new Deno.Command("ffmpeg", {
    args: ["-hide_banner", "-loglevel", "error", "-y", ...args],
  }).output();
  assert.ok(out.success, new TextDecoder().decode(out.stderr));
}

async function ffmpegText(
  args: string[],
): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  const out = await new Deno.Command("ffmpeg", { args: ["-hide_banner", "-nostdin", ...args] })
    .output();
  const dec = new TextDecoder();
  return { ok: out.success, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

/** MD5 of every decoded video frame of `path`, in order (ffmpeg's framemd5). */
export async function frameMd5s(path: string): Promise<string[]> {
  // Through a file: collecting ffmpeg's many tiny stdout writes with output() costs a
  // buffer per write (gigabytes for a long video).
  const list = await Deno.makeTempFile({ suffix: ".framemd5" });
  try {
    const { ok, stderr } = await ffmpegText([
      "-v",
      "error",
      "-y",
      "-i",
      path,
      "-map",
      "0:v:0",
      "-f",
      "framemd5",
      list,
    ]);
    assert.ok(ok, stderr);
    return (await Deno.readTextFile(list)).split("\n").filter((l) => l && !l.startsWith("#"))
      .map((l) => l.split(",").at(-1)!.trim());
  } finally {
    await Deno.remove(list).catch(() => {});
  }
}

/** What `ffmpeg -v error -i path -f null -` prints (empty when the file decodes cleanly). */
export async function decodeErrors(path: string): Promise<string> {
  const { stderr } = await ffmpegText(["-v", "error", "-i", path, "-f", "null", "-"]);
  return stderr.trim();
}

/** A comparison for {@linkcode psnrs}: frames `[a, a + n)` of one file against `[b, b + n)` of another. */
export interface FrameRanges {
  a: number;
  b: number;
  n: number;
}

/** Average PSNR (dB) of each comparison of `fileA` against `fileB`, decoding each file once. */
export async function psnrs(fileA: string, fileB: string, pairs: FrameRanges[]): Promise<number[]> {
  const k = pairs.length;
  const labels = (p: string) => pairs.map((_, i) => `[${p}${i}]`).join("");
  const graph = [`[0:v]split=${k}${labels("x")}`, `[1:v]split=${k}${labels("y")}`];
  pairs.forEach(({ a, b, n }, i) => {
    graph.push(`[x${i}]trim=start_frame=${a}:end_frame=${a + n},setpts=PTS-STARTPTS[p${i}]`);
    graph.push(`[y${i}]trim=start_frame=${b}:end_frame=${b + n},setpts=PTS-STARTPTS[q${i}]`);
    graph.push(`[p${i}][q${i}]psnr`);
  });
  const { stderr } = await ffmpegText([
    "-i",
    fileA,
    "-i",
    fileB,
    "-filter_complex",
    graph.join(";"),
    "-f",
    "null",
    "-",
  ]);
  const values = [...stderr.matchAll(/Parsed_psnr_(\d+).*average:([\d.]+|inf)/g)]
    .sort((x, y) => Number(x[1]) - Number(y[1]))
    .map((m) => (m[2] === "inf" ? Infinity : Number(m[2])));
  assert.equal(values.length, k, stderr.slice(-500));
  return values;
}
