// System RPCs: the concurrency settings (read, update, re-apply), the TTS providers on offer, and
// readiness (the database and every dependency).
import type * as grpc from "@grpc/grpc-js";
import type { Clients } from "./clients.ts";
import {
  type ConcurrencySettings,
  isConcurrencyScope,
  type ScopeConfigPatch,
  unknownScope,
} from "./concurrency.ts";
import { dependencyError } from "./dependency_error.ts";
import { CONCURRENCY_SCOPES } from "./recommend.ts";
import { isSet, type Req, type Rpc } from "./service_rpc.ts";

/** What these RPCs need. */
export interface SystemDeps {
  concurrency: ConcurrencySettings;
  clients: Pick<Clients, "tts" | "checkReady">;
  /** Re-applies the effective values of `scopes` (worker pools, TTS gate). */
  applyConcurrency(scopes: readonly string[]): void;
  /** Checks the database is usable (for CheckReady). */
  checkDatabase(): void;
}

/** Builds the system handlers over `deps`. */
export function systemHandlers(deps: SystemDeps, rpc: Rpc): grpc.UntypedServiceImplementation {
  return {
    GetConcurrency: rpc.unary("GetConcurrency", () => deps.concurrency.state()),
    UpdateConcurrency: rpc.unary("UpdateConcurrency", (req) => {
      const patch: Record<string, ScopeConfigPatch> = {};
      for (const [scope, raw] of Object.entries((req.scopes ?? {}) as Record<string, Req>)) {
        const p: ScopeConfigPatch = {};
        if (isSet(raw, "max_workers")) p.max_workers = Number(raw.max_workers);
        if (isSet(raw, "override")) p.override = Boolean(raw.override);
        patch[scope] = p;
      }
      return deps.concurrency.update(patch, { keepOverride: req.keep_override === true });
    }),
    ResizeConcurrency: rpc.unary("ResizeConcurrency", (req) => {
      const asked = (req.scopes ?? []) as string[];
      for (const s of asked) if (!isConcurrencyScope(s)) throw unknownScope(s);
      const scopes = asked.length ? asked : [...CONCURRENCY_SCOPES];
      deps.applyConcurrency(scopes);
      return { scopes };
    }),
    ListTtsProviders: rpc.unary(
      "ListTtsProviders",
      () => deps.clients.tts.listProviders().catch(dependencyError("tts")),
    ),
    CheckReady: rpc.unary("CheckReady", async () => {
      let self = { name: "orchestrator", ready: true, detail: "SERVING" };
      try {
        deps.checkDatabase();
      } catch (err) {
        self = {
          name: "orchestrator",
          ready: false,
          detail: `database: ${(err as Error).message}`,
        };
      }
      const dependencies = [self, ...(await deps.clients.checkReady())];
      return { ready: dependencies.every((d) => d.ready), dependencies };
    }),
  };
}
