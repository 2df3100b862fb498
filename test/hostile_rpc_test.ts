// Hostile input through every RPC of every service (real processes): each string field of each
// request, at any depth, gets Chinese, emoji, control characters, NUL, lone surrogates, path
// tricks and 10 KB strings; numbers get extremes. Every call must end with a gRPC status (never
// a dropped connection), and every service must still be serving, with no uncaught errors.
import assert from "node:assert/strict";
import type * as grpc from "@grpc/grpc-js";
import { type AnyClient, createClient, unary } from "../services/common/client.ts";
import { fromGrpcError, SacvError } from "../services/common/errors.ts";
import { packageDefinition, type ServiceName } from "../services/common/proto.ts";
import { type Stack, startStack } from "./support/stack.ts";

const HOSTILE_STRINGS = [
  "段1 中文",
  "emoji 🎬😀👨‍👩‍👧",
  "ctl \u0001\u0007\u001b[31m\u007f\r\n\t",
  "nul \0 inside",
  "lone \ud800 surrogate",
  "../../../../etc/passwd",
  "/etc/passwd",
  "x".repeat(10_240),
  "长".repeat(10_240),
];

type Mode = { text: string; numbers: "plain" | "extreme" };
type Descriptor = {
  name: string;
  field: { name: string; label: string; type: string; typeName: string }[];
  nestedType: Descriptor[];
  options?: { mapEntry?: boolean } | null;
};

const defs = packageDefinition() as unknown as Record<string, { type?: Descriptor }>;

function numberFor(type: string, mode: Mode): number {
  if (mode.numbers === "plain") return 1;
  switch (type) {
    case "TYPE_DOUBLE":
    case "TYPE_FLOAT":
      return Number.NaN;
    case "TYPE_INT32":
    case "TYPE_SINT32":
      return -2_147_483_648;
    case "TYPE_UINT32":
      return 4_294_967_295;
    default:
      return Number.MAX_SAFE_INTEGER;
  }
}

function resolveType(name: string, scope: Descriptor): Descriptor | undefined {
  const nested = scope.nestedType.find((n) => n.name === name);
  if (nested) return nested;
  const full = name.replace(/^\./, "");
  if (defs[full]?.type) return defs[full].type;
  const key = Object.keys(defs).find((k) => k.endsWith(`.${full}`) && defs[k].type);
  return key ? defs[key].type : undefined;
}

/** A request with every field set to a hostile value (recursing into messages and maps). */
function hostileMessage(type: Descriptor, mode: Mode, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of type.field) {
    let value: unknown;
    if (f.type === "TYPE_MESSAGE") {
      const sub = resolveType(f.typeName, type);
      if (!sub || depth > 3) continue;
      if (sub.options?.mapEntry) {
        const valueField = sub.field.find((x) => x.name === "value")!;
        const v = valueField.type === "TYPE_STRING"
          ? mode.text
          : valueField.type === "TYPE_MESSAGE"
          ? hostileMessage(resolveType(valueField.typeName, sub) ?? sub, mode, depth + 1)
          : numberFor(valueField.type, mode);
        out[f.name] = { [mode.text]: v, "": v };
        continue;
      }
      value = hostileMessage(sub, mode, depth + 1);
    } else if (f.type === "TYPE_STRING") value = mode.text;
    else if (f.type === "TYPE_BOOL") value = true;
    else if (f.type === "TYPE_BYTES") value = new TextEncoder().encode(mode.text.slice(0, 64));
    else if (f.type === "TYPE_ENUM") continue;
    else value = numberFor(f.type, mode);
    out[f.name] = f.label === "LABEL_REPEATED" ? [value, value] : value;
  }
  return out;
}

interface MethodDef {
  path: string;
  requestStream: boolean;
  responseStream: boolean;
  requestType: { type: Descriptor };
}

/** Ends one call of any kind and returns its outcome: "ok" or the gRPC status name. */
function callAny(client: AnyClient, name: string, def: MethodDef, req: unknown): Promise<string> {
  const settle = (p: Promise<unknown>) =>
    p.then(() => "ok", (err) => {
      const e = err instanceof SacvError ? err : fromGrpcError(err);
      return e.status;
    });
  if (!def.requestStream && !def.responseStream) {
    return settle(unary(client, name, req, { timeoutMs: 20_000 }));
  }
  return settle(
    new Promise<void>((resolve, reject) => {
      const fn = client[name] as (...args: unknown[]) => grpc.ClientDuplexStream<unknown, unknown>;
      const deadline = { deadline: Date.now() + 20_000 };
      let call: grpc.ClientDuplexStream<unknown, unknown> & { cancel(): void };
      if (def.requestStream && !def.responseStream) {
        call = fn.call(
          client,
          deadline,
          (err: unknown) => (err ? reject(err) : resolve()),
        ) as never;
      } else if (def.requestStream) call = fn.call(client, deadline) as never;
      else call = fn.call(client, req, deadline) as never;
      if (def.requestStream) {
        for (let i = 0; i < 3; i++) call.write(req);
        call.end();
      }
      if (def.responseStream) {
        // Endless streams (WatchEvents) are cut after a moment: what matters is the server.
        const timer = setTimeout(() => {
          call.cancel();
          resolve();
        }, 1_500);
        call.on("data", () => {});
        call.on("end", () => {
          clearTimeout(timer);
          resolve();
        });
        call.on("error", (err: unknown) => {
          clearTimeout(timer);
          const e = fromGrpcError(err);
          if (e.status === "CANCELLED") resolve();
          else reject(err);
        });
      }
    }),
  );
}

const SERVICES: { name: ServiceName; client: (s: Stack) => AnyClient }[] = [
  { name: "sacv.tts.v1.TtsService", client: (s) => s.ttsClient },
  { name: "sacv.media.v1.MediaService", client: (s) => s.mediaClient },
  { name: "sacv.orchestrator.v1.OrchestratorService", client: (s) => s.client },
];

async function assertAllServing(stack: Stack) {
  for (const svc of [stack.tts, stack.media, stack.orchestrator]) {
    const health = createClient("grpc.health.v1.Health", svc.addr);
    try {
      const res = await unary<unknown, { status: string }>(health, "Check", { service: "" }, {
        timeoutMs: 5_000,
      });
      assert.equal(res.status, "SERVING", `${svc.addr} serving`);
    } finally {
      health.close();
    }
    const uncaught = svc.stderr().split("\n").filter((l) =>
      l.includes('"msg":"uncaught"') || l.includes("handler failed outside")
    );
    assert.deepEqual(uncaught.map((l) => l.slice(0, 400)), [], `${svc.addr}: no escaped errors`);
  }
}

Deno.test("every RPC of every service survives hostile strings and numbers", async () => {
  const stack = await startStack();
  const outcomes = new Map<string, Set<string>>();
  try {
    for (const { name, client } of SERVICES) {
      const methods = defs[name] as unknown as Record<string, MethodDef>;
      for (const [method, def] of Object.entries(methods)) {
        for (const text of HOSTILE_STRINGS) {
          for (const numbers of ["plain", "extreme"] as const) {
            const req = hostileMessage(def.requestType.type, { text, numbers });
            const outcome = await callAny(client(stack), method, def, req);
            const key = `${name.split(".").pop()}.${method}`;
            outcomes.set(key, (outcomes.get(key) ?? new Set()).add(outcome));
          }
        }
      }
    }
    // A dropped connection (UNAVAILABLE) or an unexplained failure (INTERNAL/UNKNOWN) means
    // a service did not handle the input.
    const bad = [...outcomes].filter(([, set]) =>
      [...set].some((o) => ["UNAVAILABLE", "INTERNAL", "UNKNOWN"].includes(o))
    ).map(([k, set]) => `${k}: ${[...set].join(",")}`);
    assert.deepEqual(bad, [], "every call ends with a deliberate status");
    assert.ok(outcomes.size >= 25, `covered ${outcomes.size} methods`);
    await assertAllServing(stack);
  } finally {
    await stack.stop();
  }
});

Deno.test("with SACV_INTERNAL_TOKEN every service refuses callers without it, and a job still runs", async () => {
  const token = "内部-token-🎫";
  const stack = await startStack({ env: { SACV_INTERNAL_TOKEN: token } });
  try {
    for (const { name, client } of SERVICES) {
      const addr = (client(stack) as grpc.Client).getChannel().getTarget().replace(/^dns:/, "");
      const anonymous = createClient(name, addr, {}, { internalToken: "" });
      try {
        const method = name.endsWith("TtsService")
          ? "GetLimits"
          : name.endsWith("MediaService")
          ? "Probe"
          : "ListProjects";
        await assert.rejects(
          unary(anonymous, method, { path: "x.mp4" }, { timeoutMs: 5_000 }),
          (err: unknown) => err instanceof SacvError && err.status === "UNAUTHENTICATED",
          `${name} refuses a call without the token`,
        );
      } finally {
        anonymous.close();
      }
    }
    // The orchestrator itself reaches TTS with the token: its limits query goes through.
    const providers = await stack.call<{ providers: unknown[] }>("ListTtsProviders", {});
    assert.ok(providers.providers.length > 0);
    await assertAllServing(stack);
  } finally {
    await stack.stop();
  }
});
