import assert from "node:assert/strict";
import { parseCommand, UsageError } from "./args.ts";
import { draftBody } from "./commands.ts";

Deno.test("parseCommand reads commands, flags and env defaults", () => {
  const c = parseCommand(["video", "p1", "--provider", "fake"], { SACV_API_TOKEN: "t" });
  assert.equal(c.name, "video");
  assert.deepEqual(c.positionals, ["p1"]);
  assert.equal(c.flags.provider, "fake");
  assert.equal(c.url, "http://127.0.0.1:8000");
  assert.equal(c.token, "t");
  const d = parseCommand(["--url", "http://h:1", "draft", "p2", "--draft-dir", "/tmp/d"]);
  assert.equal(d.url, "http://h:1");
  assert.equal(d.flags["draft-dir"], "/tmp/d");
  assert.deepEqual(parseCommand(["concurrency", "set", "tts=4", "generate_video=2"]).positionals, [
    "set",
    "tts=4",
    "generate_video=2",
  ]);
  assert.equal(parseCommand(["--help"]).name, "help");
});

Deno.test("parseCommand refuses usage mistakes with a clear message", () => {
  const bad: [string[], RegExp][] = [
    [[], /missing command/],
    [["frobnicate"], /unknown command 'frobnicate'/],
    [["video"], /needs a project id/],
    [["video", "p1", "--speed", "zero"], /--speed/],
    [["create", "--name", "x"], /--video/],
    [["cancel", "p1"], /--scope/],
    [["concurrency", "set", "tts"], /SCOPE=N/],
    [["concurrency", "reset"], /unknown concurrency action/],
    [["projects", "--bogus"], /bogus/],
    [["draft", "p1", "--editor", "premiere"], /--editor must be jianying or capcut/],
    [["draft", "p1", "--overflow", "cut"], /--overflow/],
    [["draft", "p1", "--max-tempo", "3"], /--max-tempo must be from 1 to 2/],
    [["draft", "p1", "--latest"], /--latest needs --out/],
  ];
  for (const [argv, re] of bad) {
    assert.throws(
      () => parseCommand(argv),
      (e: unknown) => e instanceof UsageError && re.test(e.message),
      argv.join(" "),
    );
  }
});

Deno.test("draft flags become the generate-jianying-draft body", () => {
  const c = parseCommand([
    "draft",
    "p1",
    "--editor",
    "capcut",
    "--overflow",
    "freeze",
    "--max-tempo",
    "1.3",
    "--editor-root",
    "C:/草稿",
    "--out",
    "/tmp/x",
  ]);
  assert.deepEqual(draftBody(c), {
    editor: "capcut",
    overflow: "freeze",
    max_tempo: 1.3,
    editor_drafts_root: "C:/草稿",
  });
  assert.equal(c.flags.out, "/tmp/x");
  assert.deepEqual(draftBody(parseCommand(["draft", "p1"])), {});
});
