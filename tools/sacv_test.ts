import assert from "node:assert/strict";
import { main } from "./sacv.ts";

function unusedPort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  return port;
}

Deno.test("sacv exits 2 on usage errors and 1 when the gateway cannot be reached", async () => {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.join(" "));
  try {
    assert.equal(await main(["frobnicate"]), 2);
    assert.match(errors.join("\n"), /unknown command 'frobnicate'[\s\S]*usage:/);
    errors.length = 0;
    assert.equal(await main(["--url", `http://127.0.0.1:${unusedPort()}`, "projects"]), 1);
    assert.match(errors.join("\n"), /cannot reach the gateway/);
  } finally {
    console.error = original;
  }
});
