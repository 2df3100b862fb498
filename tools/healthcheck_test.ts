import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { serve } from "../services/common/server.ts";
import { createLogger } from "../services/common/log.ts";

const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));

/** Runs the probe as the container health checks do, with the same permissions. */
async function probe(args: string[], flags: string[]): Promise<number> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", ...flags, "tools/healthcheck.ts", ...args],
    cwd: REPO_ROOT,
    env: { NO_COLOR: "1" },
    stdout: "null",
    stderr: "null",
  }).output();
  return out.code;
}

const GRPC_FLAGS = ["--allow-net", "--allow-env", "--allow-read", "--allow-sys"];

Deno.test("healthcheck CLI: gRPC SERVING is 0, a stopped server is 1, bad usage is 2", async () => {
  const running = await serve("127.0.0.1:0", {
    services: [],
    logger: createLogger("test", { sink: () => {} }),
  });
  const addr = `127.0.0.1:${running.port}`;
  try {
    assert.equal(await probe(["grpc", addr], GRPC_FLAGS), 0);
    running.setHealth("NOT_SERVING");
    assert.equal(await probe(["grpc", addr], GRPC_FLAGS), 1);
  } finally {
    await running.shutdown(500);
  }
  assert.equal(await probe(["grpc", addr], GRPC_FLAGS), 1);
  assert.equal(await probe(["tcp", addr], GRPC_FLAGS), 2);
});

Deno.test("healthcheck CLI: HTTP 2xx is 0, anything else 1", async () => {
  const server = Deno.serve(
    { port: 0, hostname: "127.0.0.1", onListen: () => {} },
    (req) => new Response("x", { status: new URL(req.url).pathname === "/healthz" ? 200 : 503 }),
  );
  const base = `http://127.0.0.1:${server.addr.port}`;
  try {
    assert.equal(await probe(["http", `${base}/healthz`], ["--allow-net"]), 0);
    assert.equal(await probe(["http", `${base}/other`], ["--allow-net"]), 1);
  } finally {
    await server.shutdown();
  }
});
