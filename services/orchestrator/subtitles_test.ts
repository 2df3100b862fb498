import assert from "node:assert/strict";
import { displayWidth, splitSubtitle, subtitleCues, utf16Length } from "./subtitles.ts";

Deno.test("splitSubtitle: breaks at punctuation, drops line-end commas and stops", () => {
  assert.deepEqual(
    splitSubtitle("今天我们来看一部电影，它讲述了一个关于勇气和友谊的故事。"),
    ["今天我们来看一部电影", "它讲述了一个关于勇气和友谊的故事"],
  );
  // Short clauses separated by pauses share a line; a sentence end always ends the line.
  assert.deepEqual(splitSubtitle("好的，我们走吧。下一站，北京！"), [
    "好的，我们走吧",
    "下一站，北京！",
  ]);
  assert.deepEqual(splitSubtitle("  "), []);
  assert.deepEqual(splitSubtitle("第一行\n第二行"), ["第一行", "第二行"]);
});

Deno.test("splitSubtitle: every line fits; long clauses are cut into near-equal pieces", () => {
  const text = "这是一个没有任何标点符号而且非常非常长的句子它需要被切成几段才能在屏幕上读得舒服";
  for (const max of [8, 12, 16, 20]) {
    const lines = splitSubtitle(text, { maxChars: max });
    assert.equal(lines.join(""), text);
    for (const l of lines) assert.ok(displayWidth(l) <= max, `${l} wider than ${max}`);
    const widths = lines.map(displayWidth);
    assert.ok(Math.max(...widths) - Math.min(...widths) <= 1, `unbalanced ${widths}`);
  }
});

Deno.test("splitSubtitle: Latin words stay whole, emoji and mixed scripts are measured", () => {
  const lines = splitSubtitle("Deno and TypeScript make subtitle splitting easy to test", {
    maxChars: 8,
  });
  for (const l of lines) {
    assert.ok(displayWidth(l) <= 8, l);
    assert.ok(!/^\s|\s$/.test(l), `untrimmed '${l}'`);
  }
  assert.equal(lines.join(" "), "Deno and TypeScript make subtitle splitting easy to test");
  const emoji = splitSubtitle("我们出发吧🚀🚀🚀，一起去看看外面的世界👨‍👩‍👧好不好？", { maxChars: 10 });
  for (const l of emoji) assert.ok(displayWidth(l) <= 10, l);
  assert.ok(emoji.join("").includes("👨‍👩‍👧"), "a grapheme cluster is never cut");
  assert.equal(displayWidth("ab中"), 2);
  assert.equal(utf16Length("字幕😀"), 4);
  // A line never starts with punctuation, even when a clause is cut.
  for (const l of splitSubtitle("啊".repeat(30) + "」。", { maxChars: 8 })) {
    assert.ok(!/^[」。]/.test(l), l);
  }
  assert.throws(() => splitSubtitle("x", { maxChars: 1 }), /maxChars.*current value is 1/);
});

Deno.test("subtitleCues: proportional to spoken characters, contiguous, inside the speech", () => {
  const cues = subtitleCues("第一句话。第二句话更长一点。", 3000);
  assert.deepEqual(cues, [
    { text: "第一句话", start_ms: 0, end_ms: 1000 },
    { text: "第二句话更长一点", start_ms: 1000, end_ms: 3000 },
  ]);
  const many = subtitleCues("一。".repeat(50), 20);
  assert.equal(many.length, 50);
  for (let i = 0; i < many.length; i++) {
    assert.ok(many[i].end_ms > many[i].start_ms);
    assert.ok(many[i].start_ms >= 0 && many[i].end_ms <= 20);
    if (i > 0) assert.equal(many[i].start_ms, many[i - 1].end_ms);
  }
  assert.throws(() => subtitleCues("x", 0), /durationMs/);
});

Deno.test("subtitleCues: word timings place each line at its first word", () => {
  const words = [
    { text: "今天", start_ms: 120, end_ms: 400 },
    { text: "天气", start_ms: 400, end_ms: 700 },
    { text: "很好", start_ms: 700, end_ms: 1000 },
    { text: "我们", start_ms: 1500, end_ms: 1800 },
    { text: "出去玩", start_ms: 1800, end_ms: 2300 },
  ];
  const cues = subtitleCues("今天天气很好。我们出去玩！", 2600, { words });
  assert.deepEqual(cues, [
    { text: "今天天气很好", start_ms: 120, end_ms: 1500 },
    { text: "我们出去玩！", start_ms: 1500, end_ms: 2300 },
  ]);
  // Words that do not spell the text (a provider that read digits aloud) fall back to characters.
  const fallback = subtitleCues("第1句。第二句。", 1000, {
    words: [{ text: "第一句", start_ms: 0, end_ms: 500 }],
  });
  assert.equal(fallback[0].start_ms, 0);
  assert.equal(fallback.at(-1)!.end_ms, 1000);
});
