// End to end against four real processes: concurrency applied live, bad inputs answered
// clearly with nothing written outside the media root, bearer auth on HTTP and WebSocket.
import assert from "node:assert/strict";
import { join } from "node:path";
import { spawnGateway, startGatewayStack } from "./support/gateway.ts";
import { makeVideo } from "./support/media_fixtures.ts";
import { unary } from "../services/common/client.ts";
import { GatewayClient, GatewayError } from "../tools/cli/client.ts";
import { parseCommand } from "../tools/cli/args.ts";
import { runCommand } from "../tools/cli/commands.ts";

async function until(cond: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function fails(p: Promise<unknown>): Promise<GatewayError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof GatewayError) return err;
    throw err;
  }
  throw new Error("expected the gateway to refuse the request");
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for await (const e of Deno.readDir(dir)) {
    const p = join(dir, e.name);
    if (e.isDirectory) out.push(...await walk(p));
    else out.push(p);
  }
  return out;
}

Deno.test("e2e: concurrency live, bad inputs, auth", async (t) => {
  const s = await startGatewayStack();
  const { api, stack } = s;
  const tmp = await Deno.makeTempDir({ prefix: "sacv-e2e-control-" });
  try {
    await t.step("PUT concurrency reaches the TTS gates; resize; CLI set", async () => {
      const before = await api.get<
        { config: Record<string, unknown>; effective: Record<string, unknown> }
      >(
        "/api/generate/concurrency",
      );
      for (const scope of ["generate_video", "generate_jianying_draft", "tts"]) {
        assert.ok(before.config[scope] && before.effective[scope], scope);
      }
      const res = await api.request<
        { effective: Record<string, { max_workers: number; source: string }> }
      >(
        "PUT",
        "/api/generate/concurrency",
        { tts: { max_workers: 3, override: true } },
      );
      assert.deepEqual(res.data.effective.tts, { max_workers: 3, source: "user" });
      const limit = async () =>
        (await unary<unknown, { global_limit: number }>(stack.ttsClient, "GetLimits", {}))
          .global_limit;
      await until(async () => (await limit()) === 3, "TTS global limit 3");
      const lines: string[] = [];
      const out = { line: (l: string) => lines.push(l), write: () => {} };
      const code = await runCommand(
        parseCommand(["--url", s.gateway.url, "concurrency", "set", "tts=2"]),
        out,
      );
      assert.equal(code, 0);
      assert.ok(lines.some((l) => /^tts\s+2\s+\(user\)/.test(l)), lines.join("\n"));
      await until(async () => (await limit()) === 2, "TTS global limit 2");
      assert.deepEqual(
        await api.post("/api/generate/concurrency/resize", { scopes: ["generate_video"] }),
        { scopes: ["generate_video"] },
      );
      const providers = await api.get<{ providers: { name: string; limit: number }[] }>(
        "/api/tts/providers",
      );
      const fake = providers.providers.find((p) => p.name === "fake");
      assert.ok(fake && fake.limit >= 1, JSON.stringify(providers));
      const unknown = await fails(api.post("/api/generate/concurrency/resize", { scopes: ["x"] }));
      assert.equal(unknown.status, 400);
      const badType = await fails(
        api.request("PUT", "/api/generate/concurrency", { tts: { max_workers: "2" } }),
      );
      assert.equal(badType.status, 422);
      assert.equal(badType.body.field, "tts.max_workers");
    });

    await t.step(
      "bad inputs get clear errors and nothing lands outside the media root",
      async () => {
        const malformed = await fetch(`${s.gateway.url}/api/projects`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: "{not json",
        });
        assert.equal(malformed.status, 400);
        assert.equal((await malformed.json()).code, "MALFORMED_JSON");

        const missing = await fails(
          api.post("/api/projects", { name: "x", video_path: "nope.mp4" }),
        );
        assert.equal(missing.status, 404);
        for (const bad of ["../../etc/passwd", "/etc/passwd"]) {
          const e = await fails(api.post("/api/projects", { name: "x", video_path: bad }));
          assert.ok(e.status >= 400 && e.status < 500, `${bad}: ${e.status}`);
          assert.match(e.message, /video_path|media root|outside|not found/i);
        }
        await makeVideo(`${tmp}/clip.mp4`, { duration: 2 });
        const form = new FormData();
        form.append("file", new File([await Deno.readFile(`${tmp}/clip.mp4`)], "../../evil.mp4"));
        const upRes = await fetch(`${s.gateway.url}/api/uploads/video`, {
          method: "POST",
          body: form,
        });
        const up = (await upRes.json()).data as { video_path: string };
        assert.ok(!up.video_path.includes(".."), up.video_path);
        const notVideo = new FormData();
        notVideo.append("file", new File(["hello"], "notes.txt"));
        const nv = await fetch(`${s.gateway.url}/api/uploads/video`, {
          method: "POST",
          body: notVideo,
        });
        assert.equal(nv.status, 422);
        await nv.body?.cancel();

        const badTimes = await fails(api.post("/api/projects", {
          name: "x",
          video_path: up.video_path,
          script: {
            segments: [
              { id: "ok", start_time: 0, end_time: 1, text: "好" },
              { id: "bad-seg", start_time: 1.5, end_time: 1, text: "坏" },
            ],
          },
        }));
        assert.ok(badTimes.status === 422 || badTimes.status === 400);
        assert.match(badTimes.message, /bad-seg/);
        const p = await api.post<{ id: string }>("/api/projects", {
          name: "x",
          video_path: up.video_path,
        });
        const badScript = await fails(api.post(`/api/projects/${p.id}/script`, {
          script: { segments: [{ id: "s1", start_time: "zero", end_time: 1, text: "x" }] },
        }));
        assert.equal(badScript.status, 422);
        assert.match(badScript.message, /s1|segments\[0\]/);
        const unknownProject = await fails(api.post("/api/projects/nope/generate-video"));
        assert.equal(unknownProject.status, 404);
        const badScope = await fails(
          api.post(`/api/projects/${p.id}/tasks/cancel`, { scope: "render" }),
        );
        assert.equal(badScope.status, 400);

        // Everything the stack wrote lives in its data dir, uploads under the media root.
        await assert.rejects(Deno.stat(join(stack.dataDir, "..", "evil.mp4")));
        for (const f of await walk(stack.dataDir)) {
          const rel = f.slice(stack.dataDir.length + 1);
          assert.ok(rel.startsWith("uploads/") || !/\.(mp4|mov|mkv)$/.test(rel), rel);
        }
      },
    );

    await t.step("a token-protected gateway refuses anonymous HTTP and WebSocket", async () => {
      const guarded = await spawnGateway(stack.orchestrator.addr, { SACV_API_TOKEN: "e2e-token" });
      try {
        const anon = new GatewayClient(guarded.url);
        assert.equal((await fails(anon.get("/api/projects"))).status, 401);
        const authed = new GatewayClient(guarded.url, "e2e-token");
        assert.ok(Array.isArray(await authed.get("/api/projects")));
        const health = await fetch(`${guarded.url}/healthz`);
        assert.equal(health.status, 200);
        await health.body?.cancel();
        const sub = authed.watch(undefined, () => {});
        await sub.ready;
        sub.close();
        const denied = anon.watch(undefined, () => {});
        await assert.rejects(denied.ready);
        const ready = await authed.request<{ ready: boolean; dependencies: { name: string }[] }>(
          "GET",
          "/readyz",
        );
        assert.equal(ready.data.ready, true);
        const names = ready.data.dependencies.map((d) => d.name);
        for (const n of ["tts", "media"]) assert.ok(names.some((x) => x.includes(n)), names.join());
      } finally {
        assert.equal(await guarded.stop(), 0);
      }
    });
  } finally {
    await s.stop();
    await Deno.remove(tmp, { recursive: true });
  }
});
