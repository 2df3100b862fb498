import assert from "node:assert/strict";
import { SacvError } from "../common/errors.ts";
import { parseScript, parseTimestamp, validateAgainstDuration, validateScript } from "./script.ts";

function errorOf(fn: () => unknown): SacvError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof SacvError, `expected SacvError, got ${err}`);
    return err;
  }
  assert.fail("expected an error");
}

Deno.test("parseScript: canonical format with kinds and unknown keys kept", () => {
  const parsed = parseScript({
    version: 2,
    title: "demo",
    segments: [
      { id: "a", start_time: 0, end_time: 2.5, text: " 你好 ", mood: "calm" },
      { id: "b", start_time: 2.5, end_time: 4, text: "播放原片", tts_options: { fail: "X" } },
      { id: "c", start_time: 4, end_time: 6, text: "whatever", OST: 1 },
      {
        id: "d",
        start_time: "6",
        end_time: "8",
        text: "duck me",
        OST: 2,
        subtitle: "sub",
        tts: { voice: "v2", speed: "1.2", options: { latency_ms: 5 } },
      },
    ],
  });
  assert.deepEqual(parsed.segments.map((s) => s.kind), [
    "narration",
    "original",
    "original",
    "mixed",
  ]);
  assert.equal(parsed.segments[0].text, "你好");
  assert.deepEqual(parsed.segments[1].tts, { options: { fail: "X" } });
  assert.equal(parsed.segments[3].start, 6);
  assert.equal(parsed.segments[3].subtitle, "sub");
  assert.deepEqual(parsed.segments[3].tts, {
    voice: "v2",
    speed: 1.2,
    options: { latency_ms: "5" },
  });
  assert.deepEqual(parsed.segments.map((s) => s.index), [0, 1, 2, 3]);
  assert.equal(parsed.script.version, 2);
  assert.equal(parsed.script.title, "demo");
  const stored = parsed.script.segments as Record<string, unknown>[];
  assert.equal(stored[0].mood, "calm");
  assert.equal(stored[3].OST, 2);
});

Deno.test("parseScript: LLM-style items in a bare array", () => {
  const parsed = parseScript([
    { _id: 1, timestamp: "00:00:01,500-00:00:03,250", narration: "第一段", OST: 0 },
    { _id: 2, timestamp: "00:01:00,000-00:01:02,000", narration: "播放原片2", OST: 0 },
  ]);
  assert.equal(parsed.segments[0].id, "1");
  assert.equal(parsed.segments[0].start, 1.5);
  assert.equal(parsed.segments[0].end, 3.25);
  assert.equal(parsed.segments[0].text, "第一段");
  assert.equal(parsed.segments[1].start, 60);
  assert.equal(parsed.segments[1].kind, "original");
  const stored = parsed.script.segments as Record<string, unknown>[];
  assert.equal(stored[0].start_time, 1.5);
  assert.equal(stored[0].timestamp, undefined);
});

Deno.test("parseTimestamp: accepts dot millis and arrows, refuses garbage", () => {
  assert.deepEqual(parseTimestamp("00:00:02.5 --> 00:00:04.75"), { start: 2.5, end: 4.75 });
  assert.equal(parseTimestamp("2-4"), undefined);
  assert.equal(parseTimestamp("00:00:02,000"), undefined);
});

Deno.test("parseScript: every bad segment is named at once", () => {
  const err = errorOf(() =>
    parseScript({
      segments: [
        { id: "ok", start_time: 0, end_time: 1, text: "fine" },
        { id: "nan", start_time: "abc", end_time: 2, text: "x" },
        { id: "rev", start_time: 5, end_time: 3, text: "x" },
        { id: "neg", start_time: -1, end_time: 3, text: "x" },
        { _id: "ts", timestamp: "1s-2s", narration: "x" },
        { id: "empty", start_time: 1, end_time: 2, text: "  " },
        { id: "ok", start_time: 3, end_time: 4, text: "dup" },
        { id: "ost", start_time: 3, end_time: 4, text: "x", OST: 7 },
        { id: "tts", start_time: 3, end_time: 4, text: "x", tts: { speed: -1 }, tts_options: 3 },
      ],
    })
  );
  assert.equal(err.status, "INVALID_ARGUMENT");
  assert.equal(err.reason, "INVALID_SCRIPT");
  for (
    const needle of [
      'segments[1] (id "nan"): start_time',
      'segments[2] (id "rev"): end_time must be greater',
      'segments[3] (id "neg"): start_time must not be negative',
      'segments[4] (id "ts"): timestamp',
      'segments[5] (id "empty"): text narration text is empty',
      'segments[6] (id "ok"): id duplicates segments[0]',
      'segments[7] (id "ost"): OST must be 0, 1 or 2',
      'segments[8] (id "tts"): tts.speed must be a positive number',
      'segments[8] (id "tts"): tts_options must be an object',
    ]
  ) {
    assert.ok(err.message.includes(needle), `missing ${needle} in ${err.message}`);
  }
  assert.ok(err.message.startsWith("script has 8 bad segments"));
  assert.equal(err.details.bad_segments, "1,2,3,4,5,6,7,8");
});

Deno.test("parseScript: original segments may have empty text; structure errors are clear", () => {
  const parsed = parseScript({ segments: [{ id: "o", start_time: 0, end_time: 1, OST: 1 }] });
  assert.equal(parsed.segments[0].kind, "original");
  assert.match(errorOf(() => parseScript({ segments: [] })).message, /no segments/);
  assert.match(errorOf(() => parseScript(42)).message, /must be an object/);
  assert.match(errorOf(() => parseScript({ foo: 1 })).message, /segments must be an array/);
  assert.match(errorOf(() => parseScript([null])).message, /segments\[0\]: segment must be/);
  assert.match(
    errorOf(() => parseScript({ segments: [{ id: "m", start_time: 0, end_time: 1, OST: 2 }] }))
      .message,
    /id "m"\): text narration text is empty/,
  );
});

Deno.test("validateAgainstDuration: names every segment past the end, half-frame tolerance", () => {
  const parsed = parseScript({
    segments: [
      { id: "a", start_time: 0, end_time: 10.01, text: "x" },
      { id: "b", start_time: 9, end_time: 10.5, text: "x" },
      { id: "c", start_time: 11, end_time: 12, text: "x" },
    ],
  });
  const err = errorOf(() => validateAgainstDuration(parsed, 10, 25));
  assert.doesNotMatch(err.message, /"a"/);
  assert.match(err.message, /segments\[1\] \(id "b"\): end_time \(10.5\) is beyond/);
  assert.match(err.message, /segments\[2\] \(id "c"\): start_time \(11\) is beyond/);
  assert.equal(validateScript(parsed.script, 12).segments.length, 3);
});

Deno.test("validateScript: a segment shorter than one frame is bad, at the source's fps", () => {
  const script = {
    segments: [
      { id: "ok", start_time: 0, end_time: 0.04, text: "一帧" },
      { id: "short", start_time: 1, end_time: 1.039, text: "不到一帧" },
      { id: "tail", start_time: 9.99, end_time: 10.01, text: "尾" },
    ],
  };
  const err = errorOf(() => validateScript(script, 10, 25));
  assert.doesNotMatch(err.message, /"ok"/);
  assert.match(
    err.message,
    /segments\[1\] \(id "short"\): end_time makes the segment 0.039s long, shorter than one frame \(0.04s at 25 fps\)/,
  );
  // Clamped to the duration, the tail is 0.01 s: also shorter than a frame.
  assert.match(err.message, /segments\[2\] \(id "tail"\): end_time makes the segment 0.01s long/);
  // At 60 fps a frame is 16.7 ms, so 39 ms is long enough.
  assert.match(
    errorOf(() => validateScript(script, 10, 60)).message,
    /^script has 1 bad segment:.*"tail"/,
  );
});

Deno.test("validateScript: malformed and out-of-range segments are named in ONE error", () => {
  const err = errorOf(() =>
    validateScript(
      {
        segments: [
          { id: "段1", start_time: 3, end_time: 1, text: "反了" },
          { id: "ok", start_time: 0, end_time: 1, text: "好" },
          { id: "late", start_time: 20, end_time: 21, text: "太晚" },
          { id: "blink", start_time: 2, end_time: 2.01, text: "太短" },
          { id: "", start_time: 0, end_time: 1, text: "无名" },
        ],
      },
      10,
      25,
    )
  );
  assert.match(err.message, /^script has 4 bad segments: segments\[0\] \(id "段1"\)/);
  for (const id of ['"段1"', '"late"', '"blink"', 'id ""']) assert.ok(err.message.includes(id), id);
  assert.equal(err.details.bad_segments, "0,2,3,4");
  const detail = JSON.parse(String(err.details.detail_json));
  assert.deepEqual(detail.bad_segments, [0, 2, 3, 4]);
  assert.equal(detail.index, 0);
  assert.equal(detail.segment_id, "段1");
  assert.equal(detail.field, "segments[0].end_time");
  assert.deepEqual(detail.issues.map((i: { index: number }) => i.index), [0, 2, 3, 4]);
  assert.equal(typeof detail.issues[1].index, "number");
  // Metadata carries only ASCII: non-ASCII ids travel as \u escapes and parse back.
  assert.match(String(err.details.detail_json), /^[\x20-\x7e]*$/);
});
