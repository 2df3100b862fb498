// Test helpers for the media service's own tests: a temp media root and context.
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

/** Names of the entries in `dir` (to check nothing extra was written). */
export async function listDir(dir: string): Promise<string[]> {
  const names: string[] = [];
  for await (const e of Deno.readDir(dir)) names.push(e.name);
  return names.sort();
}
