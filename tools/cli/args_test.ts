import assert from "node:assert/strict";
import { parseCommand, UsageError } from "./args.ts";

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
  ];
  for (const [argv, re] of bad) {
    assert.throws(
      () => parseCommand(argv),
      (e: unknown) => e instanceof UsageError && re.test(e.message),
      argv.join(" "),
    );
  }
});
