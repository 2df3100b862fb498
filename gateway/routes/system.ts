// Concurrency config, TTS providers, liveness and readiness routes.
import type { Hono } from "hono";
import { ok, type RouteDeps } from "../envelope.ts";
import {
  type Body,
  CONCURRENCY_SCOPES,
  optionalBoolean,
  optionalNumber,
  readJsonBody,
  requireScope,
} from "../validate.ts";
import { HttpError } from "../errors.ts";
import type { ScopeConfigPatch } from "../types.ts";
import { SacvError } from "../../services/common/errors.ts";

/** Keys that old superAIAutoCutVideo configs send and that no longer mean anything. */
const LEGACY_KEYS = new Set(["allow_same_project_parallel"]);

function concurrencyPatch(body: Body): Record<string, ScopeConfigPatch> {
  const scopes: Record<string, ScopeConfigPatch> = {};
  for (const [key, value] of Object.entries(body)) {
    if (LEGACY_KEYS.has(key)) continue;
    const scope = requireScope(key, CONCURRENCY_SCOPES, key);
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw new HttpError(
        422,
        `'${scope}' must be an object like {"max_workers": 4}`,
        "INVALID_FIELD",
        {
          field: scope,
        },
      );
    }
    const v = value as Body;
    const patch: ScopeConfigPatch = {};
    const maxWorkers = optionalNumber(v, "max_workers", `${scope}.`, { integer: true, min: 1 });
    const override = optionalBoolean(v, "override", `${scope}.`);
    if (maxWorkers !== undefined) patch.max_workers = maxWorkers;
    if (override !== undefined) patch.override = override;
    scopes[scope] = patch;
  }
  return scopes;
}

/** Registers concurrency, TTS provider and health routes. */
export function registerSystemRoutes(app: Hono, { orchestrator, logger }: RouteDeps): void {
  app.get("/api/generate/concurrency", async (c) => ok(c, await orchestrator.getConcurrency()));

  app.put("/api/generate/concurrency", async (c) => {
    const patch = concurrencyPatch(await readJsonBody(c));
    return ok(c, await orchestrator.updateConcurrency(patch), "concurrency updated");
  });

  app.post("/api/generate/concurrency/resize", async (c) => {
    const body = await readJsonBody(c, true);
    const raw = body.scopes;
    let scopes: string[] = [];
    if (raw !== undefined && raw !== null) {
      if (!Array.isArray(raw)) {
        throw new HttpError(422, "'scopes' must be an array of scope names", "INVALID_FIELD", {
          field: "scopes",
        });
      }
      scopes = raw.map((s, i) => requireScope(s, CONCURRENCY_SCOPES, `scopes[${i}]`));
    }
    const resized = await orchestrator.resizeConcurrency(scopes);
    return ok(c, { scopes: resized }, "worker pools resized");
  });

  app.get("/api/tts/providers", async (c) => ok(c, await orchestrator.listTtsProviders()));

  app.get("/healthz", (c) => ok(c, { status: "ok" }, "alive"));

  app.get("/readyz", async (c) => {
    try {
      const res = await orchestrator.checkReady(AbortSignal.timeout(5_000));
      return ok(c, res, res.ready ? "ready" : "not ready", res.ready ? 200 : 503);
    } catch (err) {
      const detail = err instanceof SacvError ? `${err.status}: ${err.message}` : String(err);
      logger.warn("readiness check failed", { error: detail });
      const dependencies = [{ name: "orchestrator", ready: false, detail }];
      return ok(c, { ready: false, dependencies }, "not ready", 503);
    }
  });
}
