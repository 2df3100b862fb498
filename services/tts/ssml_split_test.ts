import assert from "node:assert/strict";
import { isSsml, splitSsml, ssmlText } from "./ssml_split.ts";

const len = (s: string) => Array.from(s).length;

/** Every piece fits, is balanced, and has no tag cut in two; content comes back whole. */
function check(text: string, maxChars: number): string[] {
  const pieces = splitSsml(text, { maxChars });
  for (const p of pieces) {
    assert.ok(len(p) <= maxChars, `${len(p)} > ${maxChars}: ${p}`);
    assert.ok(!/<[^>]*$/.test(p) && !/^[^<]*>/.test(p), `a tag is cut: ${p}`);
    const stack: string[] = [];
    for (const t of p.match(/<[^<>]*>/g) ?? []) {
      if (t.endsWith("/>")) continue;
      const name = t.match(/^<\/?([\w:.-]+)/)![1];
      if (t.startsWith("</")) assert.equal(stack.pop(), name, `unbalanced: ${p}`);
      else stack.push(name);
    }
    assert.deepEqual(stack, [], `unclosed: ${p}`);
  }
  assert.equal(pieces.map(ssmlText).join(""), ssmlText(text), "content kept in order");
  return pieces;
}

Deno.test("isSsml recognises a <speak> document only", () => {
  assert.ok(isSsml('  <speak version="1.0">hi</speak>'));
  assert.ok(isSsml("<speak>hi</speak>"));
  assert.ok(!isSsml("<speaker>hi</speaker>"));
  assert.ok(!isSsml("a <b> c"));
});

Deno.test("SSML that fits is one piece; text without tags is split as text", () => {
  assert.deepEqual(splitSsml("<speak>你好。</speak>", { maxChars: 50 }), ["<speak>你好。</speak>"]);
  assert.deepEqual(splitSsml("第一句。第二句。", { maxChars: 4 }), ["第一句。", "第二句。"]);
});

Deno.test("cuts fall at sentence ends between tags; open elements close and reopen", () => {
  const text = '<speak>第一句话。<break time="300ms"/>第二句话。第三句话。</speak>';
  const pieces = check(text, 45);
  assert.deepEqual(pieces, [
    "<speak>第一句话。</speak>",
    '<speak><break time="300ms"/>第二句话。</speak>',
    "<speak>第三句话。</speak>",
  ]);
  const nested =
    '<speak><prosody rate="fast">一二三四五。六七八九十。甲乙丙丁戊。</prosody>尾声。</speak>';
  const parts = check(nested, 60);
  assert.ok(parts.length >= 2);
  assert.equal(parts[0], '<speak><prosody rate="fast">一二三四五。六七八九十。</prosody></speak>');
  assert.ok(parts[1].startsWith('<speak><prosody rate="fast">甲乙丙丁戊。</prosody>'), parts[1]);
});

Deno.test("a closing tag stays with the sentence it closes", () => {
  const text = "<speak><s>First one.</s> <s>Second one.</s> <s>Third one.</s></speak>";
  const pieces = check(text, 40);
  assert.ok(pieces[0].includes("First one.</s>"), pieces[0]);
  assert.ok(!pieces[1].startsWith("<speak><s></s>"), pieces[1]);
});

Deno.test("long runs without punctuation still never cut a tag", () => {
  const text = `<speak>${'字<break time="1ms"/>'.repeat(40)}</speak>`;
  for (const max of [34, 47, 60]) check(text, max);
});

Deno.test("markup that cannot fit is refused naming the limit", () => {
  const text = `<speak><prosody pitch="${"x".repeat(60)}">字字字</prosody></speak>`;
  assert.throws(() => splitSsml(text + text, { maxChars: 40 }), /pieces of 40 characters/);
  assert.throws(() => splitSsml("<speak>a</speak>", { maxChars: 0 }), /maxChars/);
});
