import assert from "node:assert/strict";
import { cleanCueText, formatSrt, outputCues, srtTime } from "./srt.ts";

Deno.test("srtTime: hours, minutes, seconds and milliseconds, never negative", () => {
  assert.equal(srtTime(0), "00:00:00,000");
  assert.equal(srtTime(3_723_456.4), "01:02:03,456");
  assert.equal(srtTime(-5), "00:00:00,000");
  assert.equal(srtTime(59_999.6), "00:01:00,000");
});

Deno.test("outputCues: placed at the slot, word timings divided by the tempo, trimmed speech dropped", () => {
  const words = [
    { text: "第一句", start_ms: 200, end_ms: 1000 },
    { text: "第二句", start_ms: 1400, end_ms: 2200 },
  ];
  const cues = outputCues([
    { text: "", outputStart: 0, outputEnd: 2 },
    {
      text: "第一句。第二句。",
      outputStart: 2,
      outputEnd: 4,
      narration: { duration: 2.2, tempo: 1.1, words, text: "第一句。第二句。" },
    },
    // Trimmed: the narration is 3 s but the slot 1 s; the second line would start past its end.
    {
      text: "开头。后面被剪掉了。",
      outputStart: 4,
      outputEnd: 5,
      narration: {
        duration: 3,
        tempo: 1,
        words: [
          { text: "开头", start_ms: 0, end_ms: 800 },
          { text: "后面被剪掉了", start_ms: 1500, end_ms: 3000 },
        ],
        text: "开头。后面被剪掉了。",
      },
    },
  ]);
  assert.deepEqual(cues.map((c) => c.text), ["第一句", "第二句", "开头"]);
  const near = (a: number, b: number) => assert.ok(Math.abs(a - b) < 0.01, `${a} vs ${b}`);
  near(cues[0].start_ms, 2000 + 200 / 1.1);
  near(cues[1].start_ms, 2000 + 1400 / 1.1);
  near(cues[1].end_ms, 2000 + 2200 / 1.1);
  // Cut at the slot's end.
  near(cues[2].start_ms, 4000);
  near(cues[2].end_ms, 5000);
});

Deno.test("outputCues: without word timings the lines share the spoken time by characters", () => {
  const cues = outputCues([{
    text: "一二三。四五六七八九。",
    outputStart: 10,
    outputEnd: 14,
    narration: { duration: 3, tempo: 1, text: "一二三。四五六七八九。" },
  }, { text: "原声字幕", outputStart: 14, outputEnd: 16 }]);
  assert.deepEqual(cues.map((c) => [c.text, Math.round(c.start_ms), Math.round(c.end_ms)]), [
    ["一二三", 10000, 11000],
    ["四五六七八九", 11000, 13000],
    ["原声字幕", 14000, 16000],
  ]);
});

Deno.test("cleanCueText and formatSrt: control characters never break the file", () => {
  assert.equal(cleanCueText("a\u0000b\u0007\r\n\nc\u202e d\u0085"), "ab c d");
  assert.equal(cleanCueText("\ud800孤"), "孤");
  const srt = formatSrt([
    { text: "你好🌏世界", start_ms: 0, end_ms: 1234 },
    { text: "\n\n\u0001", start_ms: 1234, end_ms: 2000 },
    { text: "第二\n\n行", start_ms: 2000, end_ms: 3000 },
  ]);
  assert.equal(
    srt,
    "1\n00:00:00,000 --> 00:00:01,234\n你好🌏世界\n\n2\n00:00:02,000 --> 00:00:03,000\n第二 行\n",
  );
});
