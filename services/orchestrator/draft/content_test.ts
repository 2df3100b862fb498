import assert from "node:assert/strict";
import { buildDraftContent, type DraftSegment } from "./content.ts";

type J = Record<string, unknown>;

function counterIds() {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;
}

const segments: DraftSegment[] = [
  {
    id: "a",
    kind: "narration",
    sourceStartUs: 1_000_000,
    durationUs: 2_000_000,
    audio: { path: "/d/assets/a.wav", name: "a.wav", durationUs: 2_200_000 },
    subtitle: "第一段",
  },
  { id: "b", kind: "original", sourceStartUs: 3_000_000, durationUs: 1_500_000, subtitle: "" },
  {
    id: "c",
    kind: "mixed",
    sourceStartUs: 5_000_000,
    durationUs: 2_000_000,
    audio: { path: "/d/assets/c.wav", name: "c.wav", durationUs: 4_000_000 },
    subtitle: "混音",
  },
];

function build() {
  return buildDraftContent({
    name: "demo",
    video: {
      path: "/d/assets/src.mp4",
      durationUs: 9_000_000,
      width: 320,
      height: 240,
      fps: 25,
      hasAudio: true,
    },
    segments,
    nowSec: 1_700_000_000,
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

Deno.test("buildDraftContent: video, audio and text tracks with contiguous µs target ranges", () => {
  const { json, durationUs } = build();
  const t = tracks(json);
  assert.deepEqual(t.types, ["video", "audio", "text"]);
  assert.equal(durationUs, 5_500_000);
  assert.equal(json.duration, 5_500_000);
  let cursor = 0;
  for (const [i, seg] of t.video.entries()) {
    const target = seg.target_timerange as { start: number; duration: number };
    const source = seg.source_timerange as { start: number; duration: number };
    assert.equal(target.start, cursor, `video segment ${i} starts where the previous ended`);
    assert.equal(source.start, segments[i].sourceStartUs);
    assert.equal(source.duration, target.duration);
    cursor += target.duration;
  }
  assert.deepEqual(t.video.map((s) => s.volume), [0, 1, 0.2]);
  assert.equal(t.audio.length, 2);
  assert.deepEqual(t.audio.map((s) => (s.target_timerange as J).start), [0, 3_500_000]);
  assert.deepEqual(t.text.map((s) => (s.target_timerange as J).start), [0, 3_500_000]);
});

Deno.test("buildDraftContent: every time is an integer and every reference resolves", () => {
  const { json } = build();
  const walk = (v: unknown, key = ""): void => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === "object") { for (const [k, x] of Object.entries(v)) walk(x, k); }
    else if (["start", "duration"].includes(key)) {
      assert.ok(Number.isInteger(v), `${key} = ${v} is not an integer`);
    }
  };
  walk(json.tracks);
  const m = json.materials as Record<string, J[]>;
  const ids = new Map<string, string>();
  for (const [kind, list] of Object.entries(m)) for (const x of list) ids.set(String(x.id), kind);
  const t = tracks(json);
  for (const s of t.video) assert.equal(ids.get(String(s.material_id)), "videos");
  for (const s of t.audio) assert.equal(ids.get(String(s.material_id)), "audios");
  for (const s of t.text) assert.equal(ids.get(String(s.material_id)), "texts");
  for (const s of [...t.video, ...t.audio]) {
    for (const ref of s.extra_material_refs as string[]) assert.ok(ids.has(ref), `dangling ${ref}`);
  }
  assert.equal(m.videos.length, 1);
  assert.equal(m.videos[0].path, "/d/assets/src.mp4");
  assert.deepEqual(m.audios.map((a) => a.path), ["/d/assets/a.wav", "/d/assets/c.wav"]);
  const text = JSON.parse(String(m.texts[0].content));
  assert.equal(text.text, "第一段");
});

Deno.test("buildDraftContent: narration placed per the alignment policy", () => {
  const { json } = build();
  const [a, c] = tracks(json).audio;
  // 2.2 s on a 2 s slot: within the 1.15 window, sped up to fit exactly.
  assert.deepEqual(a.source_timerange, { start: 0, duration: 2_200_000 });
  assert.deepEqual(a.target_timerange, { start: 0, duration: 2_000_000 });
  assert.ok(Math.abs(Number(a.speed) - 1.1) < 1e-9);
  // 4 s on a 2 s slot: beyond the window, trimmed at normal speed.
  assert.deepEqual(c.source_timerange, { start: 0, duration: 2_000_000 });
  assert.equal(c.speed, 1);
});

Deno.test("buildDraftContent: ids are uppercase UUIDs by default; bad durations refused", () => {
  const { json, draftId } = buildDraftContent({
    name: "x",
    video: { path: "/v.mp4", durationUs: 1_000_000, width: 2, height: 2, fps: 25, hasAudio: false },
    segments: [{
      id: "s",
      kind: "original",
      sourceStartUs: 0,
      durationUs: 1_000_000,
      subtitle: "",
    }],
  });
  assert.match(draftId, /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  assert.equal(json.id, draftId);
  assert.throws(
    () =>
      buildDraftContent({
        name: "x",
        video: { path: "/v.mp4", durationUs: 1, width: 2, height: 2, fps: 25, hasAudio: false },
        segments: [{ id: "s", kind: "original", sourceStartUs: 0, durationUs: 0.5, subtitle: "" }],
      }),
    /segment s/,
  );
});
