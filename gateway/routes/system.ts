// Concurrency config, TTS providers, liveness and readiness routes.
import { createRoute } from "@hono/zod-openapi";
import { type App, ok, type RouteDeps } from "../envelope.ts";
import { jsonBody } from "../body.ts";
import { envelope, errors, json, z } from "../openapi.ts";
import { Concurrency, CONCURRENCY_SCOPES } from "../schemas.ts";
import type { ScopeConfigPatch } from "../types.ts";
import { SacvError } from "../../services/common/errors.ts";

const TAG = "system";

const ScopePatch = z.object({
  max_workers: z.number().int().min(1).optional(),
  override: z.boolean().optional().openapi({
    description: "use max_workers instead of the env/recommended value; unchanged when absent",
  }),
});

const PutBody = z.object({
  generate_video: ScopePatch.optional(),
  generate_jianying_draft: ScopePatch.optional(),
  tts: ScopePatch.optional(),
  allow_same_project_parallel: z.unknown().optional().openapi({
    description: "accepted and ignored (projects are always de-duplicated per scope)",
  }),
}).strict().openapi("ConcurrencyPatch");

const Dependency = z.object({ name: z.string(), ready: z.boolean(), detail: z.string() });
const Ready = z.object({ ready: z.boolean(), dependencies: z.array(Dependency) });

const Providers = z.object({
  providers: z.array(z.object({ name: z.string() }).catchall(z.unknown())),
  default_provider: z.string(),
}).openapi("TtsProviders");

/** Registers concurrency, TTS provider and health routes. */
export function registerSystemRoutes(app: App, deps: RouteDeps): void {
  const { orchestrator, logger } = deps;

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/generate/concurrency",
      tags: [TAG],
      summary: "Concurrency config and the values in force",
      responses: { 200: json(envelope(Concurrency)) },
    }),
    async (c) => ok(c, await orchestrator.getConcurrency()),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/generate/concurrency",
      tags: [TAG],
      summary: "Change concurrency live (pools resize, TTS gates change)",
      description: "A scope given `max_workers` without `override` keeps its override flag.",
      middleware: [jsonBody({ maxBytes: deps.jsonMaxBytes })],
      request: { body: { content: { "application/json": { schema: PutBody } }, required: true } },
      responses: { 200: json(envelope(Concurrency)), ...errors(400, 413, 415, 422) },
    }),
    async (c) => {
      const b = c.req.valid("json");
      const patch: Record<string, ScopeConfigPatch> = {};
      for (const scope of CONCURRENCY_SCOPES) {
        const p = b[scope];
        if (!p) continue;
        patch[scope] = {};
        if (p.max_workers !== undefined) patch[scope].max_workers = p.max_workers;
        if (p.override !== undefined) patch[scope].override = p.override;
      }
      return ok(c, await orchestrator.updateConcurrency(patch, true), "concurrency updated");
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/generate/concurrency/resize",
      tags: [TAG],
      summary: "Re-apply the values in force to the worker pools and TTS gates",
      middleware: [jsonBody({ optional: true, maxBytes: deps.jsonMaxBytes })],
      request: {
        body: {
          content: {
            "application/json": {
              schema: z.object({ scopes: z.array(z.enum(CONCURRENCY_SCOPES)).nullish() }),
            },
          },
        },
      },
      responses: {
        200: json(envelope(z.object({ scopes: z.array(z.string()) }))),
        ...errors(400, 413, 415, 422),
      },
    }),
    async (c) => {
      const scopes = await orchestrator.resizeConcurrency(c.req.valid("json").scopes ?? []);
      return ok(c, { scopes }, "worker pools resized");
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/tts/providers",
      tags: [TAG],
      summary: "TTS providers with their limits, in-flight counts and voices",
      responses: { 200: json(envelope(Providers)), ...errors(503) },
    }),
    async (c) => ok(c, await orchestrator.listTtsProviders()),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/healthz",
      tags: [TAG],
      summary: "Liveness (no token needed)",
      responses: { 200: json(envelope(z.object({ status: z.literal("ok") }))) },
    }),
    (c) => ok(c, { status: "ok" as const }, "alive"),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/readyz",
      tags: [TAG],
      summary: "Readiness of the orchestrator, TTS and media (no token needed)",
      description: "Names each service and whether it is ready; never internal addresses.",
      responses: {
        200: json(envelope(Ready), "every service is ready"),
        503: json(envelope(Ready), "a service is not ready"),
      },
    }),
    async (c) => {
      let res: z.infer<typeof Ready>;
      try {
        const got = await orchestrator.checkReady(AbortSignal.timeout(5_000));
        for (const d of got.dependencies) {
          if (!d.ready) logger.warn("dependency not ready", { name: d.name, detail: d.detail });
        }
        // The detail a dependency reports may hold addresses (ECONNREFUSED host:port): logged only.
        res = {
          ready: got.ready,
          dependencies: got.dependencies.map((d) => ({
            name: d.name,
            ready: d.ready,
            detail: d.ready ? "ready" : `${d.name} unavailable`,
          })),
        };
      } catch (err) {
        const detail = err instanceof SacvError ? `${err.status}: ${err.message}` : String(err);
        logger.warn("readiness check failed", { error: detail });
        res = {
          ready: false,
          dependencies: [{
            name: "orchestrator",
            ready: false,
            detail: "orchestrator unavailable",
          }],
        };
      }
      return res.ready ? ok(c, res, "ready", 200) : ok(c, res, "not ready", 503);
    },
  );
}
