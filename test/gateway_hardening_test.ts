// Gateway hardening against the real processes: a 50 MB chunked JSON body refused without
// buffering it (RSS measured), 100 slowloris connections closed, no internal address in 503s
// or /readyz, disk full on upload answered 507, a malformed filename* 400, and ?token= taken
// on /ws only.
import assert from "node:assert/strict";
import { join } from "node:path";
import { spawnGateway } from "./support/gateway.ts";
import { startStack } from "./support/stack.ts";
import { freePort } from "./support/spawn_service.ts";

const enc = new TextEncoder();

function rssKb(pid: number): number {
  const m = Deno.readTextFileSync(`/proc/${pid}/status`).match(/^VmRSS:\s+(\d+) kB/m);
  if (!m) throw new Error(`no VmRSS for ${pid}`);
  return Number(m[1]);
}

/** Reads from `conn` until EOF/reset (true) or `ms` pass (false). */
async function closedWithin(conn: Deno.Conn, ms: number): Promise<boolean> {
  const buf = new Uint8Array(4096);
  const deadline = Date.now() + ms;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) return false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const n = await Promise.race([
      conn.read(buf).catch(() => null),
      new Promise<"wait">((r) => (timer = setTimeout(() => r("wait"), left))),
    ]);
    clearTimeout(timer);
    if (n === "wait") return false;
    if (n === null) return true;
  }
}

const ADDRESS = /\b\d{1,3}(\.\d{1,3}){3}\b|:\d{4,5}\b|ECONNREFUSED|\[::1?\]/;

Deno.test("gateway hardening over real processes", async (t) => {
  // A dead TTS is reported after 1.5 s instead of the 30 s a restart is waited for.
  const stack = await startStack({ orchestratorEnv: { SACV_DEPENDENCY_WAIT_MS: "1500" } });
  const gw = await spawnGateway(stack.orchestrator.addr, {
    // A 4 MiB JSON limit: what the gateway holds is bounded by it, not by the body's size.
    SACV_JSON_MAX_BYTES: String(4 * 1024 * 1024),
    SACV_HTTP_HEADER_TIMEOUT_MS: "1500",
    SACV_HTTP_IDLE_TIMEOUT_MS: "4000",
    SACV_API_TOKEN: "s3cret",
  });
  const port = Number(new URL(gw.url).port);
  const auth = { authorization: "Bearer s3cret" };
  try {
    await t.step(
      "a 50 MB chunked JSON body gets 413 early; the gateway never holds it",
      async () => {
        const before = rssKb(gw.pid);
        const conn = await Deno.connect({ hostname: "127.0.0.1", port });
        await conn.write(enc.encode(
          "POST /api/projects HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer s3cret\r\n" +
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
        ));
        let answer = "";
        const reading = (async () => {
          const buf = new Uint8Array(4096);
          for (;;) {
            const n = await conn.read(buf).catch(() => null);
            if (n === null) return;
            answer += new TextDecoder().decode(buf.subarray(0, n));
          }
        })();
        const piece = enc.encode(`10000\r\n${" ".repeat(0x10000)}\r\n`);
        let sent = 0;
        try {
          while (sent < 50 * 1024 * 1024 && !answer) {
            // write() may take part of the buffer only; a short write would corrupt the framing.
            for (let at = 0; at < piece.length;) at += await conn.write(piece.subarray(at));
            sent += 0x10000;
          }
        } catch {
          // The gateway closed the connection after answering.
        }
        await Promise.race([reading, new Promise((r) => setTimeout(r, 10_000))]);
        conn.close();
        assert.match(answer, /^HTTP\/1\.1 413/, answer.slice(0, 200));
        assert.match(answer, /BODY_TOO_LARGE/);
        const growthMb = (rssKb(gw.pid) - before) / 1024;
        console.log(
          `  50 MB chunked body: ${(sent / 2 ** 20).toFixed(1)} MB sent before 413, RSS +${
            growthMb.toFixed(1)
          } MB`,
        );
        assert.ok(sent < 20 * 1024 * 1024, `stopped reading early (sent ${sent})`);
        assert.ok(growthMb < 32, `RSS grew ${growthMb.toFixed(1)} MB`);
      },
    );

    await t.step("100 slowloris connections are closed; the API keeps answering", async () => {
      const conns: Deno.Conn[] = [];
      for (let i = 0; i < 100; i++) {
        const c = await Deno.connect({ hostname: "127.0.0.1", port });
        await c.write(enc.encode(`GET /api/projects HTTP/1.1\r\nHost: x\r\nX-${i}: `));
        conns.push(c);
      }
      const t0 = Date.now();
      // Keep trickling one byte at a time, as slowloris does.
      const trickle = setInterval(() => {
        for (const c of conns) c.write(enc.encode("a")).catch(() => {});
      }, 300);
      try {
        const res = await fetch(`${gw.url}/api/projects`, { headers: auth });
        assert.equal(res.status, 200, "served during the attack");
        await res.body?.cancel();
        const closed = await Promise.all(conns.map((c) => closedWithin(c, 15_000)));
        assert.equal(closed.filter(Boolean).length, 100, "every slow connection closed");
        console.log(`  100 slowloris connections closed within ${Date.now() - t0} ms`);
      } finally {
        clearInterval(trickle);
        for (const c of conns) {
          try {
            c.close();
          } catch {
            // Closed by the gateway.
          }
        }
      }
    });

    await t.step("?token= authenticates /ws only", async () => {
      const q = await fetch(`${gw.url}/api/projects?token=s3cret`);
      assert.equal(q.status, 401);
      await q.body?.cancel();
      const anon = new WebSocket(`${gw.url.replace("http", "ws")}/ws`);
      const refused = await new Promise<boolean>((r) => {
        anon.onopen = () => r(false);
        anon.onerror = () => r(true);
      });
      assert.equal(refused, true, "a socket without ?token= is refused");
      const ws = new WebSocket(`${gw.url.replace("http", "ws")}/ws?token=s3cret`);
      const first = await new Promise<string>((r, j) => {
        ws.onmessage = (e) => r(String(e.data));
        ws.onerror = () => j(new Error("socket with ?token= refused"));
      });
      assert.match(first, /"heartbeat"/);
      ws.close();
    });

    await t.step("a bad script is 422 with index and bad_segments as numbers", async () => {
      const res = await fetch(`${gw.url}/api/projects`, {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({
          name: "bad",
          script: {
            segments: [
              { id: "a", start_time: 0, end_time: 1, text: "好" },
              { id: "b", start_time: 5, end_time: 2, text: "坏" },
              { id: "c", start_time: 3, end_time: 3, text: "也坏" },
            ],
          },
        }),
      });
      const j = await res.json();
      assert.equal(res.status, 422, JSON.stringify(j));
      assert.equal(typeof j.index, "number");
      assert.equal(j.index, 1);
      assert.deepEqual(j.bad_segments, [1, 2]);
    });

    await t.step("a malformed filename* is 400 naming it", async () => {
      const boundary = "b0undary";
      const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; ` +
        `filename*=UTF-8''%E4%B8%ZZ.mp4\r\n\r\nxx\r\n--${boundary}--\r\n`;
      const res = await fetch(`${gw.url}/api/uploads/video`, {
        method: "POST",
        headers: { ...auth, "content-type": `multipart/form-data; boundary=${boundary}` },
        body,
      });
      const j = await res.json();
      assert.equal(res.status, 400);
      assert.equal(j.code, "MALFORMED_MULTIPART");
      assert.equal(j.field, "filename*");
    });

    await t.step("503s and /readyz name the service, never an address", async () => {
      await stack.tts.stop();
      const ready = await fetch(`${gw.url}/readyz`);
      const body = await ready.text();
      assert.equal(ready.status, 503);
      assert.match(body, /tts unavailable/);
      assert.doesNotMatch(body, ADDRESS, body);
      const engines = await fetch(`${gw.url}/api/tts/engines`, { headers: auth });
      const e = await engines.json();
      assert.equal(engines.status, 503);
      assert.equal(e.detail, "tts unavailable");
      const nowhere = await spawnGateway(`127.0.0.1:${freePort()}`);
      try {
        const r = await fetch(`${nowhere.url}/readyz`);
        const text = await r.text();
        assert.equal(r.status, 503);
        assert.doesNotMatch(text, ADDRESS, text);
        const api = await fetch(`${nowhere.url}/api/projects`);
        const j = await api.json();
        assert.equal(api.status, 503);
        assert.equal(j.detail, "orchestrator unavailable");
      } finally {
        await nowhere.stop();
      }
    });
  } finally {
    await gw.stop();
    await stack.stop();
  }
});

async function sh(cmd: string[]): Promise<boolean> {
  const out = await new Deno.Command(cmd[0], { args: cmd.slice(1), stderr: "null", stdout: "null" })
    .output().catch(() => ({ success: false }));
  return out.success;
}

Deno.test("disk full while uploading answers 507 and leaves nothing half-written", async (t) => {
  const dir = await Deno.realPath(await Deno.makeTempDir({ prefix: "sacv-full-" }));
  const media = join(dir, "uploads");
  await Deno.mkdir(media);
  // A 2 MB tmpfs as the media root; needs root or passwordless sudo (CI runners have it).
  const mount = ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", media];
  const asRoot = Deno.uid() === 0;
  const mounted = await sh(asRoot ? mount : ["sudo", "-n", ...mount]);
  if (!mounted) {
    console.log("  skipped: cannot mount a tmpfs here (needs root or sudo -n)");
    await Deno.remove(dir, { recursive: true });
    return;
  }
  const stack = await startStack({ dataDir: dir });
  const gw = await spawnGateway(stack.orchestrator.addr);
  try {
    const big = new Uint8Array(3 * 1024 * 1024).map((_, i) => i % 251);
    await t.step("simple upload", async () => {
      const form = new FormData();
      form.append("file", new File([big], "大.mp4"));
      const res = await fetch(`${gw.url}/api/uploads/video`, { method: "POST", body: form });
      const j = await res.json();
      assert.equal(res.status, 507, JSON.stringify(j));
      assert.equal(j.code, "DISK_FULL");
      assert.match(j.detail, /disk space/);
    });
    await t.step("chunked upload: chunk and completion", async () => {
      const p = await (await fetch(`${gw.url}/api/projects`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "满" }),
      })).json();
      const chunk = async (
        i: number,
        bytes: Uint8Array<ArrayBuffer>,
        total: number,
        size: number,
      ) => {
        const form = new FormData();
        for (
          const [k, v] of [
            ["upload_id", total === 1 ? "u0" : "u1"],
            ["chunk_index", String(i)],
            ["total_chunks", String(total)],
            ["file_name", "a.mp4"],
            ["file_size", String(size)],
          ]
        ) {
          form.append(k, v);
        }
        form.append("chunk", new File([bytes], "a.mp4"));
        return await fetch(`${gw.url}/api/projects/${p.data.id}/upload/video/chunk`, {
          method: "POST",
          body: form,
        });
      };
      const whole = await chunk(0, big, 1, big.length);
      assert.equal(whole.status, 507);
      assert.equal((await whole.json()).code, "DISK_FULL");
      // Two chunks that fit (1.5 MB of 2), then joining them needs 1.5 MB more.
      const half = 768 * 1024;
      const data = big.subarray(0, 2 * half);
      for (const i of [0, 1]) {
        const r = await chunk(i, data.subarray(i * half, (i + 1) * half), 2, data.length);
        assert.equal(r.status, 200, `chunk ${i}`);
        await r.body?.cancel();
      }
      const done = await fetch(`${gw.url}/api/projects/${p.data.id}/upload/video/complete`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          upload_id: "u1",
          file_name: "a.mp4",
          file_size: data.length,
          total_chunks: 2,
        }),
      });
      const j = await done.json();
      assert.equal(done.status, 507, JSON.stringify(j));
      assert.equal(j.code, "DISK_FULL");
    });
    await t.step("no temp file left; every service still serving", async () => {
      const names = [...Deno.readDirSync(media)].map((e) => e.name);
      assert.deepEqual(names.filter((n) => n.startsWith(".upload_") || n.endsWith(".tmp")), []);
      const ready = await fetch(`${gw.url}/readyz`);
      assert.equal(ready.status, 200, await ready.text());
    });
  } finally {
    await gw.stop();
    await stack.stop();
    await sh(asRoot ? ["umount", media] : ["sudo", "-n", "umount", media]);
    await Deno.remove(dir, { recursive: true }).catch(() => {});
  }
});
