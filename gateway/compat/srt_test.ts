import assert from "node:assert/strict";
import { formatSrt, parseSrt } from "./srt.ts";

Deno.test("SRT parses leniently (BOM, CRLF, dots, missing index) and round-trips", () => {
  const text = "\uFEFF1\r\n00:00:01,000 --> 00:00:02,500\r\n你好\r\n世界\r\n\r\n" +
    "00:00:03.2 --> 00:00:04,000\nsecond 🎬\n\nnot a cue\n";
  const segs = parseSrt(text);
  assert.deepEqual(segs, [
    { id: "1", start_time: 1, end_time: 2.5, text: "你好\n世界" },
    { id: "2", start_time: 3.2, end_time: 4, text: "second 🎬" },
  ]);
  assert.deepEqual(parseSrt(formatSrt(segs)), segs.map((s, i) => ({ ...s, id: String(i + 1) })));
  assert.deepEqual(parseSrt(""), []);
  assert.match(
    formatSrt([{ start_time: 3661.005, end_time: 3662, text: "x" }]),
    /01:01:01,005 --> 01:01:02,000/,
  );
});
