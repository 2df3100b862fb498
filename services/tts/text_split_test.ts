import assert from "node:assert/strict";
import { CHINESE_LIMIT, LATIN_LIMIT, splitText, tencentTextLimit } from "./text_split.ts";

const len = (s: string) => Array.from(s).length;

function checkPieces(text: string, maxChars: number): string[] {
  const pieces = splitText(text, { maxChars });
  assert.equal(pieces.join(""), text, "joining the pieces gives the text back");
  for (const p of pieces) {
    assert.ok(len(p) <= maxChars, `piece of ${len(p)} > ${maxChars}: ${p}`);
    assert.ok(len(p) > 0, "no empty pieces");
  }
  return pieces;
}

Deno.test("text that fits stays one piece; empty text gives none", () => {
  assert.deepEqual(splitText("你好，世界。", { maxChars: 150 }), ["你好，世界。"]);
  assert.deepEqual(splitText("x".repeat(150), { maxChars: 150 }), ["x".repeat(150)]);
  assert.deepEqual(splitText("", { maxChars: 10 }), []);
});

Deno.test("Chinese text is cut after the last sentence end that fits", () => {
  const text = "第一句话。第二句话！第三句话？第四句；第五句。";
  assert.deepEqual(checkPieces(text, 12), [
    "第一句话。第二句话！",
    "第三句话？第四句；",
    "第五句。",
  ]);
});

Deno.test("English text is cut after sentence punctuation followed by a space", () => {
  const text = "It costs 3.14 dollars. That is cheap! Is it? Yes; it is.";
  assert.deepEqual(checkPieces(text, 30), [
    "It costs 3.14 dollars. ",
    "That is cheap! Is it? Yes; ",
    "it is.",
  ]);
});

Deno.test("a decimal point or abbreviation inside a word is not a sentence end", () => {
  const pieces = checkPieces("Version 2.5.1 works fine now", 14);
  assert.deepEqual(pieces, ["Version 2.5.1 ", "works fine now"]);
});

Deno.test("closing quotes and brackets stay with their sentence", () => {
  assert.deepEqual(checkPieces("他说：“走吧。”然后走了。", 8), ["他说：“走吧。”", "然后走了。"]);
  assert.deepEqual(checkPieces('She said "go." Then left.', 16), ['She said "go." ', "Then left."]);
});

Deno.test("without sentence ends it cuts after a comma, then at a space, then hard", () => {
  assert.deepEqual(checkPieces("一二三，四五六七八九十", 6), ["一二三，", "四五六七八九", "十"]);
  assert.deepEqual(checkPieces("alpha beta gamma delta", 12), ["alpha beta ", "gamma delta"]);
  assert.deepEqual(checkPieces("abcdefghij", 4), ["abcd", "efgh", "ij"]);
});

Deno.test("characters outside the BMP are never cut in half", () => {
  const text = "𠀀𠀁𠀂😀😁😂";
  const pieces = checkPieces(text, 4);
  assert.deepEqual(pieces, ["𠀀𠀁𠀂😀", "😁😂"]);
});

Deno.test("long real-world texts split within Tencent's limits without loss", () => {
  const zh = "这是一个很长的解说文本，用来测试切分功能是否正确。".repeat(20) + "结尾没有标点";
  const zhPieces = checkPieces(zh, tencentTextLimit(zh));
  assert.equal(tencentTextLimit(zh), CHINESE_LIMIT);
  assert.ok(zhPieces.length >= Math.ceil(len(zh) / CHINESE_LIMIT));
  for (const p of zhPieces.slice(0, -1)) assert.ok(p.endsWith("。"), p);

  const en = "The quick brown fox jumps over the lazy dog, again and again. ".repeat(30);
  assert.equal(tencentTextLimit(en), LATIN_LIMIT);
  const enPieces = checkPieces(en, LATIN_LIMIT);
  assert.ok(enPieces.length >= Math.ceil(len(en) / LATIN_LIMIT));
  for (const p of enPieces.slice(0, -1)) assert.ok(p.endsWith(". "), JSON.stringify(p));
});

Deno.test("tencentTextLimit treats any CJK or full-width character as Chinese text", () => {
  assert.equal(tencentTextLimit("Hello, world. It's café time — right?"), LATIN_LIMIT);
  assert.equal(tencentTextLimit("Hello 世界"), CHINESE_LIMIT);
  assert.equal(tencentTextLimit("Hello！"), CHINESE_LIMIT);
  assert.equal(tencentTextLimit("こんにちは"), CHINESE_LIMIT);
});

Deno.test("randomised texts always rejoin exactly and respect the limit", () => {
  const alphabet = ["字", "词", "。", "，", "！", "a", "b", " ", ".", ",", "?", "”", "\n", "😀"];
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let n = 0; n < 300; n++) {
    const size = Math.floor(rand() * 400);
    const text = Array.from({ length: size }, () => alphabet[Math.floor(rand() * alphabet.length)])
      .join("");
    checkPieces(text, 1 + Math.floor(rand() * 60));
  }
});

Deno.test("splitText rejects a non-positive maxChars naming it", () => {
  assert.throws(
    () => splitText("abc", { maxChars: 0 }),
    new RangeError(
      "Cannot split text as 'maxChars' must be a positive integer: current value is 0",
    ),
  );
});
