import assert from "node:assert/strict";
import { buildDraftContent } from "./content.ts";
import { editorProfile } from "./editor.ts";
import { planDraft, type SegmentFacts } from "./plan.ts";
import { assetPath } from "./paths.ts";

type J = Record<string, unknown>;

function counterIds() {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;
}

const narration = (file: string, durationUs: number, text: string) => ({
  path: assetPath(file),
  name: file,
  durationUs,
  width: 0,
  height: 0,
  text,
});

const facts: SegmentFacts[] = [
  {
    id: "a",
    kind: "narration",
    startUs: 1_000_000,
    endUs: 3_000_000,
    subtitle: "第一段",
    narration: narration("a.wav", 2_200_000, "第一段"),
  },
  { id: "b", kind: "original", startUs: 3_000_000, endUs: 4_500_000, subtitle: "" },
  {
    id: "c",
    kind: "mixed",
    startUs: 5_000_000,
    endUs: 7_000_000,
    subtitle: "混音的一段很长很长的解说，它会被切成好几行字幕显示出来。",
    narration: narration("c.wav", 4_000_000, "混音"),
  },
];

function build(policy: "slow" | "freeze" | "extend" = "slow", editor = editorProfile("jianying")) {
  const segments = planDraft(facts, { policy, maxTempo: 1.15, sourceUs: 9_000_000, maxChars: 16 });
  for (const s of segments) {
    if (s.plan.video.some((p) => p.kind === "freeze")) {
      s.still = {
        path: assetPath(`still_${s.id}.jpg`),
        name: "s.jpg",
        durationUs: 0,
        width: 320,
        height: 240,
      };
    }
  }
  return buildDraftContent({
    name: "demo",
    editor,
    video: {
      path: assetPath("src.mp4"),
      name: "src.mp4",
      durationUs: 9_000_000,
      width: 320,
      height: 240,
      fps: 25,
      hasAudio: true,
    },
    segments,
    nowUs: 1_700_000_000_000_000,
    newId: counterIds(),
  });
}

function tracks(json: J) {
  const list = json.tracks as J[];
  const by = (t: string) => list.find((x) => x.type === t)!.segments as J[];
  return {
    video: by("video"),
    audio: by("audio"),
    text: by("text"),
    types: list.map((t) => t.type),
  };
}

const range = (s: J, k = "target_timerange") => s[k] as { start: number; duration: number };

Deno.test("buildDraftContent: contiguous video, whole narrations, subtitles inside the speech", () => {
  const { json, durationUs, media } = build();
  const t = tracks(json);
  assert.deepEqual(t.types, ["video", "audio", "text"]);
  // a: 2 s slot; b: 1.5 s; c: 4 s of speech on a 2 s slot grows to 4 s.
  assert.equal(durationUs, 7_500_000);
  assert.equal(json.duration, 7_500_000);
  let cursor = 0;
  for (const seg of t.video) {
    assert.equal(range(seg).start, cursor);
    cursor += range(seg).duration;
  }
  assert.equal(cursor, durationUs);
  assert.deepEqual(t.video.map((s) => s.volume), [0, 1, 0.2]);
  // The mixed segment's 2 s of footage is slowed over its 4 s slot.
  assert.deepEqual(range(t.video[2], "source_timerange"), {
    start: 5_000_000,
    duration: 2_000_000,
  });
  assert.equal(t.video[2].speed, 0.5);
  const [a, c] = t.audio;
  assert.deepEqual(range(a, "source_timerange"), { start: 0, duration: 2_200_000 });
  assert.deepEqual(range(a), { start: 0, duration: 2_000_000 });
  assert.ok(Math.abs(Number(a.speed) - 1.1) < 1e-9);
  assert.deepEqual(range(c, "source_timerange"), { start: 0, duration: 4_000_000 });
  assert.deepEqual(range(c), { start: 3_500_000, duration: 4_000_000 });
  const cLines = t.text.filter((s) => range(s).start >= 3_500_000);
  assert.equal(cLines.length, 2);
  assert.equal(range(cLines[0]).start, 3_500_000);
  const end = range(cLines.at(-1)!);
  assert.equal(end.start + end.duration, 7_500_000);
  assert.deepEqual(media.map((m) => m.metetype), ["video", "music", "music"]);
});

Deno.test("buildDraftContent: every time is an integer and every reference resolves", () => {
  for (const policy of ["slow", "freeze", "extend"] as const) {
    for (const editor of [editorProfile("jianying"), editorProfile("capcut")]) {
      const { json } = build(policy, editor);
      const walk = (v: unknown, key = ""): void => {
        if (Array.isArray(v)) v.forEach((x) => walk(x, key));
        else if (v && typeof v === "object") {
          for (const [k, x] of Object.entries(v)) walk(x, k);
        } else if (["start", "duration"].includes(key)) {
          assert.ok(Number.isInteger(v), `${key} = ${v} is not an integer`);
        }
      };
      walk(json.tracks);
      const m = json.materials as Record<string, J[]>;
      const ids = new Map<string, string>();
      for (const [kind, list] of Object.entries(m)) {
        for (const x of list) ids.set(String(x.id), kind);
      }
      assert.equal(ids.size, Object.values(m).reduce((n, l) => n + l.length, 0), "ids are unique");
      const t = tracks(json);
      for (const s of t.video) assert.equal(ids.get(String(s.material_id)), "videos");
      for (const s of t.audio) assert.equal(ids.get(String(s.material_id)), "audios");
      for (const s of t.text) assert.equal(ids.get(String(s.material_id)), "texts");
      for (const s of [...t.video, ...t.audio, ...t.text]) {
        for (const ref of s.extra_material_refs as string[]) {
          assert.ok(ids.has(ref), `dangling ${ref}`);
        }
      }
      if (policy === "freeze") {
        assert.equal(m.videos[1].type, "photo");
        assert.equal(range(t.video[3]).duration, 2_000_000, "the last frame is held for 2 s");
      }
    }
  }
});

Deno.test("buildDraftContent: ids are uppercase UUIDs by default; a freeze needs its still", () => {
  const editor = editorProfile("jianying");
  const video = {
    path: assetPath("v.mp4"),
    name: "v.mp4",
    durationUs: 1_000_000,
    width: 2,
    height: 2,
    fps: 25,
    hasAudio: false,
  };
  const { json, draftId } = buildDraftContent({ name: "x", editor, video, segments: [] });
  assert.match(draftId, /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  assert.equal(json.id, draftId);
  const segments = planDraft(facts, {
    policy: "freeze",
    maxTempo: 1.15,
    sourceUs: 9_000_000,
    maxChars: 16,
  });
  assert.throws(() => buildDraftContent({ name: "x", editor, video, segments }), /segment c/);
});
