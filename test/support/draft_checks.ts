// Checks on a written draft that a user's editor depends on: integer µs, a contiguous main
// track, and every material path resolving through the placeholder to a real file of the
// duration the draft claims (measured with ffprobe).
import assert from "node:assert/strict";
import { join } from "node:path";
import { resolveDraftPath } from "../../services/orchestrator/draft/paths.ts";

/** A loose JSON object. */
export type J = Record<string, unknown>;

/** A draft folder's parsed files. */
export interface ReadDraft {
  content: J;
  meta: J;
  /** draft_info.json and draft_content.json are byte-identical. */
  identical: boolean;
}

/** Reads draft_info.json, draft_content.json and draft_meta_info.json of `dir`. */
export async function readDraft(dir: string): Promise<ReadDraft> {
  const info = await Deno.readTextFile(join(dir, "draft_info.json"));
  const content = await Deno.readTextFile(join(dir, "draft_content.json"));
  return {
    content: JSON.parse(info),
    meta: JSON.parse(await Deno.readTextFile(join(dir, "draft_meta_info.json"))),
    identical: info === content,
  };
}

/** Every `start`/`duration` under `v` is a non-negative integer. */
export function assertIntegerTimes(v: unknown, key = ""): void {
  if (Array.isArray(v)) v.forEach((x) => assertIntegerTimes(x, key));
  else if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) assertIntegerTimes(x, k);
  } else if (key === "start" || key === "duration") {
    assert.ok(Number.isInteger(v) && (v as number) >= 0, `${key}=${v} is not integer µs`);
  }
}

/** The segments of the draft's track of `type`. */
export function segmentsOf(draft: J, type: string): J[] {
  const t = (draft.tracks as J[]).find((x) => x.type === type);
  return (t?.segments ?? []) as J[];
}

/** Target range of a segment. */
export function target(seg: J): { start: number; duration: number } {
  return seg.target_timerange as { start: number; duration: number };
}

/** The video track starts at 0, has no gap or overlap, and ends at the draft's duration. */
export function assertContiguous(draft: J): void {
  let t = 0;
  for (const s of segmentsOf(draft, "video")) {
    assert.equal(
      target(s).start,
      t,
      `video segment ${s.id} starts at ${target(s).start}, not ${t}`,
    );
    assert.ok(target(s).duration > 0);
    t += target(s).duration;
  }
  assert.equal(t, draft.duration);
}

/** Duration of a media file in seconds (format duration) per ffprobe. */
export async function probeSeconds(path: string): Promise<number> {
  const out = await new Deno.Command(Deno.env.get("FFPROBE_PATH") || "ffprobe", {
    args: ["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(out.stdout).trim();
  assert.ok(out.success, `ffprobe failed on ${path}: ${new TextDecoder().decode(out.stderr)}`);
  return Number(text);
}

/**
 * Resolves every video/audio material through the placeholder against
 * `folder` and checks the file exists and (for video and audio) lasts what
 * the material says, within `toleranceUs`. Returns the resolved paths.
 */
export async function assertMaterialsResolve(
  draft: J,
  folder: string,
  toleranceUs = 50_000,
): Promise<string[]> {
  const m = draft.materials as Record<string, J[]>;
  const paths: string[] = [];
  for (const mat of [...m.videos, ...m.audios]) {
    const raw = String(mat.path);
    assert.match(
      raw,
      /^##_draftpath_placeholder_0E685133-18CE-45ED-8CB8-2904A212EC80_##\/assets\//,
    );
    const abs = resolveDraftPath(raw, folder);
    const info = await Deno.stat(abs);
    assert.ok(info.isFile && info.size > 0, `${abs} is missing or empty`);
    if (mat.type !== "photo") {
      const us = Math.round((await probeSeconds(abs)) * 1e6);
      assert.ok(
        Math.abs(us - Number(mat.duration)) <= toleranceUs,
        `${mat.type} ${abs}: ffprobe ${us} µs, material says ${mat.duration} µs`,
      );
    }
    paths.push(abs);
  }
  return paths;
}
