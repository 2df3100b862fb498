// Health probes for the launcher and container health checks: gRPC grpc.health.v1 or HTTP GET.
// CLI: `deno run --allow-net --allow-env --allow-read --allow-sys tools/healthcheck.ts grpc 127.0.0.1:50051`
//      `deno run --allow-net tools/healthcheck.ts http http://127.0.0.1:8000/healthz`

/** True when the gRPC server at `addr` answers SERVING within `timeoutMs`. */
export async function grpcServing(addr: string, timeoutMs = 2_000): Promise<boolean> {
  // Imported here so the HTTP probe (the gateway's container check) needs only --allow-net.
  const { createClient, unary } = await import("../services/common/client.ts");
  const client = createClient("grpc.health.v1.Health", addr);
  try {
    const res = await unary<{ service: string }, { status: string }>(client, "Check", {
      service: "",
    }, { timeoutMs });
    return res.status === "SERVING";
  } catch {
    return false;
  } finally {
    client.close();
  }
}

/** True when `url` answers 2xx within `timeoutMs`. */
export async function httpOk(url: string, timeoutMs = 2_000): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}

if (import.meta.main) {
  const [kind, target] = Deno.args;
  if ((kind !== "grpc" && kind !== "http") || !target) {
    console.error("usage: healthcheck.ts grpc <host:port> | http <url>");
    Deno.exit(2);
  }
  const ok = kind === "grpc" ? await grpcServing(target) : await httpOk(target);
  Deno.exit(ok ? 0 : 1);
}
