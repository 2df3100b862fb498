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
